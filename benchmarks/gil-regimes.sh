#!/usr/bin/env bash
# Issue 8's side-by-side benchmark of the GIL regimes (not a timed test): seed 01's countdown on one thread
# and the same work split over two threads (seed 02), under CPython 2.7.18 (the old GIL, a check every 100
# ticks), GilGen --profile py27 (the same algorithm), GilGen py39 and modern (the new GIL, a 5 ms switch
# interval and forced switching), CPython 3.11.7, and the countdown done by an exported C# function that releases
# the GIL (fastcount.count_down, [GilExport(ReleasesGil = true)] in samples/GilGen.Samples, loaded with
# gilgen run --exports), which runs in parallel as a C extension's loop does. For each: wall and CPU time of both runs, two/one
# (wall) and the two-thread run's cpu/wall, each the median of ROUNDS alternating rounds. Expected on this
# 2-core machine: two/one >= 2 for CPython 2.7 and py27 (the "GIL battle": the releaser re-takes the GIL
# at every check while the waiter is woken for nothing on the other core), 0.8-1.35 for the new GIL, and
# <= 0.65 with cpu/wall near 2 for the exported C# function (no GIL held while it counts) and for GilGen
# free-threaded (no GIL; CPython 3.13t is not installed here).
# Then what recording a timeline (--timeline) costs the two-thread run.
# The load average is printed before and after: on a loaded machine the battle weakens, because the
# woken waiter seldom gets a core (CPython 2.7's figure, from the same run, shows how much).
# MEASURE_PREFIX runs each measured command under a prefix: "chrt -f 50 setarch -R" (real-time priority, no
# address randomization) keeps a loaded or layout-sensitive machine's figures steadier.
# Usage: [MEASURE_PREFIX=...] gil-regimes.sh [ROUNDS] [N_SLOW] [N_FAST] [N_EXPORT] [N_TIMELINE]
#   N_SLOW: count for CPython 2.7/3.11 and py27 (default 20,000,000); N_FAST: for py39/modern (100,000,000);
#   N_EXPORT: for the exported C# function (2,000,000,000: C# counts about 20 times faster);
#   N_TIMELINE: for py39/modern in the timeline's cost (400,000,000): N_FAST's runs take about 0.2 s, and a
#   run that short lands on a fast or a slow code layout as a whole (docs/architecture/performance.md §7), so a
#   ratio of two of them is mostly that; four times as long makes the recording's share measurable.
set -euo pipefail
# (grep -x ... >/dev/null, not grep -q, after pyenv: -q stops reading, pyenv dies of SIGPIPE and pipefail
# makes an installed version look missing.)

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
rounds="${1:-3}"
n_slow="${2:-20000000}"
n_fast="${3:-100000000}"
n_export="${4:-2000000000}"
n_timeline="${5:-400000000}"

echo "building gilgen (Release)..." >&2
dotnet build "$repo/samples/GilGen.Cli" -c Release -nologo -v quiet >&2
gilgen="$repo/samples/GilGen.Cli/bin/Release/net10.0/gilgen"
dotnet build "$repo/samples/GilGen.Samples" -c Release -nologo -v quiet >&2
exports="$repo/samples/GilGen.Samples/bin/Release/net10.0/GilGen.Samples.dll"
"$gilgen" run "$here/regimes_countdown.py" one 10 >/dev/null   # fills gilgen's assembly cache

read -r -a prefix <<<"${MEASURE_PREFIX:-}"
load() { cut -d' ' -f1-3 /proc/loadavg; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }

echo "machine: $(nproc) cores, load average $(load) at start"
printf '%-26s %10s %10s %10s %10s %8s %8s\n' "runtime" "one wall" "one cpu" "two wall" "two cpu" "two/one" "cpu/wall"

