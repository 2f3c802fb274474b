using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Runtime;

namespace GilGen.Cli.Execution;

/// <summary>
/// With <c>GILGEN_PROCESS_COSTS=1</c> in the environment, gilgen writes one line to stderr at exit saying how much
/// of the process's CPU time went to the .NET JIT and how long the GC paused it: what decides whether a slow
/// program needs faster generated code, less code to compile, or fewer allocations (docs/architecture/performance.md).
/// </summary>
public static class ProcessCostReport
{
    /// <summary>The environment variable that turns the report on (any value but empty or <c>0</c>).</summary>
    public const string VariableName = "GILGEN_PROCESS_COSTS";

    /// <summary>True when the environment asks for the report.</summary>
    public static bool Requested
    {
        get
        {
            string? value = Environment.GetEnvironmentVariable(VariableName);
            return !string.IsNullOrEmpty(value) && value != "0";
        }
    }

    /// <summary>Writes the report line to <paramref name="stderr"/> when <see cref="Requested"/>.</summary>
    public static void WriteIfRequested(TextWriter stderr)
    {
        if (!Requested) return;
        stderr.Write(Format());
        stderr.Flush();
    }

    /// <summary>
    /// The report: the process's CPU time (user + sys), the JIT's compile time and method count (all threads,
    /// tiered recompiles and on-stack-replacement compiles included), the GC's total pause time and its
    /// collection counts per generation, and the bytes allocated.
    /// </summary>
    public static string Format()
    {
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        TimeSpan jit = System.Runtime.JitInfo.GetCompilationTime();
        TimeSpan gc = GC.GetTotalPauseDuration();
        return string.Create(CultureInfo.InvariantCulture,
            $"gilgen process costs: cpu {cpu.TotalSeconds:0.000} s, jit {jit.TotalSeconds:0.000} s " +
            $"({System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompiledILBytes() / 1024} KB IL), " +
            $"gc pauses {gc.TotalSeconds:0.000} s (gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}), " +
            $"allocated {GC.GetTotalAllocatedBytes() / (1024 * 1024)} MB, {(GCSettings.IsServerGC ? "server" : "workstation")} gc\n");
    }
}
