using GilGen.Compiler;
using GilGen.Compiler.Bytecode;
using GilGen.Compiler.Emit;
using GilGen.Runtime;

namespace GilGen.Emitter.Tests;

/// <summary>
/// The contract between the emitter and the runtime, on every program the tests hold: each golden
/// program of the compiler (Golden/*.py) and each CPython 3.9 code object (CPython/*.json) is emitted,
/// compiled by Roslyn against GilGen.Runtime, and run; what it prints must be CPython 3.12's output
/// (Golden/*.out, Examples/*.out). A program that GilGen still refuses is listed with the reason, and
/// the list may only shrink: a listed program that starts working fails until it is moved out.
/// </summary>
public sealed class EmitterRuntimeContractTests
{
    /// <summary>Golden programs GilGen does not run yet, with a part of the diagnostic (or error) that stops them.</summary>
    private static readonly Dictionary<string, string> ExpectedUnsupported = new()
    {
    };

    /// <summary>Golden programs that end with an uncaught exception in CPython 3.12 too (they are written for dis): its last line.</summary>
    private static readonly Dictionary<string, string> RaisesInCPython = new()
    {
        ["20_classes_methods"] = "TypeError: Child.__init_subclass__() takes no keyword arguments",
    };

    /// <summary>CPython examples GilGen does not run yet, with a part of the error that stops them.</summary>
    private static readonly Dictionary<string, string> ExpectedUnsupportedExamples = new()
    {
    };

    /// <summary>CPython examples that are compiled but not run here: no recorded output (timings, a process pool).</summary>
    private static readonly Dictionary<string, string> CompiledOnly = new()
    {
        ["01_countdown_single"] = "prints wall-clock timings of a 100-million-step loop",
        ["02_countdown_two_threads"] = "prints wall-clock timings of a 100-million-step loop",
        ["13_process_pool"] = "starts worker processes; its output is not recorded",
    };

    public static TheoryData<string> GoldenPrograms()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Golden"), "*.py").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name != "make-golden") data.Add(name);
        }
        return data;
    }

    public static TheoryData<string> CPythonCodeObjects()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "CPython"), "*.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(path));
        return data;
    }

    private sealed record Outcome(string? Refused, string Stdout, string Stderr);

    // Emits and compiles code; runs it unless told not to. A refusal (GIL0002/GIL0003 from the compiler,
    // EmitException from the emitter, an uncaught Python exception) is an outcome; anything else that
    // goes wrong (C# that does not compile, a .NET exception) fails the test.
    private static Outcome EmitCompileRun(string name, string source, CodeObject code, bool run)
    {
        var request = new ModuleEmitRequest("Emitted", new[] { "public static partial class Program" }, name + ".py", 0,
            "__main__", source, Array.Empty<FunctionBinding>(), ExposeModuleMembers: true);
        string csharp;
        try
        {
            csharp = CSharpEmitter.Emit(code, request);
        }
        catch (EmitException e)
        {
            return new Outcome(DiagnosticIds.UnsupportedConstruct + ": " + e.Message, "", "");
        }
        var assembly = EmittedAssembly.Compile(csharp, name.Replace('-', '_'));
        var definition = (ModuleDefinition)assembly.GetType("Emitted.Program")!.GetProperty("ModuleDefinition")!.GetValue(null)!;
        if (!run) return new Outcome(null, "", "");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var interpreter = new GilInterpreter(new GilOptions { Profile = RuntimeProfile.Modern, Stdout = stdout, Stderr = stderr });
        try
        {
            interpreter.Run(definition);
        }
        catch (PyException e)
        {
            // A Python exception nothing caught: what stops the program (a missing module, say).
            return new Outcome(e.Message, stdout.ToString(), stderr.ToString());
        }
        return new Outcome(null, stdout.ToString(), stderr.ToString());
    }

    private static Outcome Golden(string name)
    {
        var source = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name + ".py"));
        var compiled = PythonCompiler.Compile(source, name + ".py");
        if (!compiled.Success)
        {
            var refusals = compiled.Diagnostics.Where(d => d.Id is DiagnosticIds.UnsupportedConstruct or DiagnosticIds.UnknownModule).ToList();
            Assert.True(refusals.Count == compiled.Diagnostics.Count, "not a refusal:\n" + string.Join("\n", compiled.Diagnostics));
            return new Outcome(string.Join("\n", refusals.Select(d => d.Id + ": " + d.Message)), "", "");
        }
        return EmitCompileRun(name, source, compiled.Module!, run: true);
    }

    [Theory]
    [MemberData(nameof(GoldenPrograms))]
    public void Golden_program_emits_compiles_and_prints_what_CPython_prints(string name)
    {
        var outcome = Golden(name);
        if (ExpectedUnsupported.TryGetValue(name, out var reason))
        {
            var failure = outcome.Refused;
            Assert.True(failure is not null, $"{name} now runs: move it out of {nameof(ExpectedUnsupported)} (the list only shrinks)");
            Assert.Contains(reason, failure);
            return;
        }
        if (RaisesInCPython.TryGetValue(name, out var exception))
        {
            Assert.True(outcome.Refused is not null, $"{name} raised nothing; CPython 3.12 raises {exception}");
            Assert.Contains(exception, outcome.Refused);
        }
        else Assert.True(outcome.Refused is null, outcome.Refused);
        var outPath = Path.Combine(AppContext.BaseDirectory, "Golden", name + ".out");
        Assert.True(File.Exists(outPath), $"{name}.out is missing: record CPython 3.12's output beside {name}.py (PYENV_VERSION=3.12.1 pyenv exec python {name}.py > {name}.out)");
        var expected = File.ReadAllText(outPath);
        Assert.Equal("", outcome.Stderr);
        Assert.Equal(expected, outcome.Stdout);
    }

    [Theory]
    [MemberData(nameof(CPythonCodeObjects))]
    public void CPython_code_object_emits_compiles_and_prints_its_output(string example)
    {
        var source = ExampleRunTests.Source(example);
        var run = !CompiledOnly.ContainsKey(example);
        var outcome = EmitCompileRun(example, source, CodeObjectJson.Load(example), run);
        if (ExpectedUnsupportedExamples.TryGetValue(example, out var reason))
        {
            Assert.True(outcome.Refused is not null, $"{example} now runs: move it out of {nameof(ExpectedUnsupportedExamples)} (the list only shrinks)");
            Assert.Contains(reason, outcome.Refused);
            return;
        }
        Assert.True(outcome.Refused is null, outcome.Refused);
        if (!run) return;
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", example + ".out"));
        Assert.Equal("", outcome.Stderr);
        Assert.Equal(expected, outcome.Stdout);
    }

    [Fact]
    public void Every_example_without_a_recorded_output_is_listed_with_its_reason()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "CPython"), "*.json"))
        {
            var example = Path.GetFileNameWithoutExtension(path);
            bool recorded = File.Exists(Path.Combine(AppContext.BaseDirectory, "Examples", example + ".out"));
            Assert.True(recorded != CompiledOnly.ContainsKey(example), example);
        }
    }
}