# regime NAME N COMMAND...: ROUNDS alternating one/two runs; prints the medians.
regime() {
  local name="$1" n="$2"; shift 2
  local ow=() oc=() tw=() tc=() r=() out
  for ((i = 0; i < rounds; i++)); do
    out="$("${prefix[@]}" "$@" one "$n")"; ow+=("$(awk '{print $2}' <<<"$out")"); oc+=("$(awk '{print $4}' <<<"$out")")
    out="$("${prefix[@]}" "$@" two "$n")"; tw+=("$(awk '{print $2}' <<<"$out")"); tc+=("$(awk '{print $4}' <<<"$out")")
    r+=("$(ratio "${tw[-1]}" "${ow[-1]}")")
  done
  local mow moc mtw mtc
  mow="$(printf '%s\n' "${ow[@]}" | median)"; moc="$(printf '%s\n' "${oc[@]}" | median)"
  mtw="$(printf '%s\n' "${tw[@]}" | median)"; mtc="$(printf '%s\n' "${tc[@]}" | median)"
  printf '%-26s %10s %10s %10s %10s %8s %8s   (two/one per round: %s; N=%s)\n' "$name" "$mow" "$moc" "$mtw" "$mtc" \
    "$(printf '%s\n' "${r[@]}" | median)" "$(ratio "$mtc" "$mtw")" "${r[*]}" "$n"
}

if pyenv versions --bare 2>/dev/null | grep -x 2.7.18 >/dev/null; then
  regime "CPython 2.7.18" "$n_slow" env PYENV_VERSION=2.7.18 pyenv exec python "$here/regimes_countdown.py"
else
  echo "CPython 2.7.18: not installed (pyenv install 2.7.18)"
fi
regime "GilGen py27" "$n_slow" "$gilgen" run --profile py27 "$here/regimes_countdown.py"
regime "GilGen py39" "$n_fast" "$gilgen" run --profile py39 "$here/regimes_countdown.py"
regime "GilGen modern" "$n_fast" "$gilgen" run --profile modern "$here/regimes_countdown.py"
# No GIL (CPython 3.13t): the two threads count on both cores at once, so two/one <= 0.65 and cpu/wall ~ 2.
regime "GilGen free-threaded" "$n_fast" "$gilgen" run --profile free-threaded "$here/regimes_countdown.py"
if pyenv versions --bare 2>/dev/null | grep -x 3.11.7 >/dev/null; then
  regime "CPython 3.11.7" "$n_slow" env PYENV_VERSION=3.11.7 pyenv exec python "$here/regimes_countdown.py"
fi
regime "exported C# (ReleasesGil)" "$n_export" "$gilgen" run --exports "$exports" "$here/regimes_countdown_exported.py"

# What recording a timeline costs: the two-thread run with and without --timeline (target: at most 10% more).
echo
printf '%-22s %14s %14s %8s\n' "timeline cost" "two wall" "+timeline" "ratio"
svg="$(mktemp --suffix=.svg)"
for profile in py27 py39 modern; do
  n="$n_timeline"; [[ "$profile" == py27 ]] && n="$n_slow"
  plain=() recorded=() r=()
  for ((i = 0; i < rounds; i++)); do
    plain+=("$("${prefix[@]}" "$gilgen" run --profile "$profile" "$here/regimes_countdown.py" two "$n" | awk '{print $2}')")
    recorded+=("$("${prefix[@]}" "$gilgen" run --profile "$profile" --timeline "$svg" "$here/regimes_countdown.py" two "$n" | awk '{print $2}')")
    r+=("$(ratio "${recorded[-1]}" "${plain[-1]}")")
  done
  printf '%-22s %14s %14s %8s   (per round: %s)\n' "GilGen $profile" "$(printf '%s\n' "${plain[@]}" | median)" \
    "$(printf '%s\n' "${recorded[@]}" | median)" "$(printf '%s\n' "${r[@]}" | median)" "${r[*]}"
done
rm -f "$svg"
echo "load average $(load) at the end"
