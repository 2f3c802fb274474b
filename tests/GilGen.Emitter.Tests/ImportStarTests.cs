using GilGen.Compiler;
using GilGen.Compiler.Emit;
using GilGen.Runtime;

namespace GilGen.Emitter.Tests;

/// <summary>
/// <c>from module import *</c> of the program's own modules (the conformance corpus, one file per program, covers the
/// runtime's: modules2/432_import_star): a module's <c>__all__</c>, a package's submodules named in it, and a module
/// that takes the name of a runtime module keeping no <c>__all__</c>. Expected output: CPython 3.12's on the same files.
/// </summary>
public sealed class ImportStarTests
{
    [Fact]
    public void Import_star_follows_the_modules_all_and_imports_the_submodules_a_packages_all_names()
    {
        var stdout = Run(
            ("pkg", "pkg/__init__.py", "__all__ = ['sub', 'x']\nx = 1\n"),
            ("pkg.sub", "pkg/sub.py", "y = 2\n"),
            ("helper", "helper.py", "__all__ = ['shown', '_listed']\nshown = 'shown'\n_listed = 'listed'\nhidden = 'hidden'\n"),
            ("__main__", "main.py", """
                from pkg import *
                print(x, sub.y)
                from helper import *
                print(shown, _listed, "hidden" in globals())
                """));
        Assert.Equal("1 2\nshown listed False\n", stdout);
    }

    [Fact]
    public void A_program_module_named_as_a_runtime_module_binds_its_public_names_and_gets_no_all()
    {
        var stdout = Run(
            ("queue", "queue.py", "a = 1\n_b = 2\ndef Queue():\n    return 'mine'\n"),
            ("__main__", "main.py", """
                from queue import *
                print(a, Queue(), "_b" in globals())
                import queue
                print("__all__" in vars(queue))
                """));
        Assert.Equal("1 mine False\nFalse\n", stdout);
    }

    // Emits each module, registers all but the last in a new interpreter, and runs the last as __main__.
    private static string Run(params (string Name, string File, string Source)[] modules)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var interp = new GilGen.GilInterpreter(new GilGen.GilOptions { Stdout = stdout, Stderr = stderr });
        ModuleDefinition? main = null;
        var options = new CompilerOptions { KnownModules = CompilerOptions.DefaultKnownModules.Concat(modules.Select(m => m.Name)).ToArray() };
        foreach (var (name, file, source) in modules)
        {
            var result = PythonCompiler.Compile(source, file, options);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => $"{file} {d.Line}:{d.Column} {d.Id} {d.Message}")));
            var typeName = "M" + name.Replace('.', '_');
            var request = new ModuleEmitRequest("Emitted", new[] { $"public static partial class {typeName}" }, file, 0, name, source,
                Array.Empty<FunctionBinding>(), ExposeModuleMembers: true);
            var type = EmittedAssembly.Compile(CSharpEmitter.Emit(result.Module!, request)).GetType("Emitted." + typeName)!;
            var definition = (ModuleDefinition)type.GetProperty("ModuleDefinition")!.GetValue(null)!;
            if (name == "__main__") main = definition;
            else interp.Modules.Register(definition);
        }
        interp.Run(main!);
        Assert.Equal("", stderr.ToString());
        return stdout.ToString();
    }
}
