#!/usr/bin/env bash
# Where a program's allocations come from (issue 10: "profile before changing"): runs FILE.py under `gilgen run`
# with the runtime's allocation sampling on (dotnet-trace, gc-verbose profile), then prints the bytes by .NET type,
# and with --stacks TYPE the call stacks that allocated that type (generated code, Ops, the builtin behind it).
#
#   benchmarks/allocations.sh FILE.py [ARGS...]                 # the top types
#   STACKS='PyValue[]' benchmarks/allocations.sh FILE.py [ARGS...]   # ... and the stacks of one type
#
# dotnet-trace is installed into a tool path of the cache on first use (from the NuGet feed). GILGEN=PATH times
# another gilgen build; the script's cache is its own, and the program is run once before the traced run so that
# the trace holds the program, not its compile.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
[[ $# -ge 1 ]] || { echo "usage: $0 FILE.py [ARGS...]" >&2; exit 2; }

gilgen="${GILGEN:-$repo/samples/GilGen.Cli/bin/Release/net10.0/gilgen}"
if [[ -z "${GILGEN:-}" ]]; then
  dotnet build "$repo/samples/GilGen.Cli" -c Release -nologo -v quiet >&2
fi

tools="${XDG_CACHE_HOME:-$HOME/.cache}/gilgen-benchmarks/tools"
if [[ ! -x "$tools/dotnet-trace" ]]; then
  dotnet tool install --tool-path "$tools" dotnet-trace >&2
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"
"$gilgen" run "$@" > /dev/null
"$tools/dotnet-trace" collect --profile gc-verbose -o "$work/run.nettrace" -- "$gilgen" run "$@" > /dev/null 2>&1
GILGEN_PROCESS_COSTS=1 "$gilgen" run "$@" 2>&1 > /dev/null | grep "process costs" || true

cd "$here/allocations"
dotnet run AllocationReport.cs -- "$work/run.nettrace" 25
if [[ -n "${STACKS:-}" ]]; then
  dotnet run AllocationReport.cs -- "$work/run.nettrace" --stacks "$STACKS" 6
fi
