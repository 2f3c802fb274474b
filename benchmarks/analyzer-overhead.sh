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
# For each run it records the wall time of the build, the time of its Csc task (from MSBuild's
# performance summary) and the CPU time (user + system) of the compiler process: csc runs out of
# process (UseSharedCompilation=false) through a wrapper that times it with /usr/bin/time, so a busy
# machine, which stretches wall times, hardly changes it. It prints per configuration the median and
# the range, and the overhead
#   (analyzers - none) / none   and   (analyzers - generator) / generator
# per interleaved round, as median and range, for wall, Csc and CPU times.
# Two switches make the build a user's default one instead of the isolating one above:
#   GILGEN_SDK_ANALYZERS=on      keeps the SDK's own analyzers at a new project's defaults (they run in all three
#                                configurations but "none"), so "analyzers vs generator" is GilGen's share on top of them;
#   GILGEN_COMPILER_SERVER=on    compiles through the shared compiler server (VBCSCompiler), as `dotnet build` does by
#                                default: analyzers stay loaded and jitted between builds. csc's CPU time is then not
#                                measured (printed as 0).
# Each overhead is also given as a share of the build with the analyzers on, (analyzers - base) / analyzers.
# GILGEN_BASELINE_ANALYZERS=/path/to/GilGen.Analyzers.dll adds a fourth configuration, "baseline": the
# generator with that build of the analyzers (an older commit's, say), timed in the same rounds, so an
# analyzer change is measured against the build before it on the same busy machine.
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
    <EnableNETAnalyzers Condition="'${GILGEN_SDK_ANALYZERS:-off}' != 'on'">false</EnableNETAnalyzers>
    <EnforceCodeStyleInBuild>false</EnforceCodeStyleInBuild>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <GilGenAnalyzersDll Condition="'\$(GilGenAnalyzersDll)' == ''">$(bin GilGen.Analyzers)</GilGenAnalyzersDll>
  </PropertyGroup>
  <!-- csc out of process, through the wrapper that times it (unless GILGEN_COMPILER_SERVER=on). -->
  <PropertyGroup Condition="'${GILGEN_COMPILER_SERVER:-off}' != 'on'">
    <UseSharedCompilation>false</UseSharedCompilation>
    <CscToolPath>$WORK</CscToolPath>
    <CscToolExe>csc-timed</CscToolExe>
  </PropertyGroup>
  <PropertyGroup Condition="'${GILGEN_COMPILER_SERVER:-off}' == 'on'">
    <!-- Explicitly: an environment variable UseSharedCompilation=false would otherwise win. -->
    <UseSharedCompilation>true</UseSharedCompilation>
  </PropertyGroup>
  <Import Project="$ROOT/generator/GilGen.Generator/build/GilGen.props" />
  <ItemGroup>
    <Reference Include="GilGen.Runtime" HintPath="$(bin GilGen.Runtime)" />
    <Analyzer Include="$(bin GilGen.Generator)" />
    <Analyzer Include="$(bin GilGen.Compiler)" />
    <Analyzer Include="\$(GilGenAnalyzersDll)" Condition="'\$(GilGenAnalyzers)' != 'false'" />
  </ItemGroup>
</Project>
EOF

if [[ "${GILGEN_RACE_REPORTING:-}" == per_document ]]; then
  printf 'is_global = true\ngilgen_race_reporting = per_document\nglobal_level = 100\n' > "$PROJECT/per-document.globalconfig"
  sed -i 's|</Project>|  <ItemGroup><GlobalAnalyzerConfigFiles Include="per-document.globalconfig" /></ItemGroup>\n</Project>|' "$PROJECT/Synthetic.csproj"
fi

BASELINE="${GILGEN_BASELINE_ANALYZERS:-}"
if [[ -n "$BASELINE" ]]; then
  [[ -f "$BASELINE" ]] || { echo "GILGEN_BASELINE_ANALYZERS: no file $BASELINE" >&2; exit 1; }
  mkdir -p "$WORK/baseline" && cp "$BASELINE" "$WORK/baseline/GilGen.Analyzers.dll"
fi

# The compiler, timed: the csc of the SDK that builds the project, under /usr/bin/time.
CSC="$(dotnet msbuild "$PROJECT/Synthetic.csproj" -nologo -getProperty:RoslynTargetsPath)/bincore/csc"
[[ -x "$CSC" ]] || { echo "no csc at $CSC" >&2; exit 1; }
printf '#!/usr/bin/env bash\nexec /usr/bin/time -f "%%U %%S" -a -o "%s" "%s" "$@"\n' "$WORK/csc-cpu.txt" "$CSC" > "$WORK/csc-timed"
chmod +x "$WORK/csc-timed"

