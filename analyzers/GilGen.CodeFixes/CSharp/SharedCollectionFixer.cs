using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// Applies one kind of GIL2006 fix to a set of diagnostics of one document; a single fix and Fix All
/// both come here, so they give the same code (each variable changes type once; lock fixes of one
/// variable share one gate).
/// </summary>
internal static class SharedCollectionFixer
{
    /// <summary><paramref name="document"/> with every diagnostic that <paramref name="kind"/> can fix fixed, names imported and the new code formatted.</summary>
    public static async Task<Document> FixAsync(Document document, IEnumerable<Diagnostic> diagnostics, SharedCollectionFixKind kind, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return document;
        var sites = diagnostics
            .Where(d => d.Location.IsInSource)
            .Select(d => CollectionMutationSite.Find(root, d.Location.SourceSpan, model, cancellationToken))
            .OfType<CollectionMutationSite>()
            .ToList();
        if (sites.Count == 0) return document;
        var editor = new SyntaxEditor(root, document.Project.Solution.Services);
        if (kind == SharedCollectionFixKind.UseConcurrentCollection)
        {
            // Each variable is checked on its own (its rewrite must compile); the ones that pass are applied together.
            foreach (var site in sites.GroupBy(s => s.Variable, SymbolEqualityComparer.Default).Select(g => g.First()))
            {
                if (await ConcurrentCollectionRewrite.TryCreateAsync(document, site, cancellationToken).ConfigureAwait(false) is { } rewrite)
                    rewrite.Apply(editor);
            }
        }
        else
        {
            var targets = sites
                .Select(s => LockSite.ForExpression(s.Expression, s.Operation) is { } site ? new LockTarget(site, s.Variable, s.Expression.SpanStart) : null)
                .OfType<LockTarget>();
            LockRewrite.Apply(editor, targets, model, cancellationToken);
        }
        return await CheckThenActFixer.CleanUpAsync(document.WithSyntaxRoot(editor.GetChangedRoot()), cancellationToken).ConfigureAwait(false);
    }
}
