using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Formatting;
using Microsoft.CodeAnalysis.Simplification;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// Applies one kind of fix to a set of GIL2001/GIL2002 diagnostics of one document. A single fix
/// and Fix All both come here, so fixing one at a time and fixing all at once give the same code.
/// </summary>
internal static class ReadModifyWriteFixer
{
    /// <summary>
    /// <paramref name="document"/> with every diagnostic of <paramref name="diagnostics"/> that
    /// <paramref name="kind"/> can fix fixed, <c>using System.Threading;</c> added if a name needs it,
    /// and the new code formatted.
    /// </summary>
    public static async Task<Document> FixAsync(Document document, IEnumerable<Diagnostic> diagnostics, ReadModifyWriteFixKind kind, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return document;

        var readModifyWrites = diagnostics
            .Where(d => d.Location.IsInSource)
            .Select(d => ReadModifyWrite.Find(root, d.Location.SourceSpan, model, cancellationToken))
            .OfType<ReadModifyWrite>()
            .GroupBy(r => r.Expression).Select(g => g.First())
            .ToList();
        if (readModifyWrites.Count == 0) return document;

        var editor = new SyntaxEditor(root, document.Project.Solution.Services);
        if (kind == ReadModifyWriteFixKind.UseInterlocked)
        {
            // Innermost first: in x += y++ the outer call is built around the already rewritten y++.
            foreach (var rmw in readModifyWrites.OrderBy(r => r.Expression.Span.Length))
            {
                if (InterlockedRewrite.TryCreate(rmw, model, cancellationToken) is { } rewrite)
                    editor.ReplaceNode(rmw.Expression, (current, generator) => rewrite.Apply((ExpressionSyntax)current, generator));
            }
        }
        else
        {
            LockRewrite.Apply(editor, readModifyWrites, model, cancellationToken);
        }

        var changed = document.WithSyntaxRoot(editor.GetChangedRoot());
        // What CodeAction's own cleanup would do, done here so that the result is the same however
        // the document is produced: the using for Interlocked or Lock, the short names, the layout.
        changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        changed = await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return changed;
    }
}
