using GilGen.Compiler;
using GilGen.Runtime;

namespace GilGen.Emitter.Tests;

/// <summary>
/// One list of modules: every name the compiler accepts in <c>import</c> is a module the runtime makes,
/// and every module the runtime makes is accepted by the compiler.
/// </summary>
public sealed class ImportableModulesTests
{
    public static TheoryData<string> CompilerNames => new(CompilerOptions.DefaultKnownModules);

    [Fact]
    public void The_compiler_accepts_exactly_the_runtime_registrys_modules()
    {
        Assert.Equal(
            ModuleRegistry.BuiltinModuleNames.Concat(ModuleRegistry.LibraryModuleNames).OrderBy(n => n, StringComparer.Ordinal),
            CompilerOptions.DefaultKnownModules.OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(ModuleRegistry.ImportableModuleNames, CompilerOptions.DefaultKnownModules);
    }

    [Theory]
    [MemberData(nameof(CompilerNames))]
    public void A_module_the_compiler_accepts_imports_at_run_time(string name)
    {
        var compiled = PythonCompiler.Compile($"import {name}\n", "m.py");
        Assert.True(compiled.Success, string.Join("\n", compiled.Diagnostics));

        var interp = new GilInterpreter(new GilOptions { Stdout = new StringWriter(), Stderr = new StringWriter() });
        var ts = interp.Ensure();
        try
        {
            var module = interp.Modules.Import(ts, name);
            // os.path is the module posixpath under a second name, as in CPython (os.path.__name__ == 'posixpath').
            Assert.Equal(name == "os.path" ? "posixpath" : name, module.Name);
        }
        finally { interp.Release(ts); }
    }

    /// <summary>
    /// With extension modules registered (this assembly's <c>testexports</c>, docs/exports.md), the list the
    /// compiler is given at run time is still the registry's: each name compiles and imports, and a name no one
    /// registered is still GIL0003.
    /// </summary>
    [Fact]
    public void The_runtime_list_with_extension_modules_compiles_and_imports_both_ways()
    {
        var names = ModuleRegistry.AllImportableModuleNames;
        Assert.Contains("testexports", names);
        Assert.Equal(ModuleRegistry.ImportableModuleNames.Concat(ExtensionModules.Names).OrderBy(n => n, StringComparer.Ordinal), names.OrderBy(n => n, StringComparer.Ordinal));
        var options = new CompilerOptions { KnownModules = names.ToArray() };
        Assert.True(PythonCompiler.Compile("import testexports\n", "m.py", options).Success);
        Assert.Contains(PythonCompiler.Compile("import testexports\n", "m.py").Diagnostics, d => d.Id == "GIL0003");
        Assert.Contains(PythonCompiler.Compile("import not_registered\n", "m.py", options).Diagnostics, d => d.Id == "GIL0003");

        var interp = new GilInterpreter(new GilOptions { Stdout = new StringWriter(), Stderr = new StringWriter() });
        var ts = interp.Ensure();
        try
        {
            foreach (var name in ExtensionModules.Names) Assert.Equal(name, interp.Modules.Import(ts, name).Name);
            Assert.True(interp.Modules.CanImport("testexports"));
        }
        finally { interp.Release(ts); }
    }

    [Theory]
    [InlineData("socket")]
    [InlineData("numpy")]
    public void A_module_the_runtime_lacks_is_GIL0003_at_compile_time(string name)
    {
        var compiled = PythonCompiler.Compile($"import {name}\n", "m.py");
        Assert.False(compiled.Success);
        Assert.Contains(compiled.Diagnostics, d => d.Id == "GIL0003");
        Assert.DoesNotContain(name, ModuleRegistry.BuiltinModuleNames);
        Assert.DoesNotContain(name, ModuleRegistry.LibraryModuleNames);
    }
}