build() { # $1 = extra property; prints "wall_seconds csc_ms cpu_seconds"
  local log="$WORK/build.log" start end csc cpu
  : > "$WORK/csc-cpu.txt"
  start=$(date +%s.%N)
  if ! dotnet build "$PROJECT/Synthetic.csproj" -c Release --no-restore --no-incremental -nologo -v:q -clp:PerformanceSummary $1 >"$log" 2>&1; then
    echo "build failed ($1):" >&2; tail -30 "$log" >&2; exit 1
  fi
  end=$(date +%s.%N)
  csc=$(awk '/Task Performance Summary/ {t=1} t && $3 == "Csc" {print $1}' "$log" | tail -1)
  cpu=$(awk 'NF == 2 && $1 ~ /^[0-9.]+$/ {u += $1; s += $2} END {printf "%.2f", u + s}' "$WORK/csc-cpu.txt")
  echo "$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.2f", b - a}') ${csc:-0} $cpu"
}

CONFIGS=("-p:RunAnalyzers=false" "-p:GilGenAnalyzers=false" "")
NAMES=(none generator analyzers)
if [[ -n "$BASELINE" ]]; then CONFIGS+=("-p:GilGenAnalyzersDll=$WORK/baseline/GilGen.Analyzers.dll"); NAMES+=(baseline); fi

echo "== restore and one warm-up build of each configuration (not counted)"
dotnet restore "$PROJECT/Synthetic.csproj" -nologo -v:q >/dev/null
for p in "${CONFIGS[@]}"; do build "$p" >/dev/null; done
echo "   GilGen warnings of the last build (MSBuild prints each twice; counted once):"
grep -oE "[^ ]+\.cs\([0-9,]+\): warning GIL[0-9]+" "$WORK/build.log" | sort -u | grep -oE "GIL[0-9]+$" | sort | uniq -c | sed 's/^/   /' || true

echo "== $RUNS interleaved rounds (load average before: $(cut -d' ' -f1-3 /proc/loadavg))"
: > "$WORK/times.txt"
for ((i = 1; i <= RUNS; i++)); do
  line=""
  report="   round $i:"
  for c in "${!CONFIGS[@]}"; do
    out=$(build "${CONFIGS[$c]}"); read -r w t u <<< "$out"
    line="$line $w $t $u"
    report="$report ${NAMES[$c]} $w s wall, $t ms Csc, $u s CPU |"
  done
  echo "$line" >> "$WORK/times.txt"
  echo "$report load $(cut -d' ' -f1 /proc/loadavg)"
done

[[ "${GILGEN_COMPILER_SERVER:-off}" == on ]] && dotnet build-server shutdown >/dev/null 2>&1 || true
echo "== summary ($RUNS rounds; median [min – max]; load average now: $(cut -d' ' -f1-3 /proc/loadavg))"
awk -v names="${NAMES[*]}" '
  function sort(a, n,   i, j, t) { for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t } }
  function med(a, n) { sort(a, n); return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  function stat(name, a, n, unit, fmt,   lo, hi, m) { m = med(a, n); lo = a[1]; hi = a[n]; printf "   %-50s " fmt " %s  [" fmt " – " fmt "]\n", name, m, unit, lo, hi }
  BEGIN { k = split(names, cfg, " ") }
  { n++; for (c = 1; c <= k; c++) { w[c, n] = $(3 * c - 2); t[c, n] = $(3 * c - 1); u[c, n] = $(3 * c) } }
  END {
    for (c = 1; c <= k; c++) {
      for (r = 1; r <= n; r++) { a1[r] = w[c, r]; a2[r] = t[c, r]; a3[r] = u[c, r] }
      stat("build wall time, " cfg[c], a1, n, "s", "%.2f")
      stat("Csc task, " cfg[c], a2, n, "ms", "%.0f")
      stat("csc CPU time (user + system), " cfg[c], a3, n, "s", "%.2f")
    }
    for (c = 3; c <= k; c++) {
      for (base = 1; base <= 2; base++) {
        for (r = 1; r <= n; r++) {
          o1[r] = (w[c, r] - w[base, r]) / w[base, r] * 100
          o2[r] = t[base, r] > 0 ? (t[c, r] - t[base, r]) / t[base, r] * 100 : 0
          o3[r] = u[base, r] > 0 ? (u[c, r] - u[base, r]) / u[base, r] * 100 : 0
        }
        stat("overhead of " cfg[c] " vs " cfg[base] " (wall)", o1, n, "%", "%+.1f")
        stat("overhead of " cfg[c] " vs " cfg[base] " (Csc)", o2, n, "%", "%+.1f")
        stat("overhead of " cfg[c] " vs " cfg[base] " (CPU)", o3, n, "%", "%+.1f")
        for (r = 1; r <= n; r++) o4[r] = (w[c, r] - w[base, r]) / w[c, r] * 100
        stat("(" cfg[c] " - " cfg[base] ") / " cfg[c] " (wall)", o4, n, "%", "%+.1f")
      }
    }
  }' "$WORK/times.txt"
