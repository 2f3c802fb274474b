#!/usr/bin/env bash
# Runs seed 01 (a CPU-bound countdown of 100,000,000) under gilgen, CPython and PyPy and prints the
# wall time each reports and the ratios; then runs seeds 01 and 02 under gilgen (the fastest of five runs each) and checks what the
# GIL predicts: two threads take about as long as one (0.8x..1.35x) and keep one core busy
# (CPU time no more than 15% above wall time). Exits non-zero when that check fails.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"

echo "building gilgen (Release)..." >&2
dotnet build "$repo/samples/GilGen.Cli" -c Release -nologo -v quiet >&2
gilgen="$repo/samples/GilGen.Cli/bin/Release/net10.0/gilgen"

# "single thread: wall 1.23 s, cpu 1.20 s" -> "1.23 1.20"
times_of() { sed -n 's/.*wall \([0-9.]*\) s, cpu \([0-9.]*\) s.*/\1 \2/p' <<<"$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

run_01() {
  local name="$1"; shift
  local out
  if ! out="$("$@" "$here/01_countdown_single.py")"; then
    echo "$name: failed" >&2
    return 1
  fi
  echo "$out" | sed "s/^/  $name: /" >&2
  times_of "$out" | cut -d' ' -f1
}

# The first run fills gilgen's assembly cache; the timed one is what the script itself measures.
"$gilgen" run "$here/01_countdown_single.py" >/dev/null

echo "seed 01, countdown of 100,000,000 on one thread:"
gilgen_wall="$(run_01 gilgen "$gilgen" run)"

if command -v pyenv >/dev/null 2>&1 && pyenv versions --bare 2>/dev/null | grep -qx 3.11.7; then
  cpython=(env PYENV_VERSION=3.11.7 pyenv exec python)
  cpython_name="CPython 3.11.7"
else
  cpython=(python3)
  cpython_name="$(python3 -c 'import platform; print(platform.python_implementation(), platform.python_version())')"
fi
cpython_wall="$(run_01 "$cpython_name" "${cpython[@]}")"

pypy_wall=""
if command -v pypy3 >/dev/null 2>&1; then
  pypy_wall="$(run_01 pypy3 pypy3)"
fi

printf '  %-18s %8s s\n' "gilgen" "$gilgen_wall"
printf '  %-18s %8s s   gilgen / CPython = %sx\n' "$cpython_name" "$cpython_wall" "$(ratio "$gilgen_wall" "$cpython_wall")"
if [[ -n "$pypy_wall" ]]; then
  printf '  %-18s %8s s   gilgen / PyPy    = %sx\n' "pypy3" "$pypy_wall" "$(ratio "$gilgen_wall" "$pypy_wall")"
else
  echo "  pypy3: not installed (apt-get install pypy3 to compare)"
fi

echo
echo "seeds 01 and 02 under gilgen: one thread vs the same work on two threads"
"$gilgen" run "$here/02_countdown_two_threads.py" >/dev/null
# The fastest of five runs of each, alternated: the same countdown takes 0.21 s in one process and 0.32-0.40 s in
# another (the stack's address, docs/architecture/performance.md section 7), which one run each would compare instead
# of the GIL. "wall cpu" of the run with the least wall time.
fastest() { grep -v '^$' | sort -n | head -1; }
ones=""; twos=""
for _ in 1 2 3 4 5; do
  ones+="$(times_of "$("$gilgen" run "$here/01_countdown_single.py")")"$'\n'
  twos+="$(times_of "$("$gilgen" run "$here/02_countdown_two_threads.py")")"$'\n'
done
one="$(fastest <<<"$ones")"
two="$(fastest <<<"$twos")"
one_wall="${one%% *}"
two_wall="${two%% *}"
two_cpu="${two##* }"
wall_ratio="$(ratio "$two_wall" "$one_wall")"
cpu_ratio="$(ratio "$two_cpu" "$two_wall")"
echo "  one thread:  wall $one_wall s   (fastest of 5)"
echo "  two threads: wall $two_wall s, cpu $two_cpu s   (fastest of 5)"
echo "  02 / 01 wall = ${wall_ratio}x   (expected 0.80..1.35: the GIL serializes the threads)"
echo "  02 cpu / wall = ${cpu_ratio}   (expected <= 1.15: one core busy at a time)"

if awk -v w="$wall_ratio" -v c="$cpu_ratio" 'BEGIN { exit !(w >= 0.8 && w <= 1.35 && c <= 1.15) }'; then
  echo "  OK"
else
  echo "  OUT OF RANGE" >&2
  exit 1
fi
