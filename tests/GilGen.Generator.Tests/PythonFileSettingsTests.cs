using System.Collections.Generic;
using GilGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GilGen.Generator.Tests;

/// <summary>
/// The AdditionalFiles metadata GilGenNamespace and GilGenFileName (what the runtime's own Lib/*.py use):
/// the class goes to the given namespace, and the code reports the given file name, not the path.
/// </summary>
public sealed class PythonFileSettingsTests
{
    private static GeneratorResult Run(Dictionary<string, string> metadata, string path = "/checkout/somewhere/Lib/queue.py")
    {
        var compilation = GeneratorHarness.CreateCompilation(("Demo/Empty.cs", "namespace Demo { }"));
        var file = new InMemoryAdditionalText(path, "class Queue:\n    pass\n\ndef make():\n    return Queue()\n");
        var options = new GlobalOptionsProvider(
            new Dictionary<string, string> { ["build_property.RootNamespace"] = "Demo" },
            new Dictionary<string, Dictionary<string, string>> { [file.Path] = metadata });
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new GilGenGenerator().AsSourceGenerator() }, new AdditionalText[] { file }, GeneratorHarness.ParseOptions, options);
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        return new GeneratorResult(driver.GetRunResult(), output, diagnostics);
    }

    [Fact]
    public void Metadata_sets_the_namespace_and_the_reported_file_name()
    {
        var result = Run(new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.GilGenNamespace"] = "Lib.Inside",
            ["build_metadata.AdditionalFiles.GilGenFileName"] = "<gilgen>/queue.py",
        });

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationErrors);
        var (hintName, text) = Assert.Single(result.GeneratedSources);
        Assert.StartsWith("Lib.Inside.Queue.", hintName);
        Assert.Contains("namespace Lib.Inside", text);
        Assert.Contains("#line 1 \"<gilgen>/queue.py\"", text);
        Assert.DoesNotContain("/checkout/somewhere", text);
        // A def keeps its C# method; the class named like the enclosing class gets none (CS0542).
        Assert.Contains("public static global::GilGen.Runtime.PyValue make(", text);
        Assert.DoesNotContain("public static global::GilGen.Runtime.PyValue Queue(", text);
    }

    [Fact]
    public void Without_metadata_the_project_namespace_and_the_path_are_used()
    {
        var result = Run(new Dictionary<string, string>());

        Assert.Empty(result.CompilationErrors);
        var (hintName, text) = Assert.Single(result.GeneratedSources);
        Assert.StartsWith("Demo.Queue.", hintName);
        Assert.Contains("namespace Demo", text);
        Assert.Contains("/checkout/somewhere/Lib/queue.py", text);
        Assert.DoesNotContain("<gilgen>", text);
    }

    /// <summary>A file's module registers itself by its dotted name unless the item says GilGenProgramModule="false" (the runtime's Lib).</summary>
    [Theory]
    [InlineData(null, true)]
    [InlineData("false", false)]
    [InlineData("true", true)]
    public void GilGenProgramModule_decides_whether_the_module_registers_itself(string? value, bool registers)
    {
        var metadata = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.GilGenPackageDir"] = "concurrent/futures/" };
        if (value != null) metadata["build_metadata.AdditionalFiles.GilGenProgramModule"] = value;

        var result = Run(metadata, "/c/Lib/concurrent/futures/thread.py");

        Assert.Empty(result.CompilationErrors);
        var (_, text) = Assert.Single(result.GeneratedSources);
        Assert.Equal(registers, text.Contains("[global::System.Runtime.CompilerServices.ModuleInitializer]", System.StringComparison.Ordinal));
        Assert.Equal(registers, text.Contains("ModuleRegistry.RegisterProgramModule(\"concurrent.futures.thread\", static () => ModuleDefinition);", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/c/Lib/concurrent/futures/thread.py", "concurrent/futures/", "concurrent.futures.thread", "ConcurrentFuturesThread")]
    [InlineData("/c/Lib/concurrent/futures/__init__.py", "concurrent\\futures\\", "concurrent.futures", "ConcurrentFutures")]
    [InlineData("/c/Lib/concurrent/__init__.py", "concurrent/", "concurrent", "Concurrent")]
    [InlineData("/c/Lib/queue.py", "", "queue", "Queue")]
    public void GilGenPackageDir_puts_the_module_in_its_package(string path, string packageDir, string moduleName, string className)
    {
        var result = Run(new Dictionary<string, string>
        {
            ["build_metadata.AdditionalFiles.GilGenNamespace"] = "Lib.Inside",
            ["build_metadata.AdditionalFiles.GilGenPackageDir"] = packageDir,
        }, path);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationErrors);
        var (hintName, text) = Assert.Single(result.GeneratedSources);
        Assert.StartsWith("Lib.Inside." + className + ".", hintName);
        Assert.Contains("static partial class " + className, text);
        Assert.Contains("new(\"" + moduleName + "\",", text);
    }
}
