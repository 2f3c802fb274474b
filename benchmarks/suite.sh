#!/usr/bin/env bash
# The public benchmark suite side by side: every program listed in benchmarks/suite/programs.txt
# (kept once, in tests/Conformance/programs/benchmarks, where the conformance tests check it at its
# small default size) runs at its benchmark size under gilgen, CPython 3.11.7, CPython 3.12.1
# (pyenv) and PyPy, ROUNDS times each (default 3, interleaved so that a noisy moment hits every
# runtime), and the median wall time of each is printed with gilgen's speed-up over CPython 3.11
# and gilgen's time relative to PyPy, then the geometric means and issue 10's targets.
#
# Every run's stdout is compared with benchmarks/suite/expected/NAME.out (CPython 3.12's output at
# that size); a run that differs, fails or times out is reported as FAIL and not timed, and the
# script exits 1. The targets (every program >= 2x CPython 3.11, geometric mean >= 4x) are
# reported, not enforced. A runtime that is not installed is skipped with a note.
#
# usage: benchmarks/suite.sh [ROUNDS] [NAME-FILTER...]
#   NAME-FILTER keeps the programs whose name contains one of the words (nbody fannkuch ...).
#   GILGEN=/path/to/gilgen times another build instead of building this one.
#   TIMEOUT=SECONDS bounds one run (default 300).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
programs_dir="$repo/tests/Conformance/programs/benchmarks"
expected_dir="$here/suite/expected"
rounds="${1:-3}"
shift || true
filters=("$@")
timeout_s="${TIMEOUT:-300}"

