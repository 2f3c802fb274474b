using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GilGen.Cli.Compilation;

/// <summary>Compiles one C# file of generated code into an optimized assembly image with Roslyn.</summary>
public static class CSharpAssemblyCompiler
{
    /// <summary>Compiles <paramref name="code"/> into an assembly named <paramref name="assemblyName"/>.</summary>
    /// <param name="code">The emitted C#.</param>
    /// <param name="assemblyName">A name unique to this script, so that several scripts load side by side in one process.</param>
    /// <param name="path">Shown in Roslyn's messages should the code not compile.</param>
    /// <exception cref="EmittedCodeException">Roslyn reported errors.</exception>
    public static byte[] Compile(string code, string assemblyName, string path) =>
        Compile(new[] { (code, path) }, assemblyName);

    /// <summary>
    /// Compiles several files of generated code into one assembly: one Roslyn compilation costs
    /// much the same for one small script as for twenty, so the fuzzer compiles them in batches.
    /// </summary>
    /// <param name="files">Each file's C# and the path shown in Roslyn's messages.</param>
    /// <param name="assemblyName">A name unique to this batch.</param>
    /// <exception cref="EmittedCodeException">Roslyn reported errors.</exception>
    public static byte[] Compile(IReadOnlyList<(string Code, string Path)> files, string assemblyName)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        SyntaxTree[] trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Code, parseOptions, f.Path, Encoding.UTF8)).ToArray();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithAllowUnsafe(true)
            .WithDeterministic(true);
        CSharpCompilation compilation = CSharpCompilation.Create(assemblyName, trees, FrameworkReferences.Get(), options);

        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        if (!result.Success)
        {
            List<string> errors = result.Diagnostics
                .Where(d => d.Severity == DiagnosticSeverity.Error)
                .Select(d => d.ToString())
                .ToList();
            throw new EmittedCodeException(errors);
        }
        return image.ToArray();
    }
}
