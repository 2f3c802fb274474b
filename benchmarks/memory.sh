#!/usr/bin/env bash
# Runs benchmarks/memory_instances.py (1,000,000 small instances alive at once) side by side under gilgen
# (a cached run: the script's compiled assembly is in the cache before measuring), CPython 3.11, CPython 3.12
# and PyPy when installed, ROUNDS times each (default 3, interleaved), and prints every implementation's peak
# resident set size (GNU time's %M) per round, its median, and gilgen's ratio to CPython 3.12's median.
# Every run must print the same result, or the script fails.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
rounds="${1:-3}"
script="$here/memory_instances.py"
[[ -x /usr/bin/time ]] || { echo "memory.sh needs GNU time at /usr/bin/time" >&2; exit 2; }

# GILGEN=/path/to/gilgen measures another build (an older commit's, say) instead of building this one.
gilgen="${GILGEN:-}"
if [[ -z "$gilgen" ]]; then
  echo "building gilgen (Release)..." >&2
  dotnet build "$repo/samples/GilGen.Cli" -c Release -nologo -v quiet >&2
  gilgen="$repo/samples/GilGen.Cli/bin/Release/net10.0/gilgen"
fi
# A cache of this script's own, filled before measuring: compile time and memory are not the subject here.
cache="$(mktemp -d)"
tmp="$(mktemp -d)"
trap 'rm -rf "$cache" "$tmp"' EXIT
XDG_CACHE_HOME="$cache" "$gilgen" run "$script" >/dev/null

impls=(gilgen)
declare -A cmd=([gilgen]="env XDG_CACHE_HOME=$cache $gilgen run")
pyenv_root="$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")"
for v in 3.11.7 3.12.1; do
  py="$pyenv_root/versions/$v/bin/python"
  # Each interpreter directly, not through pyenv's shim: the shim's own processes are not the program.
  if [[ -x "$py" ]]; then impls+=("cpython$v"); cmd["cpython$v"]="$py"; fi
done
if command -v pypy3 >/dev/null 2>&1; then impls+=(pypy); cmd[pypy]="$(command -v pypy3)"; fi

expected=""
for ((round = 1; round <= rounds; round++)); do
  for impl in "${impls[@]}"; do   # interleaved, so a noisy moment hits every implementation
    /usr/bin/time -f %M -o "$tmp/rss" ${cmd[$impl]} "$script" >"$tmp/out"
    out="$(cat "$tmp/out")"
    if [[ -z "$expected" ]]; then expected="$out"
    elif [[ "$out" != "$expected" ]]; then echo "result mismatch: $impl printed '$out', expected '$expected'" >&2; exit 1; fi
    echo "$impl $(tail -n 1 "$tmp/rss")" >>"$tmp/all"
  done
done

echo "result: $expected (the same for every implementation and round)"
awk -v impls="${impls[*]}" '
  { kb[$1] = kb[$1] " " $2 }
  END {
    m = split(impls, list, " ")
    printf "%-16s %-30s %12s\n", "implementation", "peak RSS per round (MB)", "median (MB)"
    for (i = 1; i <= m; i++) {
      n = split(substr(kb[list[i]], 2), v, " ")
      # insertion sort for the median
      for (a = 2; a <= n; a++) { x = v[a]; b = a - 1; while (b >= 1 && v[b] > x) { v[b + 1] = v[b]; b-- } v[b + 1] = x }
      med[list[i]] = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
      rounds = ""; split(substr(kb[list[i]], 2), raw, " ")
      for (a = 1; a <= n; a++) rounds = rounds sprintf("%.1f ", raw[a] / 1024)
      printf "%-16s %-30s %12.1f\n", list[i], rounds, med[list[i]] / 1024
    }
    if ("cpython3.12.1" in med) printf "gilgen / CPython 3.12: %.2fx\n", med["gilgen"] / med["cpython3.12.1"]
  }' "$tmp/all"