# NAME SIZE pairs from the list, filtered.
names=(); sizes=()
while read -r name size; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  if ((${#filters[@]})); then
    keep=0
    for f in "${filters[@]}"; do [[ "$name" == *"$f"* ]] && keep=1; done
    ((keep)) || continue
  fi
  [[ -f "$programs_dir/$name.py" ]] || { echo "missing program $programs_dir/$name.py" >&2; exit 2; }
  [[ -f "$expected_dir/$name.out" ]] || { echo "missing expected output $expected_dir/$name.out" >&2; exit 2; }
  names+=("$name"); sizes+=("$size")
done <"$here/suite/programs.txt"
((${#names[@]})) || { echo "no program matches: ${filters[*]}" >&2; exit 2; }

gilgen="${GILGEN:-}"
if [[ -z "$gilgen" ]]; then
  echo "building gilgen (Release)..." >&2
  dotnet build "$repo/samples/GilGen.Cli" -c Release -nologo -v quiet >&2
  gilgen="$repo/samples/GilGen.Cli/bin/Release/net10.0/gilgen"
fi

# The runtimes, by key; a missing one is left out with a note. CPython is run from its own
# prefix (not through the pyenv shim, whose start-up would be timed too).
impls=(gilgen)
declare -A cmd=([gilgen]="$gilgen run") label=([gilgen]="gilgen")
pyenv_python() {   # prints the interpreter of pyenv version $1, or nothing
  command -v pyenv >/dev/null 2>&1 || return 0
  local prefix
  prefix="$(pyenv prefix "$1" 2>/dev/null)" || return 0
  [[ -x "$prefix/bin/python" ]] && echo "$prefix/bin/python"
  return 0
}
for v in 3.11.7 3.12.1; do
  key="cpython${v%.*}"; key="${key//./}"
  python="$(pyenv_python "$v")"
  if [[ -n "$python" ]]; then
    impls+=("$key"); cmd[$key]="$python"; label[$key]="CPython $v"
  else
    echo "note: CPython $v not found through pyenv: skipped" >&2
  fi
done
if command -v pypy3 >/dev/null 2>&1; then
  impls+=(pypy); cmd[pypy]="pypy3"; label[pypy]="PyPy $(pypy3 -c 'import sys; print("%d.%d.%d" % sys.pypy_version_info[:3])')"
else
  echo "note: pypy3 not installed: skipped (apt-get install pypy3 to compare)" >&2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# gilgen compiles a script on its first run and caches the assembly: compile time is not measured.
echo "warming gilgen's compile cache..." >&2
for name in "${names[@]}"; do "$gilgen" run "$programs_dir/$name.py" >/dev/null 2>&1 || true; done

# One line per run into $work/times: "impl name seconds" or "impl name FAIL why".
echo "running ${#names[@]} programs x ${#impls[@]} runtimes x $rounds rounds..." >&2
for ((round = 1; round <= rounds; round++)); do
  for i in "${!names[@]}"; do
    name="${names[$i]}"; size="${sizes[$i]}"
    for impl in "${impls[@]}"; do
      out="$work/out"
      start="$EPOCHREALTIME"
      status=0
      timeout "$timeout_s" ${cmd[$impl]} "$programs_dir/$name.py" "$size" >"$out" 2>"$work/err" || status=$?
      end="$EPOCHREALTIME"
      if ((status != 0)); then
        why="exit $status"; ((status == 124)) && why="timed out after ${timeout_s}s"
        echo "$impl $name FAIL $why" >>"$work/times"
        echo "  round $round: $name under ${label[$impl]}: $why: $(head -c 300 "$work/err" | tr '\n' ' ')" >&2
      elif ! cmp -s "$out" "$expected_dir/$name.out"; then
        echo "$impl $name FAIL output differs" >>"$work/times"
        echo "  round $round: $name under ${label[$impl]}: output differs from expected/$name.out:" >&2
        diff "$expected_dir/$name.out" "$out" | head -6 | sed 's/^/    /' >&2 || true
      else
        awk -v s="$start" -v e="$end" -v i="$impl" -v n="$name" 'BEGIN { printf "%s %s %.3f\n", i, n, e - s }' >>"$work/times"
      fi
    done
  done
  echo "  round $round of $rounds done" >&2
done

echo
echo "Benchmark suite: median wall time of $rounds rounds (s), problem sizes in benchmarks/suite/programs.txt"
echo "speed-up = CPython 3.11 / gilgen (above 1: gilgen is faster); vs PyPy = gilgen / PyPy (1 is parity)"
echo
heads=""; for impl in "${impls[@]}"; do heads+="${label[$impl]}|"; done
awk -v impls="${impls[*]}" -v heads="$heads" -v names="${names[*]}" '
  function median(list,    n, a, i, j, t) {
    n = split(list, a, " ")
    for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t }
    return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
  }
  {
    key = $1 SUBSEP $2
    if ($3 == "FAIL") { failed[key] = 1; bad = 1 } else times[key] = times[key] " " $3
  }
  END {
    m = split(impls, list, " "); split(heads, head, "|"); k = split(names, prog, " ")
    printf "%-24s", "program"; for (i = 1; i <= m; i++) printf " %14s", head[i]
    printf "  %9s %9s\n", "speed-up", "vs PyPy"
    for (p = 1; p <= k; p++) {
      name = prog[p]; printf "%-24s", name
      for (i = 1; i <= m; i++) {
        key = list[i] SUBSEP name
        if (key in failed || !(key in times)) { printf " %14s", "FAIL"; continue }
        t[list[i], name] = median(times[key]); printf " %14.3f", t[list[i], name]
      }
      g = t["gilgen", name]; c = t["cpython311", name]; y = t["pypy", name]
      if (g > 0 && c > 0) { s = c / g; printf "  %8.2fx", s; logs += log(s); ns++; if (s >= 2) good++ } else printf "  %9s", "n/a"
      if (g > 0 && y > 0) { r = g / y; printf " %8.2fx", r; logp += log(r); np++ } else printf " %9s", "n/a"
      printf "\n"
    }
    printf "%-24s", "geometric mean"
    for (i = 1; i <= m; i++) {
      lg = 0; n = 0
      for (p = 1; p <= k; p++) if (t[list[i], prog[p]] > 0) { lg += log(t[list[i], prog[p]]); n++ }
      if (n == k) printf " %14.3f", exp(lg / n); else printf " %14s", "n/a"
    }
    printf "  %9s %9s\n", ns ? sprintf("%.2fx", exp(logs / ns)) : "n/a", np ? sprintf("%.2fx", exp(logp / np)) : "n/a"
    print ""
    print "issue 10 targets (reported, not enforced):"
    if (ns) {
      printf "  %s every program at least 2x faster than CPython 3.11: %d of %d are\n", (good == k ? "✓" : "✗"), good, k
      printf "  %s geometric mean at least 4x faster than CPython 3.11: %.2fx\n", (exp(logs / ns) >= 4 ? "✓" : "✗"), exp(logs / ns)
    } else print "  n/a: CPython 3.11 was not measured"
    if (bad) { print ""; print "FAILED: some runs failed or printed something else than expected/ (see above)" }
    exit bad
  }' "$work/times"
