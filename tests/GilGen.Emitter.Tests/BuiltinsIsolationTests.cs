using GilGen.Compiler;
using GilGen.Compiler.Emit;
using GilGen.Runtime;

namespace GilGen.Emitter.Tests;

/// <summary>
/// Each interpreter has its own builtins module, as each CPython interpreter does: a program that rebinds or adds a
/// builtin changes the names of its own interpreter only, also when others run in the same process (the conformance
/// corpus runs its programs side by side in one).
/// </summary>
public sealed class BuiltinsIsolationTests
{
    private const string Source = """
        import builtins
        print(len("ab"), hasattr(builtins, "marker"), vars(builtins) is vars(builtins))
        builtins.len = lambda x: -1
        builtins.marker = 1
        saved = builtins.vars
        builtins.vars = lambda: "rebound"
        print(len("ab"), marker, vars())
        builtins.vars = saved
        """;

    [Fact]
    public void A_builtin_rebound_by_one_interpreter_is_unchanged_in_the_next()
    {
        var result = PythonCompiler.Compile(Source, "rebinds.py");
        Assert.NotNull(result.Module);
        var request = new ModuleEmitRequest("Emitted", new[] { "public static partial class Rebinds" }, "rebinds.py", 0,
            "__main__", Source, Array.Empty<FunctionBinding>(), ExposeModuleMembers: true);
        var assembly = EmittedAssembly.Compile(CSharpEmitter.Emit(result.Module!, request));
        var definition = (ModuleDefinition)assembly.GetType("Emitted.Rebinds")!.GetProperty("ModuleDefinition")!.GetValue(null)!;

        foreach (var run in new[] { "first", "second" })
        {
            var stdout = new StringWriter();
            var interp = new GilGen.GilInterpreter(new GilGen.GilOptions { Stdout = stdout, Stderr = stdout });
            interp.Run(definition);
            Assert.True("2 False True\n-1 1 rebound\n" == stdout.ToString(), $"{run} interpreter printed:\n{stdout}");
        }
        // The module every interpreter's copy is made from is untouched.
        Assert.Null(BuiltinsModule.Instance.FindSlot("marker"));
        Assert.IsType<PyBuiltinFunction>(BuiltinsModule.Instance.FindSlot("len")!.Value.Obj);
    }
}
