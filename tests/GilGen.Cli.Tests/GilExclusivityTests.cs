using System.IO;
using GilGen.Cli.Compilation;
using GilGen.Runtime;

namespace GilGen.Cli.Tests;

/// <summary>
/// Two CPU-bound Python threads take turns: they switch many times, yet never hold the GIL together.
/// (How long they take compared with one thread is a benchmark figure: benchmarks/side-by-side.sh.)
/// </summary>
public sealed class GilExclusivityTests : IClassFixture<TemporaryCache>
{
    private const string TwoCountdowns =
        "from threading import Thread\n" +
        "\n" +
        "def count_down(n):\n" +
        "    while n > 0:\n" +
        "        n -= 1\n" +
        "\n" +
        "t1 = Thread(target=count_down, args=[3000000])\n" +
        "t2 = Thread(target=count_down, args=[3000000])\n" +
        "t1.start()\n" +
        "t2.start()\n" +
        "t1.join()\n" +
        "t2.join()\n";

    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public GilExclusivityTests(TemporaryCache cache) => _cache = cache;

    /// <summary>Under both profiles: at most one holder at any time, and real switches between the threads.</summary>
    [Theory]
    [InlineData(RuntimeProfile.Modern)]
    [InlineData(RuntimeProfile.Py39)]
    public void Two_cpu_bound_threads_never_both_hold_the_gil(RuntimeProfile profile)
    {
        ModuleDefinition module = Compile(TwoCountdowns);
        HolderCountingPolicy? policy = null;
        var interpreter = new GilInterpreter(new GilOptions
        {
            Profile = profile,
            SwitchInterval = 0.001,
            Stdout = TextWriter.Null,
            SchedulingPolicy = interp => policy = new HolderCountingPolicy(new Gil(interp, 0.001)),
        });

        interpreter.Run(module);

        Assert.NotNull(policy);
        Assert.Equal(1, policy!.MaxHolders);
        GilCounters counters = policy.Counters;
        Assert.True(counters.DropRequests > 0, "the waiting thread never asked for the GIL");
        Assert.True(counters.Switches > 2, $"only {counters.Switches} switches: the threads did not take turns");
    }

    private ModuleDefinition Compile(string source)
    {
        var compiler = new ScriptCompiler(_cache.Cache);
        ScriptBuildResult build = compiler.Build(Path.Combine(_cache.Directory, "two_countdowns.py"), source);
        Assert.True(build.Success, string.Join("\n", build.Diagnostics));
        return build.Script!.Load();
    }
}
