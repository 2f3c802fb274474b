using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace GilGen.Benchmarks;

/// <summary>
/// For operations of about a millisecond to tens of milliseconds that keep state between invocations (an
/// incremental generator driver): in this process (the state is built once, in the global setup, which takes seconds),
/// many invocations per iteration, and the median beside the mean, since the machine is shared.
/// </summary>
internal sealed class EditLatencyConfig : ManualConfig
{
    /// <summary>Three warm-up iterations and fifteen measured ones of about a quarter of a second each.</summary>
    public EditLatencyConfig()
    {
        AddJob(Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(15)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithId("InProcessEdit"));
        AddColumn(StatisticColumn.Median);
    }
}
