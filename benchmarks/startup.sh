#!/usr/bin/env bash
# Start-up (issue 10): a cached `gilgen run` of hello world against CPython 3.11's `python hello.py`.
# Runs each command ROUNDS times (default 20), alternated round by round so that the machine's load falls on all
# of them alike, and prints per command the median wall time, the median CPU time (user + sys), the JIT-compiled
# method count of one more run (gilgen only, GILGEN_PROCESS_COSTS), and the median wall time's ratio to CPython 3.11's.
#
#   benchmarks/startup.sh [ROUNDS]
#   GILGEN=/path/to/gilgen benchmarks/startup.sh            # time another build instead of the one it builds
#   GILGEN_R2R=/path/to/gilgen benchmarks/startup.sh        # also time a second gilgen, e.g. the installed
#                                                           # ReadyToRun tool (README, "dotnet tool install")
#   GILGEN_NO_BUILD=1 benchmarks/startup.sh                 # time samples/GilGen.Cli's bin as it is
#
# Issue 10's target: gilgen's median wall time within 1.5x of CPython 3.11's. The load average is printed before
# and after: on this project's shared 2-core machine a figure is only comparable with one taken at a like load.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
rounds="${1:-20}"

gilgen="${GILGEN:-$repo/samples/GilGen.Cli/bin/Release/net10.0/gilgen}"
if [[ -z "${GILGEN:-}" && -z "${GILGEN_NO_BUILD:-}" ]]; then
  echo "building gilgen (Release)..." >&2
  dotnet build "$repo/samples/GilGen.Cli" -c Release -nologo -v quiet >&2
fi

python311="${PYTHON311:-$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")/versions/3.11.7/bin/python}"
if [[ ! -x "$python311" ]]; then
  echo "CPython 3.11.7 not found at $python311 (set PYTHON311)" >&2
  exit 2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
printf 'print("hello")\n' > "$work/hello.py"
# A cache of this run's own: the first run of each gilgen below compiles and stores hello.py, the timed ones load it.
export XDG_CACHE_HOME="$work/cache"

names=(gilgen)
commands=("$gilgen run hello.py")
if [[ -n "${GILGEN_R2R:-}" ]]; then
  names+=(gilgen-r2r)
  commands+=("$GILGEN_R2R run hello.py")
fi
names+=("CPython-3.11")
commands+=("$python311 hello.py")

cd "$work"
for i in "${!commands[@]}"; do
  out="$(${commands[$i]})"
  if [[ "$out" != "hello" ]]; then
    echo "${names[$i]} printed '$out', not 'hello'" >&2
    exit 1
  fi
done

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
# One line "wall user sys" per run, in seconds with milliseconds, from bash's own timer.
TIMEFORMAT='%3R %3U %3S'
for ((r = 0; r < rounds; r++)); do
  for i in "${!commands[@]}"; do
    { time ${commands[$i]} >/dev/null; } 2>>"$work/times.$i"
  done
done
echo "load average after:  $(cut -d' ' -f1-3 /proc/loadavg)"

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
last=$((${#commands[@]} - 1))
python_wall="$(awk '{ print $1 }' "$work/times.$last" | median)"

echo
echo "cached hello world, $rounds alternated rounds, medians:"
printf '  %-14s %8s %8s %8s %14s\n' "" "wall s" "cpu s" "jit'd" "wall / 3.11"
for i in "${!commands[@]}"; do
  wall="$(awk '{ print $1 }' "$work/times.$i" | median)"
  cpu="$(awk '{ printf "%.3f\n", $2 + $3 }' "$work/times.$i" | median)"
  jitted="-"
  if [[ "${names[$i]}" == gilgen* ]]; then
    # "... jit 0.071 s (367 methods, ..." from the process-costs line on stderr.
    jitted="$(GILGEN_PROCESS_COSTS=1 ${commands[$i]} 2>&1 >/dev/null | sed -n 's/.*(\([0-9]*\) methods.*/\1/p')"
  fi
  ratio="$(awk -v a="$wall" -v b="$python_wall" 'BEGIN { printf "%.2fx", a / b }')"
  printf '  %-14s %8s %8s %8s %14s\n' "${names[$i]}" "$wall" "$cpu" "$jitted" "$ratio"
done
echo "issue 10's target: gilgen within 1.50x of CPython 3.11's wall time"
