using System.Collections.Generic;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace GilGen.Generator.Tests.Infrastructure;

/// <summary>
/// A Microsoft.CodeAnalysis.Testing source-generator test of GilGen's generator, for its diagnostics:
/// sources and .py AdditionalFiles mark each expected diagnostic with the library's markup
/// (<c>{|GIL0004:F|}</c>, or <c>{|#0:F|}</c> with a <see cref="DiagnosticResult"/> that also names the
/// message), and the generator must report exactly those, and never fail (CS8785). The generated code
/// itself is the snapshot tests' concern, not compared here. The references are
/// <see cref="GeneratorHarness.References"/>: nothing is downloaded.
/// </summary>
internal sealed class GeneratorDiagnosticTest : CSharpSourceGeneratorTest<GilGenGenerator, DefaultVerifier>
{
    public GeneratorDiagnosticTest()
    {
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(GeneratorHarness.References);
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        // The cases are about the generator's diagnostics; C# errors of a declaration it refuses (a
        // partial method left without a body) are the compiler's, so they count only where a case says so.
        CompilerDiagnostics = CompilerDiagnostics.None;
    }

    protected override ParseOptions CreateParseOptions() => GeneratorHarness.ParseOptions;

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);

    /// <summary>Checks the generator's diagnostics for one C# source at <paramref name="path"/>.</summary>
    public static Task VerifyAsync(string path, string markup, params DiagnosticResult[] expected)
        => VerifyAsync([(path, markup)], [], CompilerDiagnostics.None, expected);

    /// <summary>Checks the generator's diagnostics for C# sources and .py AdditionalFiles.</summary>
    public static Task VerifyAsync(IEnumerable<(string Path, string Markup)> sources, IEnumerable<(string Path, string Markup)> additionalFiles,
        CompilerDiagnostics compilerDiagnostics, params DiagnosticResult[] expected)
    {
        var test = new GeneratorDiagnosticTest { CompilerDiagnostics = compilerDiagnostics };
        foreach (var source in sources) test.TestState.Sources.Add(source);
        foreach (var file in additionalFiles) test.TestState.AdditionalFiles.Add(file);
        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
