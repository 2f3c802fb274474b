using GilGen.Compiler.Emit;
using GilGen.Runtime;

namespace GilGen.Emitter.Tests;

/// <summary>
/// The seeds' examples, compiled by CPython 3.9 (committed JSON), emitted as C#, compiled with Roslyn
/// and run on GilGen's runtime: what they print must be their .out, byte for byte.
/// </summary>
public sealed class ExampleRunTests
{
    private static (string Stdout, string Stderr) Run(string example) => Run(example, CodeObjectJson.Load(example), RuntimeProfile.Modern);

    internal static string Source(string example) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", example + ".py"));

    /// <summary>Emits <paramref name="code"/>, compiles the C# with Roslyn and runs it as __main__ in a new interpreter.</summary>
    internal static (string Stdout, string Stderr) Run(string example, GilGen.Compiler.Bytecode.CodeObject code, RuntimeProfile profile)
        => RunSource(example, Source(example), code, profile);

    /// <summary>Emits <paramref name="code"/> (compiled from <paramref name="source"/>), compiles the C# and runs it as __main__.</summary>
    internal static (string Stdout, string Stderr) RunSource(string example, string source, GilGen.Compiler.Bytecode.CodeObject code, RuntimeProfile profile)
    {
        var definition = Load(example, source, code);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var interp = new GilGen.GilInterpreter(new GilGen.GilOptions { Profile = profile, Stdout = stdout, Stderr = stderr });
        interp.Run(definition);
        return (stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// Runs <paramref name="code"/> under the deterministic scheduler (one seeded schedule, virtual time): for a
    /// program whose output depends on how long real threads took, such as example 11's "sleeps overlapped"
    /// (elapsed below 1 s for ten 0.2 s sleeps), which a loaded machine could make false on real threads.
    /// Under virtual time a sleep that releases the GIL lets the other sleepers' time run at once; one that held it
    /// would add up to 2 s.
    /// </summary>
    internal static ScheduledRunResult RunScheduled(string example, GilGen.Compiler.Bytecode.CodeObject code, int seed)
        => ScheduledRun.Run(Load(example, Source(example), code), RuntimeProfile.Modern, new PctStrategy(seed, depth: 3, steps: 10_000), maxSteps: 1_000_000);

    /// <summary>Compiles <paramref name="source"/> with GilGen's compiler (failing the test on a diagnostic) and runs it as __main__ under the modern profile.</summary>
    internal static (string Stdout, string Stderr) CompileAndRun(string name, string source)
    {
        var result = GilGen.Compiler.PythonCompiler.Compile(source, name + ".py");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Id} {d.Message}")));
        return RunSource(name, source, result.Module!, RuntimeProfile.Modern);
    }

    /// <summary><see cref="CompileAndRun"/> for a program that must write nothing to stderr: its stdout.</summary>
    internal static string CompileAndRunOk(string name, string source)
    {
        var (stdout, stderr) = CompileAndRun(name, source);
        Assert.Equal("", stderr);
        return stdout;
    }

    /// <summary>Emits <paramref name="code"/> (compiled from <paramref name="source"/>), compiles the C# and loads the module's definition.</summary>
    internal static ModuleDefinition Load(string example, string source, GilGen.Compiler.Bytecode.CodeObject code)
    {
        var emitted = EmitType(example, source, code);
        return (ModuleDefinition)emitted.GetProperty("ModuleDefinition")!.GetValue(null)!;
    }

    /// <summary>Emits <paramref name="code"/>, compiles the C# and returns the generated class (whose static fields hold the module's inline caches).</summary>
    internal static Type EmitType(string example, string source, GilGen.Compiler.Bytecode.CodeObject code)
    {
        var request = new ModuleEmitRequest("Emitted", new[] { "public static partial class Example" }, example + ".py", 0,
            "__main__", source, Array.Empty<FunctionBinding>(), ExposeModuleMembers: true);
        var csharp = CSharpEmitter.Emit(code, request);
        if (Environment.GetEnvironmentVariable("GILGEN_DUMP") is { Length: > 0 } dump) File.WriteAllText(Path.Combine(dump, example + ".g.cs"), csharp);
        return EmittedAssembly.Compile(csharp).GetType("Emitted.Example")!;
    }

    [Theory]
    [InlineData("03_refcount")]
    [InlineData("04_race_100_threads")]
    [InlineData("06_lock_100_threads")]
    [InlineData("07_race_counter")]
    [InlineData("08_lock_counter")]
    [InlineData("10_switch_interval")]
    [InlineData("12_thread_pool")]
    [InlineData("14_rlock_and_errors")]
    public void Example_prints_its_expected_output(string example)
    {
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", example + ".out"));
        var (stdout, stderr) = Run(example);
        Assert.Equal("", stderr);
        Assert.Equal(expected, stdout);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Io_bound_threads_overlap_their_sleeps_under_a_seeded_schedule(int seed)
    {
        const string example = "11_io_bound_threads";
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", example + ".out"));
        ScheduledRunResult run = RunScheduled(example, CodeObjectJson.Load(example), seed);
        Assert.Null(run.Aborted);
        Assert.Equal("", run.Stderr);
        Assert.Equal(expected, run.Stdout);
    }
}
