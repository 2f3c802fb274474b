#!/usr/bin/env bash
# What GilGen's analyzers cost a real build. Generates the synthetic project of
# AnalyzerOverheadBenchmarks (200 threaded service classes, ~50,000 lines, some [GilModule]
# snippets), then times `dotnet build --no-incremental` of it in three configurations, interleaved
# so that a busy machine slows all three alike:
#   none       -p:RunAnalyzers=false          no analyzer and no generator at all
#   generator  -p:GilGenAnalyzers=false       GilGen's source generator only
#   analyzers  (default)                      the generator and GilGen's analyzers (GIL1001–GIL1002, GIL2001–GIL2006)
# The project imports the package's build/GilGen.props, as a package consumer does: in a build (not a
# design-time build) it sets gilgen_race_reporting = compilation_end, so GIL2001/GIL2004–GIL2006 take
# their facts from the compiler's bound blocks (docs/architecture/design.md, "The C# rules in a build
# and in the IDE"). GILGEN_RACE_REPORTING=per_document measures the IDE's path in a build instead.
# The project turns the SDK's own analyzers off (EnableNETAnalyzers=false), so the difference is GilGen's.
# For each run it records the wall time of the build and the time of its Csc task (from MSBuild's
# performance summary), and prints per configuration the median and the range, and the overhead
#   (analyzers - none) / none   and   (analyzers - generator) / generator
# per interleaved round, as median and range.
#
# Usage: benchmarks/analyzer-overhead.sh [RUNS] [CLASSES]     (defaults: 5 runs, 200 classes)
# Work folder: $GILGEN_OVERHEAD_DIR, default ${TMPDIR:-/tmp}/gilgen-analyzer-overhead (kept; delete it when done).
set -euo pipefail

RUNS="${1:-5}"
CLASSES="${2:-200}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${GILGEN_OVERHEAD_DIR:-${TMPDIR:-/tmp}/gilgen-analyzer-overhead}"
ART="$WORK/artifacts"
PROJECT="$WORK/Synthetic"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== building GilGen (runtime, generator, compiler, analyzers) into $ART"
dotnet build "$ROOT/runtime/GilGen.Runtime/GilGen.Runtime.csproj" -c Release --artifacts-path "$ART" -nologo -v:q >/dev/null
bin() { echo "$ART/bin/$1/release/$1.dll"; }
for dll in GilGen.Runtime GilGen.Generator GilGen.Compiler GilGen.Analyzers; do
  [[ -f "$(bin $dll)" ]] || { echo "missing $(bin $dll)" >&2; exit 1; }
done

echo "== generating the synthetic project ($CLASSES classes) in $PROJECT"
rm -rf "$PROJECT"
mkdir -p "$PROJECT"
dotnet run --project "$ROOT/benchmarks/GilGen.Benchmarks/GilGen.Benchmarks.csproj" -c Release --artifacts-path "$ART" -- --write-synthetic "$PROJECT" "$CLASSES"
echo '<Project />' > "$PROJECT/Directory.Build.props"
echo '<Project />' > "$PROJECT/Directory.Build.targets"
printf 'root = true\n' > "$PROJECT/.editorconfig"
cat > "$PROJECT/Synthetic.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <!-- Only GilGen's analyzers differ between the configurations. -->
    <EnableNETAnalyzers>false</EnableNETAnalyzers>
    <EnforceCodeStyleInBuild>false</EnforceCodeStyleInBuild>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
  </PropertyGroup>
  <Import Project="$ROOT/generator/GilGen.Generator/build/GilGen.props" />
  <ItemGroup>
    <Reference Include="GilGen.Runtime" HintPath="$(bin GilGen.Runtime)" />
    <Analyzer Include="$(bin GilGen.Generator)" />
    <Analyzer Include="$(bin GilGen.Compiler)" />
    <Analyzer Include="$(bin GilGen.Analyzers)" Condition="'\$(GilGenAnalyzers)' != 'false'" />
  </ItemGroup>
</Project>
EOF

