#!/usr/bin/env bash
# Issue 9's benchmark (not a timed test): the CPU-bound countdown on one thread, on a ThreadPoolExecutor(2),
# on a ProcessPoolExecutor(2) and on a multiprocessing.Pool(2), under gilgen and CPython 3.12 from the same
# script (benchmarks/concurrency.py), with I/O-bound sleeps on threads for contrast. For each run: the wall
# time the script measures, the CPU time of the whole process and its children (GNU time), and the
# speed-up over one thread. Expected on an idle 2-core machine: processes/pool >= 1.8x, threads 0.8-1.35x.
# The load average is printed first: on a loaded machine the speed-ups shrink. With ROUNDS > 1 the whole
# comparison runs that many times, gilgen and CPython alternating, and a last table gives each speed-up's
# median and per-round values (a virtual machine's speed can change from one run to the next).
# Usage: [ROUNDS=N] [MEASURE_PREFIX="chrt -f 50 setarch -R"] concurrency-side-by-side.sh [GILGEN_N] [CPYTHON_N]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
gilgen_n="${1:-2000000000}"
cpython_n="${2:-100000000}"

echo "building gilgen (Release)..." >&2
dotnet build "$repo/samples/GilGen.Cli" -c Release -nologo -v quiet >&2
gilgen=("$repo/samples/GilGen.Cli/bin/Release/net10.0/gilgen" run)
cpython=(env PYENV_VERSION=3.12.1 pyenv exec python)
script="$here/concurrency.py"

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
"${gilgen[@]}" "$script" single 10 >/dev/null   # fills gilgen's assembly cache

# One run: prints "wall cpu" (the script's wall time, GNU time's user+sys of the process tree).
measure() {
  local out
  out="$( { /usr/bin/time -f 'cpu %U %S' "$@" ; } 2>&1 )"
  local wall cpu
  wall="$(sed -n 's/.*wall \([0-9.]*\) s.*/\1/p' <<<"$out")"
  cpu="$(awk '/^cpu / { printf "%.2f", $2 + $3 }' <<<"$out")"
  echo "$wall $cpu"
}

rounds="${ROUNDS:-1}"
# Optional: what each measured command runs under (real-time priority, no address randomization).
read -r -a prefix <<<"${MEASURE_PREFIX:-}"
declare -A speedups=()
for ((round = 1; round <= rounds; round++)); do
  for who in gilgen cpython; do
    if [[ $who == gilgen ]]; then cmd=("${gilgen[@]}"); n="$gilgen_n"; else cmd=("${cpython[@]}"); n="$cpython_n"; fi
    echo
    echo "$who, countdown of $n (round $round of $rounds):"
    base=""
    for mode in single threads processes pool sleep-single sleep-threads; do
      read -r wall cpu < <(measure "${prefix[@]}" "${cmd[@]}" "$script" "$mode" "$n")
      if [[ $mode == single || $mode == sleep-single ]]; then base="$wall"; fi
      speedup="$(awk -v b="$base" -v w="$wall" 'BEGIN { if (w > 0) printf "%.2f", b / w; else print "n/a" }')"
      speedups[$who,$mode]+="$speedup "
      printf '  %-14s wall %8s s   cpu (process tree) %7s s   speed-up %sx\n' "$mode" "$wall" "$cpu" "$speedup"
    done
  done
done
if ((rounds > 1)); then
  echo
  echo "speed-ups over $rounds rounds: median (per round)"
  for who in gilgen cpython; do
    for mode in threads processes pool sleep-threads; do
      values="${speedups[$who,$mode]}"
      median="$(tr ' ' '\n' <<<"$values" | grep -v '^$' | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')"
      printf '  %-8s %-14s %6sx   (%s)\n' "$who" "$mode" "$median" "${values% }"
    done
  done
fi
echo "machine after: load average $(cut -d' ' -f1-3 /proc/loadavg)"
