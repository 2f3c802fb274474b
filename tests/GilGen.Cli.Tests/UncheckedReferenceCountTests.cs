using System;
using System.Collections.Generic;
using System.IO;

namespace GilGen.Cli.Tests;

/// <summary>
/// Programs run with reference counts unchecked, the mode users run. CI runs every test project with
/// <c>GILGEN_CHECKED_REFCOUNTS=1</c>, which turns off what reuses a released object (the per-thread slice kept for
/// the next BUILD_SLICE, a float operand with one reference reused for the result), so those paths run only here:
/// each program is a process of its own with the variable set to 0 and must print its .out (CPython 3.12's stdout).
/// </summary>
public sealed class UncheckedReferenceCountTests : IClassFixture<TemporaryCache>
{
    private static readonly IReadOnlyDictionary<string, string> Unchecked =
        new Dictionary<string, string> { ["GILGEN_CHECKED_REFCOUNTS"] = "0" };

    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public UncheckedReferenceCountTests(TemporaryCache cache) => _cache = cache;

    /// <summary>
    /// Each program prints its .out byte for byte. <c>slice_reuse</c> also prints that a released slice was
    /// reused (one id for four slices, as CPython's slice cache gives), which only the unchecked mode does.
    /// </summary>
    [Theory]
    [InlineData("slice_reuse")]
    [InlineData("201_bench_nqueens")]
    [InlineData("203_bench_nbody")]
    [InlineData("211_bench_fannkuch")]
    [InlineData("213_bench_float")]
    public void Program_prints_its_out_file_with_unchecked_reference_counts(string program)
    {
        string directory = Path.Combine(AppContext.BaseDirectory, "UncheckedCorpus");

        CliResult result = GilgenProcess.RunWithEnvironment(_cache.Directory, Unchecked, "run", Path.Combine(directory, program + ".py"));

        Assert.Equal("", result.Stderr);
        Assert.Equal(File.ReadAllText(Path.Combine(directory, program + ".out")), result.Stdout);
        Assert.Equal(0, result.ExitCode);
    }
}
