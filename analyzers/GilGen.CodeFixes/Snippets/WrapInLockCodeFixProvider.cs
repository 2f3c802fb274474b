using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using GilGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GilGen.CodeFixes.Snippets;

/// <summary>
/// GIL1001's and GIL1002's fix, "Wrap in 'with lock:'": puts the racy statement (for GIL1002 the
/// whole <c>if</c>, test and change together) in a <c>with</c> block on the
/// module's lock, adding <c>lock = threading.Lock()</c> (and <c>import threading</c>) when the
/// module has none. Works inside <c>[GilFunction]</c>/<c>[GilModule]</c> string literals (regular,
/// verbatim, raw) and in .py AdditionalFiles; Fix All gives all the statements of a snippet one lock.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(WrapInLockCodeFixProvider),
    DocumentKinds = new[] { nameof(TextDocumentKind.Document), nameof(TextDocumentKind.AdditionalDocument) })]
[Shared]
public sealed class WrapInLockCodeFixProvider : CodeFixProvider
{
    /// <summary>The title of the fix.</summary>
    public const string Title = "Wrap in 'with lock:'";

    /// <summary>The equivalence key shared by every instance of the fix (what Fix All groups by).</summary>
    public const string EquivalenceKey = "GIL1001.WrapInLock";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.SnippetReadModifyWrite.Id, DiagnosticDescriptors.SnippetCheckThenAct.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => SnippetFixAllProvider.Instance;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        // TextDocument, not Document: a .py AdditionalFile is not a source document.
        var document = context.TextDocument;
        foreach (var diagnostic in context.Diagnostics)
        {
            var fixedText = await SnippetDocumentFix.FixedTextAsync(document, new[] { diagnostic }, context.CancellationToken).ConfigureAwait(false);
            if (fixedText is null) continue;
            var solution = SnippetDocumentFix.WithText(document.Project.Solution, document, fixedText);
            context.RegisterCodeFix(
                CodeAction.Create(Title, _ => Task.FromResult(solution), EquivalenceKey),
                diagnostic);
        }
    }
}
