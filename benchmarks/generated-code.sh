#!/usr/bin/env bash
# The size of the generator's output and what compiling it costs (issue 10, "Generated code").
# Writes a consumer project of N [GilModule] snippets of about 15 Python lines each
# (benchmarks/generated_code_project.py: functions with loops, branches, calls, a class in every
# other snippet), builds it once with the generated files written to disk and counts them:
#   C# lines per Python line, in total and split into code, comments, #line directives, blank lines
#   and the embedded strings (the source text and the `dis` text, each one line of the file, so
#   their characters are given too);
# then times the compile step (MSBuild's Csc task: parsing, the generator, binding and emitting) with
# the snippets (the generator on) and without them (-p:GilGenGenerator=off: the same C# files, no
# generator; RunAnalyzers=false would still run it), interleaved, as CPU time (see build() below):
#   warm: through a compiler server of the script's own (VBCSCompiler), after warm-up builds;
#   cold: -p:UseSharedCompilation=false, a fresh csc process each time (Roslyn and the generator
#         JIT-compiled again), as in a CI build without the server.
# It prints the median and range of each, and the load average before and after.
#
# Usage: benchmarks/generated-code.sh [RUNS] [SNIPPETS]     (defaults: 5 runs, 200 snippets; 0 runs: the counts only)
# GILGEN_GENERATOR_BIN=DIR takes GilGen.Runtime/Generator/Compiler.dll from DIR instead of building
# (to measure another build). Work folder: $GILGEN_GENCODE_DIR, default ${TMPDIR:-/tmp}/gilgen-generated-code.
set -euo pipefail

RUNS="${1:-5}"
SNIPPETS="${2:-200}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${GILGEN_GENCODE_DIR:-${TMPDIR:-/tmp}/gilgen-generated-code}"
ART="$WORK/artifacts"
PROJECT="$WORK/Consumer"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
PY="${PYTHON:-python3}"

if [[ -n "${GILGEN_GENERATOR_BIN:-}" ]]; then
  bin() { echo "$GILGEN_GENERATOR_BIN/$1.dll"; }
else
  echo "== building GilGen (runtime, generator, compiler) into $ART"
  dotnet build "$ROOT/generator/GilGen.Generator/GilGen.Generator.csproj" -c Release --artifacts-path "$ART" -nologo -v:q >/dev/null
  dotnet build "$ROOT/runtime/GilGen.Runtime/GilGen.Runtime.csproj" -c Release --artifacts-path "$ART" -nologo -v:q >/dev/null
  bin() { echo "$ART/bin/$1/release/$1.dll"; }
fi
for dll in GilGen.Runtime GilGen.Generator GilGen.Compiler; do
  [[ -f "$(bin $dll)" ]] || { echo "missing $(bin $dll)" >&2; exit 1; }
done

echo "== writing the project ($SNIPPETS snippets) in $PROJECT"
rm -rf "$PROJECT"
mkdir -p "$PROJECT"
"$PY" "$ROOT/benchmarks/generated_code_project.py" "$PROJECT" "$SNIPPETS"
read -r _ PYLINES < "$PROJECT/python-lines.txt"
echo '<Project />' > "$PROJECT/Directory.Build.props"
echo '<Project />' > "$PROJECT/Directory.Build.targets"
printf 'root = true\n' > "$PROJECT/.editorconfig"
cat > "$PROJECT/Consumer.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <EnableNETAnalyzers>false</EnableNETAnalyzers>
    <EnforceCodeStyleInBuild>false</EnforceCodeStyleInBuild>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
    <CompilerGeneratedFilesOutputPath>generated</CompilerGeneratedFilesOutputPath>
  </PropertyGroup>
  <Import Project="$ROOT/generator/GilGen.Generator/build/GilGen.props" />
  <ItemGroup>
    <Compile Remove="generated/**" />
    <Reference Include="GilGen.Runtime" HintPath="$(bin GilGen.Runtime)" />
  </ItemGroup>
  <!-- -p:GilGenGenerator=off: the same project without the generator (RunAnalyzers=false keeps source generators). -->
  <ItemGroup Condition="'\$(GilGenGenerator)' != 'off'">
    <Analyzer Include="$(bin GilGen.Generator)" />
    <Analyzer Include="$(bin GilGen.Compiler)" />
  </ItemGroup>
</Project>
EOF

