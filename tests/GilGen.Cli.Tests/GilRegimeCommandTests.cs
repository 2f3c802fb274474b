namespace GilGen.Cli.Tests;

/// <summary>
/// The GIL regimes from the command line: <c>--profile py27</c> runs, and modern's switch points are
/// CPython 3.12's, shown by the deterministic explorer on a check-then-append race.
/// </summary>
public sealed class GilRegimeCommandTests : IClassFixture<TemporaryCache>
{
    // CPython 3.12 practically never overshoots here: once specialized, len() and list.append() finish
    // without checking the eval breaker, so nothing can switch between the test and the append. 3.9 does.
    private const string CheckThenAppend =
        "import threading\n" +
        "\n" +
        "LIMIT = 2\n" +
        "items = []\n" +
        "\n" +
        "def fill(x):\n" +
        "    for _ in range(3):\n" +
        "        if len(items) < LIMIT:\n" +
        "            items.append(x)\n" +
        "\n" +
        "fill(0)         # warms the call sites up: 3.12 specializes a call on its second run\n" +
        "items.clear()\n" +
        "threads = [threading.Thread(target=fill, args=(i,)) for i in (1, 2)]\n" +
        "for t in threads:\n" +
        "    t.start()\n" +
        "for t in threads:\n" +
        "    t.join()\n" +
        "print('items:', len(items))\n";

    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public GilRegimeCommandTests(TemporaryCache cache) => _cache = cache;

    /// <summary>Under modern no schedule overshoots: DFS exhausts the bounded space.</summary>
    [Fact]
    public void Modern_never_overshoots_a_check_then_append()
    {
        string script = _cache.WriteScript("overshoot_modern.py", CheckThenAppend);
        CliResult explored = _cache.Run("explore", "--profile", "modern", "--strategy", "dfs", "--schedules", "100000", script);
        Assert.Equal("", explored.Stderr);
        Assert.Equal(0, explored.ExitCode);
        Assert.EndsWith("the space of schedules with at most 2 preemptions is exhausted: no failing schedule\n", explored.Stdout);
    }

    /// <summary>Under py39 a switch between len() and append() lets both threads append past the limit.</summary>
    [Fact]
    public void Py39_overshoots_a_check_then_append()
    {
        string script = _cache.WriteScript("overshoot_py39.py", CheckThenAppend);
        CliResult explored = _cache.Run("explore", "--profile", "py39", "--strategy", "dfs", "--schedules", "100000", script);
        Assert.Equal(1, explored.ExitCode);
        Assert.Contains("output of this schedule:\n  | items: 3\n", explored.Stdout);
    }

    /// <summary><c>gilgen run --profile py27</c>: the old GIL, with sys.getcheckinterval, two threads finishing.</summary>
    [Fact]
    public void Run_with_profile_py27()
    {
        string script = _cache.WriteScript("py27.py",
            "import sys, threading\n" +
            "def count(n):\n" +
            "    while n > 0:\n" +
            "        n -= 1\n" +
            "sys.setcheckinterval(50)\n" +
            "threads = [threading.Thread(target=count, args=(100000,)) for _ in range(2)]\n" +
            "for t in threads:\n" +
            "    t.start()\n" +
            "for t in threads:\n" +
            "    t.join()\n" +
            "print('checkinterval', sys.getcheckinterval(), 'switchinterval', sys.getswitchinterval())\n");
        CliResult result = _cache.Run("run", "--profile", "py27", script);
        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("checkinterval 50 switchinterval 0.005\n", result.Stdout);
    }
}
