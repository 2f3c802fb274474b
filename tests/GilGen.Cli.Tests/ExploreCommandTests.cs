using System.Text.RegularExpressions;

namespace GilGen.Cli.Tests;

/// <summary><c>gilgen explore</c> and <c>gilgen replay</c>: exit status, report, replay command.</summary>
public sealed class ExploreCommandTests : IClassFixture<TemporaryCache>
{
    private const string Race =
        "import threading\n" +
        "\n" +
        "counter = 0\n" +
        "\n" +
        "def increment():\n" +
        "    global counter\n" +
        "    for _ in range(500):\n" +
        "        counter += 1\n" +
        "\n" +
        "threads = [threading.Thread(target=increment) for _ in range(2)]\n" +
        "for t in threads:\n" +
        "    t.start()\n" +
        "for t in threads:\n" +
        "    t.join()\n" +
        "print('counter:', counter)\n";

    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public ExploreCommandTests(TemporaryCache cache) => _cache = cache;

    /// <summary>Under py39 the lost update is found, reported with its interleaving, and replayed exactly.</summary>
    [Fact]
    public void Explore_finds_the_lost_update_under_py39_and_replay_reproduces_it()
    {
        string script = _cache.WriteScript("race.py", Race);
        CliResult explored = _cache.Run("explore", "--profile", "py39", "--schedules", "500", script);
        Assert.Equal(1, explored.ExitCode);
        Assert.Contains("output differs from the expected output", explored.Stdout);
        Assert.Contains("  | counter: 1000\n", explored.Stdout);
        Assert.Contains("threads: T0 (MainThread), T1 (Thread-1 (increment)), T2 (Thread-2 (increment))", explored.Stdout);
        // Shrunk to a few preemptions, shown with the values read and written.
        Assert.Matches(@"interleaving: \d+ decision points, \d+ switches, (1 preemption|[23] preemptions)\n", explored.Stdout);
        // Only the steps that matter: the stale read, the other thread's write, the stale write.
        Assert.Contains("the steps that matter (2 threads, 2 switches;", explored.Stdout);
        Assert.Matches(@"\n  T\d \(Thread-\d \(increment\)\)  (\.\.\. )?increment:8 LOAD_GLOBAL counter → \d+", explored.Stdout);
        Assert.Matches(@"\n  T\d \(Thread-\d \(increment\)\)  \.\.\. .*increment:8 STORE_GLOBAL counter ← \d+\n", explored.Stdout);
        Assert.Contains("lost update: T", explored.Stdout);
        Match replay = Regex.Match(explored.Stdout, @"replay: gilgen replay --profile py39 (ds-\S+) ");
        Assert.True(replay.Success, explored.Stdout);
        string lost = Regex.Match(explored.Stdout, @"output of this schedule:\n  \| (counter: \d+)").Groups[1].Value;

        CliResult replayed = _cache.Run("replay", "--profile", "py39", replay.Groups[1].Value, script);
        Assert.Equal(1, replayed.ExitCode);
        Assert.StartsWith(lost + "\n", replayed.Stdout);
        Assert.Contains("failing schedule " + replay.Groups[1].Value, replayed.Stdout);
    }

    /// <summary>With a lock (or under modern, where the loop only switches at its backward jump) nothing fails: exit 0.</summary>
    [Theory]
    [InlineData("py39", true)]
    [InlineData("modern", false)]
    public void Explore_finds_no_failure_where_there_is_none(string profile, bool locked)
    {
        string source = locked
            ? Race.Replace("counter = 0\n", "counter = 0\nlock = threading.Lock()\n").Replace("        counter += 1\n", "        with lock:\n            counter += 1\n")
            : Race;
        string script = _cache.WriteScript(locked ? "locked.py" : "race_modern.py", source);
        CliResult explored = _cache.Run("explore", "--profile", profile, "--strategy", "random", "--schedules", "40", script);
        Assert.Equal("", explored.Stderr);
        Assert.Equal(0, explored.ExitCode);
        Assert.Contains("explored 40 schedules", explored.Stdout);
        Assert.EndsWith("no failing schedule found\n", explored.Stdout);
    }

    /// <summary>DFS with a preemption bound finds the lost update with a single preemption (two threads, two switches).</summary>
    [Fact]
    public void Explore_dfs_finds_the_lost_update_with_one_preemption()
    {
        string script = _cache.WriteScript("race3.py", Race.Replace("range(500)", "range(3)"));
        CliResult explored = _cache.Run("explore", "--profile", "py39", "--strategy", "dfs", "--schedules", "5000", script);
        Assert.Equal(1, explored.ExitCode);
        Assert.Contains("with dfs (at most 2 preemptions)", explored.Stdout);
        Assert.Contains(", 1 preemption\n", explored.Stdout);
        Match replay = Regex.Match(explored.Stdout, @"replay: gilgen replay --profile py39 (ds-\S+) ");
        Assert.True(replay.Success, explored.Stdout);
        CliResult replayed = _cache.Run("replay", "--profile", "py39", replay.Groups[1].Value, script);
        Assert.Equal(1, replayed.ExitCode);
        Assert.StartsWith("counter: 3\n", replayed.Stdout);
    }

