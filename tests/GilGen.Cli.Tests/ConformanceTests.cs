namespace GilGen.Cli.Tests;

/// <summary>
/// The seed examples run through <c>gilgen run</c> print exactly their .out files (what CPython
/// printed; dis listings as CPython 3.9) and exit with 0.
/// </summary>
public sealed class ConformanceTests : IClassFixture<TemporaryCache>
{
    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public ConformanceTests(TemporaryCache cache) => _cache = cache;

    /// <summary>Each example's stdout equals its .out file.</summary>
    [Theory]
    [InlineData("03_refcount")]
    [InlineData("04_race_100_threads")]
    [InlineData("05_dis_foo")]
    [InlineData("06_lock_100_threads")]
    [InlineData("07_race_counter")]
    [InlineData("08_lock_counter")]
    [InlineData("09_dis_print")]
    [InlineData("10_switch_interval")]
    [InlineData("12_thread_pool")]
    [InlineData("14_rlock_and_errors")]
    public void Example_prints_its_out_file_byte_for_byte(string example)
    {
        CliResult result = _cache.Run("run", Examples.Script(example));

        Assert.Equal("", result.Stderr);
        Assert.Equal(Examples.ExpectedOutput(example), result.Stdout);
        Assert.Equal(0, result.ExitCode);
    }

    /// <summary>
    /// Example 11 prints whether ten 0.2 s sleeps on threads took under 1 s of wall time, which a loaded machine can
    /// make false on real threads. Explored under virtual time, every schedule must print the .out file: the sleeps
    /// overlap because each releases the GIL, whatever the order the threads run in.
    /// </summary>
    [Fact]
    public void Io_bound_example_prints_its_out_file_under_every_explored_schedule()
    {
        const string example = "11_io_bound_threads";
        CliResult explored = _cache.Run("explore", "--schedules", "20", "--seed", "5", "--expect", Examples.ExpectedOutput(example), Examples.Script(example));

        Assert.Equal("", explored.Stderr);
        Assert.Equal(0, explored.ExitCode);
        Assert.Contains("explored 20 schedules", explored.Stdout);
        Assert.EndsWith("no failing schedule found\n", explored.Stdout);
    }
}
