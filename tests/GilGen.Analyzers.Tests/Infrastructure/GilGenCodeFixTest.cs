using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using GilGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace GilGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// A Microsoft.CodeAnalysis.Testing code-fix test of a GilGen consumer project, set up as
/// <see cref="GilGenAnalyzerTest"/> is (GilGen's generator run first, nullable enabled, the references of
/// <see cref="TestReferences"/>): <c>TestCode</c> marks the diagnostics with the library's markup,
/// <c>FixedCode</c> is the text after fixing them one at a time and <c>BatchFixedCode</c> (when it
/// differs) the text after Fix All, which the library checks in document, project and solution scope.
/// Compiler warnings count as well as errors, so a fix that brings a warning (CS0420 on a volatile field
/// passed by ref, which breaks a TreatWarningsAsErrors build) fails unless the fixed code marks it (CS1591 aside).
/// </summary>
internal sealed class GilGenCodeFixTest : CSharpCodeFixTest<EmptyDiagnosticAnalyzer, EmptyCodeFixProvider, DefaultVerifier>
{
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;
    private readonly CodeFixProvider _fix;

    public GilGenCodeFixTest(DiagnosticAnalyzer analyzer, CodeFixProvider fix)
    {
        _analyzers = [analyzer];
        _fix = fix;
        ReferenceAssemblies = TestReferences.None;
        TestState.AdditionalReferences.AddRange(TestReferences.All);
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
        CompilerDiagnostics = CompilerDiagnostics.Warnings;
        // Test sources are not documented, and no fix touches documentation.
        DisabledDiagnostics.Add("CS1591");
        // A diagnostic a fix leaves (another key's, or one no fix is offered for) is marked in the fixed
        // code; the library would otherwise ignore marked diagnostics of the ids the provider fixes.
        FixedState.MarkupHandling = MarkupMode.Allow;
        BatchFixedState.MarkupHandling = MarkupMode.Allow;
    }

    /// <summary>The language version the sources are parsed at (the latest unless a case is about an older one).</summary>
    public LanguageVersion LanguageVersion { get; init; } = LanguageVersion.Latest;

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => _analyzers;

    protected override IEnumerable<CodeFixProvider> GetCodeFixProviders() => [_fix];

    protected override IEnumerable<Type> GetSourceGenerators() => [typeof(GilGenGenerator)];

    protected override ParseOptions CreateParseOptions() => TestProject.ParseOptions.WithLanguageVersion(LanguageVersion);

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
}
