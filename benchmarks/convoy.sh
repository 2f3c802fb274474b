#!/usr/bin/env bash
# Issue 8 §4's side-by-side benchmark of the convoy effect (not a timed test): convoy.py's I/O-bound thread
# (time.sleep(0.0001) in a loop: a short blocking call that releases the GIL) alone, then beside a
# CPU-bound thread, under CPython 3.12.1, GilGen py39 and modern, and GilGen with --io-priority (a thread
# back from a blocking call asks for the GIL at once and is served first). For each: the I/O thread's
# operations per second alone and busy (the median of ROUNDS alternating rounds), busy/alone, and how many
# loops the CPU-bound thread made meanwhile. Expected: under the new GIL without the option the I/O thread
# collapses to about one operation per switch interval (~200/s at 5 ms) beside the CPU-bound thread, as on
# CPython 3.12; with --io-priority it keeps most of its rate.
# The load average is printed before and after: on a loaded machine every hand-over waits for a core.
# Usage: convoy.sh [ROUNDS] [SECONDS]
set -euo pipefail
# (grep -x ... >/dev/null, not grep -q, after pyenv: -q stops reading, pyenv dies of SIGPIPE and pipefail
# makes an installed version look missing.)

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
rounds="${1:-3}"
seconds="${2:-2}"

echo "building gilgen (Release)..." >&2
dotnet build "$repo/samples/GilGen.Cli" -c Release -nologo -v quiet >&2
gilgen="$repo/samples/GilGen.Cli/bin/Release/net10.0/gilgen"
"$gilgen" run "$here/convoy.py" alone 0.01 >/dev/null   # fills gilgen's assembly cache

load() { cut -d' ' -f1-3 /proc/loadavg; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%d\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "machine: $(nproc) cores, load average $(load) at start; $seconds s per run"
printf '%-28s %12s %12s %10s %14s\n' "runtime" "io ops/s" "busy ops/s" "busy/alone" "cpu loops"

# runtime NAME COMMAND...: ROUNDS alternating alone/busy runs; prints the medians.
runtime() {
  local name="$1"; shift
  local alone=() busy=() loops=() out
  for ((i = 0; i < rounds; i++)); do
    out="$("$@" alone "$seconds")"; alone+=("$(awk '{print $2}' <<<"$out")")
    out="$("$@" busy "$seconds")"; busy+=("$(awk '{print $2}' <<<"$out")"); loops+=("$(awk '{print $4}' <<<"$out")")
  done
  local a b
  a="$(printf '%s\n' "${alone[@]}" | median)"; b="$(printf '%s\n' "${busy[@]}" | median)"
  printf '%-28s %12s %12s %10s %14s   (busy per round: %s)\n' "$name" "$a" "$b" \
    "$(awk -v a="$a" -v b="$b" 'BEGIN { if (a > 0) printf "%.3f", b / a; else print "n/a" }')" \
    "$(printf '%s\n' "${loops[@]}" | median)" "${busy[*]}"
}

if pyenv versions --bare 2>/dev/null | grep -x 3.12.1 >/dev/null; then
  runtime "CPython 3.12.1" env PYENV_VERSION=3.12.1 pyenv exec python "$here/convoy.py"
else
  echo "CPython 3.12.1: not installed (pyenv install 3.12.1)"
fi
for profile in modern py39; do
  runtime "GilGen $profile" "$gilgen" run --profile "$profile" "$here/convoy.py"
  runtime "GilGen $profile --io-priority" "$gilgen" run --profile "$profile" --io-priority "$here/convoy.py"
done
echo "load average $(load) at the end"
