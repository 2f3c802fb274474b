using GilGen.Compiler;
using GilGen.Runtime;

namespace GilGen.Emitter.Tests;

/// <summary>
/// Checked reference counts (on in every test project, tests/Directory.Build.targets) catch a deliberately
/// broken builtin called from generated code: one that returns its borrowed argument as a new reference.
/// </summary>
public sealed class CheckedRefCountRunTests
{
    private const string Source =
        "def use(borrowed_as_new):\n" +
        "    items = [1, 2, 3]\n" +
        "    alias = borrowed_as_new(items)\n" +
        "    del alias\n" +
        "    return len(items)\n";

    [Fact]
    public void A_builtin_returning_a_borrowed_reference_as_new_is_caught_at_the_next_use_with_the_type_name()
    {
        Assert.True(CheckedRefCounts.Enabled);
        var compiled = PythonCompiler.Compile(Source, "broken_builtin.py");
        Assert.True(compiled.Success);
        var definition = ExampleRunTests.Load("broken_builtin", Source, compiled.Module!);
        var interp = new GilInterpreter(new GilOptions { Stdout = new StringWriter(), Stderr = new StringWriter() });
        var module = interp.Run(definition, "broken_builtin");
        // The slip: no IncRef of args[0] before returning it.
        var broken = PyValue.From(new PyBuiltinFunction("borrowed_as_new", (ts, args, kw) => args[0]));
        var ts = interp.Ensure();
        try
        {
            var use = module.GetGlobal("use");
            var e = Assert.Throws<RefCountViolationException>(() => Ops.Call(ts, use, new[] { broken }, null));
            Assert.Contains("GilGen bug: use of a released 'list' object", e.Message);
            Assert.Equal("list", e.TypeName);
        }
        finally { interp.Release(ts); }
    }

    [Fact]
    public void The_same_function_with_a_correct_builtin_runs()
    {
        var compiled = PythonCompiler.Compile(Source, "correct_builtin.py");
        var definition = ExampleRunTests.Load("correct_builtin", Source, compiled.Module!);
        var interp = new GilInterpreter(new GilOptions { Stdout = new StringWriter(), Stderr = new StringWriter() });
        var module = interp.Run(definition, "correct_builtin");
        var correct = PyValue.From(new PyBuiltinFunction("new_reference", (ts, args, kw) => args[0].NewRef()));
        var ts = interp.Ensure();
        try
        {
            var result = Ops.Call(ts, module.GetGlobal("use"), new[] { correct }, null);
            Assert.Equal(3, result.IntValue);
        }
        finally { interp.Release(ts); }
    }
}
