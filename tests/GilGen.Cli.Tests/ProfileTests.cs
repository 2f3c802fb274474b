using System.Globalization;

namespace GilGen.Cli.Tests;

/// <summary>
/// <c>--profile py39</c> reproduces CPython 3.9's switch points: the unlocked counter of example 07
/// loses updates (CPython 3.9 printed 733968..771007), the locked one of example 08 loses none.
/// </summary>
public sealed class ProfileTests : IClassFixture<TemporaryCache>
{
    private const long Expected = 1_000_000;
    private const string Prefix = "Final counter value: ";
    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public ProfileTests(TemporaryCache cache) => _cache = cache;

    /// <summary>Without a lock, py39 loses updates.</summary>
    [Fact]
    public void Unlocked_counter_under_py39_loses_updates()
    {
        CliResult result = _cache.Run("run", "--profile", "py39", Examples.Script("07_race_counter"));

        Assert.Equal(0, result.ExitCode);
        long counter = FinalCounter(result.Stdout);
        Assert.InRange(counter, 1, Expected - 1);
    }

    /// <summary>With a lock, py39 loses nothing.</summary>
    [Fact]
    public void Locked_counter_under_py39_is_exact()
    {
        CliResult result = _cache.Run("run", "--profile", "py39", Examples.Script("08_lock_counter"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Expected, FinalCounter(result.Stdout));
    }

    /// <summary>The modern profile is the default and loses nothing, as CPython 3.10+.</summary>
    [Fact]
    public void Unlocked_counter_under_explicit_modern_is_exact()
    {
        CliResult result = _cache.Run("run", "--profile=modern", Examples.Script("07_race_counter"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Expected, FinalCounter(result.Stdout));
    }

    private static long FinalCounter(string stdout)
    {
        string line = stdout.TrimEnd('\n');
        Assert.StartsWith(Prefix, line);
        return long.Parse(line.Substring(Prefix.Length), CultureInfo.InvariantCulture);
    }
}
