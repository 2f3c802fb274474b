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
            Assert.Equal(name, module.Name);
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
