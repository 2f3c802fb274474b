#!/usr/bin/env bash
# Runs benchmarks/objects.py (attribute reads, method calls, small-object creation), or the script given second
# (benchmarks/idioms.py: everyday idioms), under gilgen, CPython 3.11 and PyPy, ROUNDS times each (default 3), and
# prints for every workload the best wall time of each and the ratios CPython/gilgen and PyPy/gilgen (above 1: gilgen
# is faster). Each implementation checks its own results: the "result" column must agree across all three.
# Usage: objects-side-by-side.sh [ROUNDS] [SCRIPT]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
rounds="${1:-3}"
script="${2:-$here/objects.py}"

# GILGEN=/path/to/gilgen compares another build (an older commit's, say) instead of building this one.
gilgen="${GILGEN:-}"
if [[ -z "$gilgen" ]]; then
  echo "building gilgen (Release)..." >&2
  dotnet build "$repo/samples/GilGen.Cli" -c Release -nologo -v quiet >&2
  gilgen="$repo/samples/GilGen.Cli/bin/Release/net10.0/gilgen"
fi
"$gilgen" run "$script" >/dev/null   # fills the assembly cache: compile time is not measured

impls=(gilgen)
declare -A cmd=([gilgen]="$gilgen run")
if command -v pyenv >/dev/null 2>&1 && pyenv versions --bare 2>/dev/null | grep -x 3.11.7 >/dev/null; then   # not -q: an early exit would SIGPIPE pyenv under pipefail
  impls+=(cpython); cmd[cpython]="env PYENV_VERSION=3.11.7 pyenv exec python"
fi
if command -v pypy3 >/dev/null 2>&1; then impls+=(pypy); cmd[pypy]="pypy3"; fi

results="$(mktemp)"
trap 'rm -f "$results"' EXIT
for ((round = 1; round <= rounds; round++)); do
  for impl in "${impls[@]}"; do   # interleaved, so a noisy moment hits every implementation
    ${cmd[$impl]} "$script" | sed "s/^/$impl|/" >>"$results"
  done
done

# impl|name: wall S s, result R  ->  best wall per (impl, name); results must agree per name.
awk -F'|' -v impls="${impls[*]}" '
  {
    split($2, parts, ": wall "); name = parts[1]
    split(parts[2], rest, " s, result "); wall = rest[1] + 0; result = rest[2]
    key = $1 SUBSEP name
    if (!(key in best) || wall < best[key]) best[key] = wall
    if (!(name in seen)) { seen[name] = 1; order[++n] = name; expect[name] = result }
    else if (expect[name] != result) { printf "result mismatch for %s: %s vs %s\n", name, expect[name], result; bad = 1 }
  }
  END {
    m = split(impls, list, " ")
    printf "%-18s", "workload"; for (i = 1; i <= m; i++) printf " %10s", list[i]
    printf "   CPython/gilgen  PyPy/gilgen\n"
    for (k = 1; k <= n; k++) {
      name = order[k]; printf "%-18s", name
      for (i = 1; i <= m; i++) printf " %9.3fs", best[list[i] SUBSEP name]
      g = best["gilgen" SUBSEP name]
      c = ("cpython" SUBSEP name) in best ? sprintf("%.2fx", best["cpython" SUBSEP name] / g) : "n/a"
      p = ("pypy" SUBSEP name) in best ? sprintf("%.2fx", best["pypy" SUBSEP name] / g) : "n/a"
      printf "   %14s  %11s\n", c, p
    }
    exit bad
  }' "$results"
