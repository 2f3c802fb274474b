using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using GilGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace GilGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// A Microsoft.CodeAnalysis.Testing analyzer test of a GilGen consumer project: any set of GilGen's
/// analyzers (the library's generic parameter takes one), GilGen's source generator run first so
/// [GilFunction] partials are implemented, nullable enabled, and the references of
/// <see cref="TestReferences"/> (restored packages: nothing is downloaded while tests run).
/// </summary>
internal sealed class GilGenAnalyzerTest : CSharpAnalyzerTest<EmptyDiagnosticAnalyzer, DefaultVerifier>
{
    private readonly ImmutableArray<DiagnosticAnalyzer> _analyzers;

    public GilGenAnalyzerTest(ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        _analyzers = analyzers;
        ReferenceAssemblies = TestReferences.None;
        TestState.AdditionalReferences.AddRange(TestReferences.All);
        // The generated C# is checked by compiling it (CompilerDiagnostics), not against a copy.
        TestBehaviors |= TestBehaviors.SkipGeneratedSourcesCheck;
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => _analyzers;

    protected override IEnumerable<Type> GetSourceGenerators() => [typeof(GilGenGenerator)];

    protected override ParseOptions CreateParseOptions() => TestProject.ParseOptions;

    protected override CompilationOptions CreateCompilationOptions() =>
        ((CSharpCompilationOptions)base.CreateCompilationOptions()).WithNullableContextOptions(NullableContextOptions.Enable);
}