# The machine may be loaded (and this environment sets UseSharedCompilation=false), so the compile step is
# measured as CPU time, not only as the Csc task's wall time:
#   warm: the CPU time the build's own compiler server (-p:SharedCompilationId, started by the warm-up
#         build, stopped at the end) spends on the build, read from /proc;
#   cold: the user + sys time of the whole `dotnet build` with csc as a child process (MSBuild's own
#         time is in both configurations alike, so the difference is the snippets').
SERVER_ID="gilgen-gencode-$$"
SERVER_PID=""
stop_server() { [[ -n "$SERVER_PID" ]] && kill "$SERVER_PID" 2>/dev/null || true; }
trap stop_server EXIT
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
build() { # $1 = warm|cold, then extra properties; prints "csc_wall_ms cpu_ms"
  local mode="$1" log="$WORK/build.log" csc before after cpu
  shift
  local shared=(-p:UseSharedCompilation=false)
  [[ "$mode" == warm ]] && shared=(-p:UseSharedCompilation=true "-p:SharedCompilationId=$SERVER_ID")
  [[ "$mode" == warm && -n "$SERVER_PID" ]] && before=$(ticks "$SERVER_PID")
  if ! /usr/bin/time -f "%U %S" -o "$WORK/time.txt" dotnet build "$PROJECT/Consumer.csproj" -c Release --no-restore --no-incremental -nologo -v:q -clp:PerformanceSummary "${shared[@]}" "$@" >"$log" 2>&1; then
    echo "build failed ($mode $*):" >&2; tail -30 "$log" >&2; exit 1
  fi
  csc=$(awk '/Task Performance Summary/ {t=1} t && $3 == "Csc" {print $1}' "$log" | tail -1)
  if [[ "$mode" == warm ]]; then
    if [[ -z "$SERVER_PID" ]]; then
      SERVER_PID=$(pgrep -f -- "pipename:$SERVER_ID" | head -1 || true)
      [[ -n "$SERVER_PID" ]] || { echo "no compiler server with pipe $SERVER_ID" >&2; exit 1; }
      cpu=0
    else
      after=$(ticks "$SERVER_PID")
      cpu=$(( (after - before) * 1000 / $(getconf CLK_TCK) ))
    fi
  else
    cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$WORK/time.txt")
  fi
  echo "${csc:-0} $cpu"
}

echo "== restore, and one build writing the generated files"
dotnet restore "$PROJECT/Consumer.csproj" -nologo -v:q >/dev/null
rm -rf "$PROJECT/generated"
build cold -p:EmitCompilerGeneratedFiles=true >/dev/null
find "$PROJECT/generated" -name '*.g.cs' -print0 | xargs -0 cat | awk -v py="$PYLINES" -v n="$SNIPPETS" '
  { total++; chars += length($0) + 1; t = $0; sub(/^[ \t]+/, "", t)
    if (t == "") blank++
    else if (t ~ /^#line/) directive++
    else if (t ~ /^\/\//) comment++
    else if (t ~ /SourceText __gil_source = new\(|CodeInfo __gil_code[0-9]+ = new\(/) { strings++; schars += length($0) + 1 }
    else { code++; if (t ~ /[^:]\/\/ /) trailing++ } }
  END {
    printf "   Python: %d snippets, %d lines (%.1f per snippet)\n", n, py, py / n
    printf "   C#: %d lines, %.1f MB; %.1f lines per snippet\n", total, chars / 1e6, total / n
    printf "   C# lines per Python line: %.1f\n", total / py
    printf "     code           %6.1f  (%d lines, %d of them with a trailing comment)\n", code / py, code, trailing
    printf "     comments       %6.1f  (%d lines)\n", comment / py, comment
    printf "     #line          %6.1f  (%d lines)\n", directive / py, directive
    printf "     blank          %6.1f  (%d lines)\n", blank / py, blank
    printf "     strings        %6.1f  (%d lines of source and dis text, %.0f%% of the characters)\n", strings / py, strings, 100 * schars / chars
  }'

[[ "$RUNS" == 0 ]] && exit 0
echo "== warm-up builds (not counted): the first starts the compiler server"
build warm -p:GilGenGenerator=off >/dev/null
build warm >/dev/null
build warm -p:GilGenGenerator=off >/dev/null
echo "   compiler server: pid $SERVER_PID"
echo "   load average: $(cat /proc/loadavg)"
echo "== $RUNS interleaved rounds (CPU ms; the Csc task's wall ms in brackets)"
: > "$WORK/times.txt"
for ((i = 1; i <= RUNS; i++)); do
  read -r wwt wwc <<< "$(build warm)"; read -r wot woc <<< "$(build warm -p:GilGenGenerator=off)"
  read -r cwt cwc <<< "$(build cold)"; read -r cot coc <<< "$(build cold -p:GilGenGenerator=off)"
  echo "$wwc $woc $cwc $coc $wwt $wot $cwt $cot" >> "$WORK/times.txt"
  printf '   round %d: warm with %6d [%6d]  without %6d [%6d] | cold with %6d [%6d]  without %6d [%6d]\n' "$i" "$wwc" "$wwt" "$woc" "$wot" "$cwc" "$cwt" "$coc" "$cot"
done
echo "   load average: $(cat /proc/loadavg)"

echo "== summary ($RUNS rounds; median [min – max], ms)"
awk '
  function sort(a, n,   i, j, t) { for (i = 2; i <= n; i++) { t = a[i]; for (j = i - 1; j >= 1 && a[j] > t; j--) a[j + 1] = a[j]; a[j + 1] = t } }
  function med(a, n) { sort(a, n); return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
  function stat(name, a, n) { m = med(a, n); printf "   %-52s %7.0f  [%d – %d]\n", name, m, a[1], a[n] }
  { n++; ww[n] = $1; wo[n] = $2; cw[n] = $3; co[n] = $4; dw[n] = $1 - $2; dc[n] = $3 - $4
    tw[n] = $5; two[n] = $6; tc[n] = $7; tco[n] = $8 }
  END {
    stat("warm server CPU, with the snippets", ww, n); stat("warm server CPU, without", wo, n); stat("warm server CPU, difference", dw, n)
    stat("cold build CPU (MSBuild + csc), with the snippets", cw, n); stat("cold build CPU, without", co, n); stat("cold build CPU, difference", dc, n)
    stat("Csc task wall, warm, with", tw, n); stat("Csc task wall, warm, without", two, n)
    stat("Csc task wall, cold, with", tc, n); stat("Csc task wall, cold, without", tco, n)
  }' "$WORK/times.txt"
