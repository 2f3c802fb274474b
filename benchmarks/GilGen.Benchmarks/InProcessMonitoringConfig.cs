using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace GilGen.Benchmarks;

/// <summary>
/// For operations of milliseconds to seconds (compiling and analyzing source): a few measured runs (Monitoring: no
/// pilot, no overhead subtraction), in this process. Such a benchmark does not need an isolated runtime, and an
/// out-of-process toolchain would rebuild the repository's projects in their default bin/obj folders.
/// </summary>
internal sealed class InProcessMonitoringConfig : ManualConfig
{
    /// <summary>Two warm-up runs and ten measured ones.</summary>
    public InProcessMonitoringConfig() => AddJob(Job.Default
        .WithStrategy(RunStrategy.Monitoring)
        .WithLaunchCount(1)
        .WithWarmupCount(2)
        .WithIterationCount(10)
        .WithToolchain(InProcessEmitToolchain.Instance)
        .WithId("InProcessMonitoring"));
}
