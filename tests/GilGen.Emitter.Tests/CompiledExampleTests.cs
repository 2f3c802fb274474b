using GilGen.Compiler;
using GilGen.Runtime;

namespace GilGen.Emitter.Tests;

/// <summary>
/// The whole pipeline on the examples: GilGen's compiler, then the emitter, Roslyn and the runtime.
/// Beside <see cref="ExampleRunTests"/> (CPython's own bytecode) this shows the two agree.
/// </summary>
public sealed class CompiledExampleTests
{
    private static (string Stdout, string Stderr) Run(string example, RuntimeProfile profile)
    {
        var result = PythonCompiler.Compile(ExampleRunTests.Source(example), example + ".py");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Id} {d.Message}")));
        return ExampleRunTests.Run(example, result.Module!, profile);
    }

    [Theory]
    [InlineData("03_refcount")]
    [InlineData("04_race_100_threads")]
    [InlineData("05_dis_foo")]
    [InlineData("06_lock_100_threads")]
    [InlineData("07_race_counter")]
    [InlineData("08_lock_counter")]
    [InlineData("09_dis_print")]
    [InlineData("10_switch_interval")]
    [InlineData("14_rlock_and_errors")]
    [InlineData("closures")] // not a seed: cells of nonlocal, nested defs and comprehensions (output from CPython 3.11)
    public void Example_prints_its_expected_output(string example)
    {
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", example + ".out"));
        var (stdout, stderr) = Run(example, RuntimeProfile.Modern);
        Assert.Equal("", stderr);
        Assert.Equal(expected, stdout);
    }

    [Fact]
    public void Io_bound_threads_overlap_their_sleeps_under_a_seeded_schedule()
    {
        // Example 11 on real threads prints whether ten 0.2 s sleeps took under 1 s of wall time, which a loaded
        // machine can make false; under virtual time the answer depends on the sleeps releasing the GIL only.
        const string example = "11_io_bound_threads";
        var result = PythonCompiler.Compile(ExampleRunTests.Source(example), example + ".py");
        Assert.True(result.Success);
        ScheduledRunResult run = ExampleRunTests.RunScheduled(example, result.Module!, seed: 7);
        Assert.Null(run.Aborted);
        Assert.Equal("", run.Stderr);
        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", example + ".out")), run.Stdout);
    }

    [Fact]
    public void Locked_counter_is_exact_under_py39()
    {
        var (stdout, _) = Run("08_lock_counter", RuntimeProfile.Py39);
        Assert.Equal("Final counter value: 1000000\n", stdout);
    }

    [Theory]
    [InlineData("01_countdown_single")]
    [InlineData("02_countdown_two_threads")]
    [InlineData("03_refcount")]
    [InlineData("04_race_100_threads")]
    [InlineData("05_dis_foo")]
    [InlineData("06_lock_100_threads")]
    [InlineData("07_race_counter")]
    [InlineData("08_lock_counter")]
    [InlineData("09_dis_print")]
    [InlineData("10_switch_interval")]
    [InlineData("11_io_bound_threads")]
    [InlineData("14_rlock_and_errors")]
    public void Compiler_produces_CPython_39s_instructions(string example)
    {
        var ours = PythonCompiler.Compile(ExampleRunTests.Source(example), example + ".py").Module!;
        var cpython = CodeObjectJson.Load(example);
        AssertSameCode(cpython, ours);
    }

    private static void AssertSameCode(Compiler.Bytecode.CodeObject expected, Compiler.Bytecode.CodeObject actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(
            expected.Instructions.Select(i => $"{i.Offset} {i.Opcode} {i.Arg} line {i.Line}"),
            actual.Instructions.Select(i => $"{i.Offset} {i.Opcode} {i.Arg} line {i.Line}"));
        Assert.Equal(expected.Names, actual.Names);
        Assert.Equal(expected.VarNames, actual.VarNames);
        Assert.Equal(expected.StackSize, actual.StackSize);
        Assert.Equal(Convert.ToHexString(expected.LineTable), Convert.ToHexString(actual.LineTable));
        var expectedCodes = expected.Constants.Where(c => c.Code != null).Select(c => c.Code!).ToList();
        var actualCodes = actual.Constants.Where(c => c.Code != null).Select(c => c.Code!).ToList();
        Assert.Equal(expectedCodes.Count, actualCodes.Count);
        for (int i = 0; i < expectedCodes.Count; i++) AssertSameCode(expectedCodes[i], actualCodes[i]);
    }
}
