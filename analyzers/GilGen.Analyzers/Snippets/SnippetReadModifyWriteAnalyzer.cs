using System;
using GilGen.Generator.Snippets;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GilGen.Analyzers.Snippets;

/// <summary>
/// GIL1001: a read-modify-write of shared state (<c>n += 1</c> on a global, a nonlocal, an
/// attribute or an item of a shared container) in a Python snippet function that can run on
/// several threads, with no lock held. Looks at the snippets the generator compiles —
/// <c>[GilFunction]</c> and <c>[GilModule]</c> attribute strings and .py AdditionalFiles — and
/// reports at the statement, inside the string literal or the .py file. GIL1002 (an <c>if</c> that
/// tests shared state and then changes it, no lock spanning both) comes from the same analysis.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SnippetReadModifyWriteAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.SnippetReadModifyWrite, DiagnosticDescriptors.SnippetCheckThenAct);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        // The generator implements a [GilFunction] method with a [GeneratedCode] part, and Roslyn
        // then treats the whole partial method, user-written attribute included, as generated code
        // (dotnet/roslyn#76166): with GeneratedCodeAnalysisFlags.None its snippet would never be
        // seen. Generated code has no GilGen snippet attributes of its own, so analyzing it costs
        // one symbol lookup per attribute of a method or class and reports nothing more than the
        // generator compiles.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            // Without GilGen's attributes there are no attribute snippets; .py files still count.
            if (start.Compilation.GetTypeByMetadataName(SnippetAttributeNames.GilFunction) is not null
                || start.Compilation.GetTypeByMetadataName(SnippetAttributeNames.GilModule) is not null)
            {
                // One action per document that visits only declarations (SnippetAttributes), not a
                // syntax-node action on Attribute: that one makes the analyzer driver walk every node
                // of every member body, generated code's included since this analyzer analyzes it.
                start.RegisterSemanticModelAction(AnalyzeDocument);
            }
            start.RegisterAdditionalFileAction(AnalyzePythonFile);
        });
    }

    private static void AnalyzeDocument(SemanticModelAnalysisContext context)
    {
        var root = context.SemanticModel.SyntaxTree.GetRoot(context.CancellationToken);
        foreach (var attribute in SnippetAttributes.In(root))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var source = SnippetSource.FromAttribute(attribute, context.SemanticModel, context.CancellationToken);
            if (source is null) continue;
            Report(source, context.ReportDiagnostic, context.CancellationToken);
        }
    }

    private static void AnalyzePythonFile(AdditionalFileAnalysisContext context)
    {
        var file = context.AdditionalFile;
        if (!file.Path.EndsWith(".py", StringComparison.OrdinalIgnoreCase)) return;
        var text = file.GetText(context.CancellationToken);
        if (text is null) return;
        Report(SnippetSource.FromPythonFile(file.Path, text), context.ReportDiagnostic, context.CancellationToken);
    }

    private static void Report(SnippetSource source, Action<Diagnostic> report, System.Threading.CancellationToken cancellationToken)
    {
        var analysis = SnippetAnalysis.Analyze(source.Text, cancellationToken);
        if (analysis is null) return;
        foreach (var racy in analysis.RacyStatements)
        {
            var location = source.LocationOf(racy.Statement.Start, racy.Statement.Length);
            report(Diagnostic.Create(DiagnosticDescriptors.SnippetReadModifyWrite, location, racy.Text, racy.Between));
        }
        foreach (var checkThenAct in analysis.CheckThenActs)
        {
            var location = source.LocationOf(checkThenAct.Reported.Start, checkThenAct.Reported.Length);
            report(Diagnostic.Create(DiagnosticDescriptors.SnippetCheckThenAct, location, checkThenAct.Header, checkThenAct.Checked, checkThenAct.Window));
        }
    }
}