    /// <summary>Under modern the loop cannot lose an update: DFS exhausts the bounded space and says so.</summary>
    [Fact]
    public void Explore_dfs_says_when_the_bounded_space_is_exhausted()
    {
        string script = _cache.WriteScript("race3_modern.py", Race.Replace("range(500)", "range(3)"));
        CliResult explored = _cache.Run("explore", "--strategy", "dfs", "--schedules", "100000", script);
        Assert.Equal("", explored.Stderr);
        Assert.Equal(0, explored.ExitCode);
        Assert.EndsWith("the space of schedules with at most 2 preemptions is exhausted: no failing schedule\n", explored.Stdout);
    }

    /// <summary>Seed 08 reduced (2 threads, one locked increment each) under py39: DFS exhausts the bounded space.</summary>
    [Fact]
    public void Explore_dfs_exhausts_the_locked_counter_under_py39()
    {
        string locked = Race.Replace("counter = 0\n", "counter = 0\nlock = threading.Lock()\n")
            .Replace("        counter += 1\n", "        with lock:\n            counter += 1\n").Replace("range(500)", "range(1)");
        string script = _cache.WriteScript("locked1.py", locked);
        CliResult explored = _cache.Run("explore", "--profile", "py39", "--strategy", "dfs", "--schedules", "100000", script);
        Assert.Equal("", explored.Stderr);
        Assert.Equal(0, explored.ExitCode);
        Assert.EndsWith("the space of schedules with at most 2 preemptions is exhausted: no failing schedule\n", explored.Stdout);
    }

    /// <summary>--time-limit stops the exploration and says so.</summary>
    [Fact]
    public void Explore_stops_at_the_time_limit()
    {
        string script = _cache.WriteScript("quiet.py", "import threading\nthreading.Thread(target=print, args=('hi',)).start()\n");
        CliResult explored = _cache.Run("explore", "--time-limit", "0.5", "--schedules", "100000000", script);
        Assert.Equal(0, explored.ExitCode);
        Assert.Contains("time limit reached\nno failing schedule found\n", explored.Stdout);
    }

    /// <summary>--expect: a program whose output is always the same but not the expected one fails at once.</summary>
    [Fact]
    public void Explore_compares_with_the_expected_text()
    {
        string script = _cache.WriteScript("hello.py", "print('hello')\n");
        CliResult explored = _cache.Run("explore", "--expect", "goodbye", script);
        Assert.Equal(1, explored.ExitCode);
        Assert.Contains("failing schedule np: output differs from the expected output", explored.Stdout);
        Assert.Contains("replay: gilgen replay np ", explored.Stdout);
    }

    /// <summary>A failed assert in a thread fails the schedule as an uncaught exception.</summary>
    [Fact]
    public void An_assert_failing_in_a_thread_fails_the_schedule()
    {
        string script = _cache.WriteScript("assert.py",
            "import threading\n" +
            "items = []\n" +
            "def check():\n" +
            "    assert items == [], 'list not empty'\n" +
            "t = threading.Thread(target=check)\n" +
            "t.start()\n" +
            "items.append(1)\n" +
            "t.join()\n");
        CliResult explored = _cache.Run("explore", "--schedules", "200", script);
        Assert.Equal(1, explored.ExitCode);
        Assert.Contains("uncaught exception", explored.Stdout);
        Assert.Contains("AssertionError: list not empty", explored.Stdout);
    }

    /// <summary>
    /// What a program writes to stderr itself (a logging handler's lines, under two threads here) is output, not a
    /// failure: only an exception the interpreter reports fails a schedule. The same program with a raise in a thread fails.
    /// </summary>
    [Fact]
    public void Writing_to_stderr_is_not_an_uncaught_exception()
    {
        string program =
            "import logging, sys, threading\n" +
            "logging.basicConfig(format='%(threadName)s %(message)s', level=logging.INFO)\n" +
            "def work(n):\n" +
            "    logging.info('working %d', n)\n" +
            "    RAISE\n" +
            "threads = [threading.Thread(target=work, args=(i,)) for i in range(2)]\n" +
            "for t in threads: t.start()\n" +
            "for t in threads: t.join()\n" +
            "sys.stderr.write('done\\n')\n" +
            "print('finished')\n";
        string quiet = _cache.WriteScript("logs.py", program.Replace("RAISE", "pass"));
        CliResult explored = _cache.Run("explore", "--schedules", "20", quiet);
        Assert.Equal(0, explored.ExitCode);
        Assert.Contains("no failing schedule found", explored.Stdout);

        string failing = _cache.WriteScript("logs_raise.py", program.Replace("RAISE", "raise ValueError('worker %d failed' % n)"));
        CliResult failed = _cache.Run("explore", "--schedules", "20", failing);
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("uncaught exception", failed.Stdout);
        Assert.Contains("ValueError: worker", failed.Stdout);
    }

    /// <summary>Bad tokens and options are usage errors (exit 2).</summary>
    [Theory]
    [InlineData("replay", "nonsense", "x.py")]
    [InlineData("replay", "x.py")]
    [InlineData("explore", "--strategy", "chess", "x.py")]
    [InlineData("explore", "--schedules", "0", "x.py")]
    [InlineData("explore", "--time-limit", "-1", "x.py")]
    public void Bad_command_lines_are_usage_errors(params string[] args)
    {
        CliResult result = _cache.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("gilgen: ", result.Stderr);
    }
}
