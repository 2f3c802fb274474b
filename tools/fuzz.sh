#!/usr/bin/env bash
# The differential fuzzers of issue 11 (tools/GilGen.Fuzz). The same seed makes the same program.
#
#   tools/fuzz.sh programs --seeds 1-20000   random programs under CPython 3.12 and GilGen; mismatches
#                                            are shrunk and written to tests/Conformance/programs/fuzz/
#                                            (or tools/GilGen.Fuzz/findings/)
#   tools/fuzz.sh dis --seeds 1-5000         random functions: GilGen's dis against python3.9's
#   tools/fuzz.sh show --seed 42 [--function]  print a seed's program (or function)
#   tools/fuzz.sh goldens                    re-record the CI goldens (tests/GilGen.Fuzz.Tests/Goldens)
#
# Needs pyenv with 3.12.1 and 3.9.18 (or GILGEN_FUZZ_PYTHON312 / GILGEN_FUZZ_PYTHON39 set to the
# interpreters). A long program range runs as one process per CHUNK seeds (compiled programs stay
# loaded in a process), then shrinks the mismatches in one more.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build tools/GilGen.Fuzz -c Release -v q -nologo >/dev/null
exe=tools/GilGen.Fuzz/bin/Release/net10.0/gilgen-fuzz
chunk=${CHUNK:-1000}

if [[ "${1:-}" == "programs" ]]; then
    shift
    seeds=""; rest=()
    while [[ $# -gt 0 ]]; do
        if [[ "$1" == "--seeds" ]]; then seeds="$2"; shift 2; else rest+=("$1"); shift; fi
    done
    if [[ "$seeds" =~ ^([0-9]+)-([0-9]+)$ ]] && (( BASH_REMATCH[2] - BASH_REMATCH[1] >= chunk )); then
        first=${BASH_REMATCH[1]}; last=${BASH_REMATCH[2]}
        log=$(mktemp); start=$SECONDS
        for (( a = first; a <= last; a += chunk )); do
            b=$(( a + chunk - 1 < last ? a + chunk - 1 : last ))
            "$exe" programs --seeds "$a-$b" --no-shrink "${rest[@]}" | tee -a "$log" || true
        done
        found=$(grep -o '^MISMATCH seed [0-9]*' "$log" | awk '{print $3}' | paste -sd, -)
        total=$(grep -c '^MISMATCH seed' "$log" || true)
        echo "programs $seeds: $(( last - first + 1 )) programs, $total mismatches, $(( SECONDS - start )) s"
        rm -f "$log"
        if [[ -n "$found" && ! " ${rest[*]:-} " =~ " --no-shrink " ]]; then
            exec "$exe" programs --seeds "$found" "${rest[@]}"
        fi
        [[ -z "$found" ]]
        exit
    fi
    exec "$exe" programs --seeds "${seeds:-1-100}" "${rest[@]}"
fi
exec "$exe" "$@"