if [[ "${GILGEN_RACE_REPORTING:-}" == per_document ]]; then
  printf 'is_global = true\ngilgen_race_reporting = per_document\nglobal_level = 100\n' > "$PROJECT/per-document.globalconfig"
  sed -i 's|</Project>|  <ItemGroup><GlobalAnalyzerConfigFiles Include="per-document.globalconfig" /></ItemGroup>\n</Project>|' "$PROJECT/Synthetic.csproj"
fi

build() { # $1 = extra property; prints "wall_seconds csc_ms"
  local log="$WORK/build.log" start end csc
  start=$(date +%s.%N)
  if ! dotnet build "$PROJECT/Synthetic.csproj" -c Release --no-restore --no-incremental -nologo -v:q -clp:PerformanceSummary $1 >"$log" 2>&1; then
    echo "build failed ($1):" >&2; tail -30 "$log" >&2; exit 1
  fi
  end=$(date +%s.%N)
  csc=$(awk '/Task Performance Summary/ {t=1} t && $3 == "Csc" {print $1}' "$log" | tail -1)
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}') ${csc:-0}"
}

echo "== restore and one warm-up build of each configuration (not counted)"
dotnet restore "$PROJECT/Synthetic.csproj" -nologo -v:q >/dev/null
for p in "-p:RunAnalyzers=false" "-p:GilGenAnalyzers=false" ""; do build "$p" >/dev/null; done
echo "   GilGen warnings of the last build (MSBuild prints each twice; counted once):"
grep -oE "[^ ]+\.cs\([0-9,]+\): warning GIL[0-9]+" "$WORK/build.log" | sort -u | grep -oE "GIL[0-9]+$" | sort | uniq -c | sed 's/^/   /' || true

echo "== $RUNS interleaved rounds"
: > "$WORK/times.txt"
for ((i = 1; i <= RUNS; i++)); do
  out=$(build "-p:RunAnalyzers=false"); read -r nw nc <<< "$out"
  out=$(build "-p:GilGenAnalyzers=false"); read -r gw gc <<< "$out"
  out=$(build ""); read -r aw ac <<< "$out"
  echo "$nw $nc $gw $gc $aw $ac" >> "$WORK/times.txt"
  printf '   round %d: wall none %6.2f s  generator %6.2f s  analyzers %6.2f s | Csc none %6d ms  generator %6d ms  analyzers %6d ms\n' "$i" "$nw" "$gw" "$aw" "$nc" "$gc" "$ac"
done

echo "== summary ($RUNS rounds; median [min – max])"
awk '
  function sort(a, n,   i, j, t) { for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t } }
  function med(a, n) { sort(a, n); return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  function stat(name, a, n, unit, fmt,   lo, hi, m) { m = med(a, n); lo = a[1]; hi = a[n]; printf "   %-44s " fmt " %s  [" fmt " – " fmt "]\n", name, m, unit, lo, hi }
  { n++; nw[n] = $1; nc[n] = $2; gw[n] = $3; gc[n] = $4; aw[n] = $5; ac[n] = $6
    r1[n] = ($5 - $1) / $1 * 100; r2[n] = ($5 - $3) / $3 * 100
    if ($2 > 0) { r3[n] = ($6 - $2) / $2 * 100; r4[n] = ($6 - $4) / $4 * 100 } }
  END {
    stat("build wall time, no analyzers", nw, n, "s", "%.2f")
    stat("build wall time, generator only", gw, n, "s", "%.2f")
    stat("build wall time, generator + analyzers", aw, n, "s", "%.2f")
    stat("Csc task, no analyzers", nc, n, "ms", "%.0f")
    stat("Csc task, generator only", gc, n, "ms", "%.0f")
    stat("Csc task, generator + analyzers", ac, n, "ms", "%.0f")
    stat("overhead vs no analyzers (wall)", r1, n, "%", "%+.1f")
    stat("overhead vs generator only (wall)", r2, n, "%", "%+.1f")
    if (nc[1] > 0) {
      stat("overhead vs no analyzers (Csc)", r3, n, "%", "%+.1f")
      stat("overhead vs generator only (Csc)", r4, n, "%", "%+.1f")
    }
  }' "$WORK/times.txt"
