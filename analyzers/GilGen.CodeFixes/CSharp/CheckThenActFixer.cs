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
/// Applies one kind of GIL2005 fix to a set of diagnostics of one document; a single fix and Fix All
/// both come here, so they give the same code (lock fixes of one variable share one gate).
/// </summary>
internal static class CheckThenActFixer
{
    /// <summary><paramref name="document"/> with every diagnostic that <paramref name="kind"/> can fix fixed, names imported and the new code formatted.</summary>
    public static async Task<Document> FixAsync(Document document, IEnumerable<Diagnostic> diagnostics, CheckThenActFixKind kind, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return document;
        var sites = diagnostics
            .Where(d => d.Location.IsInSource)
            .Select(d => CheckThenActSite.Find(root, d.Location.SourceSpan, model, cancellationToken))
            .OfType<CheckThenActSite>()
            .GroupBy(s => s.Statement).Select(g => g.First())
            // An if inside another's branch is left to the outer one's fix.
            .ToList();
        sites = sites.Where(s => !sites.Any(o => o != s && o.Statement.Span.Contains(s.Statement.Span))).ToList();
        if (sites.Count == 0) return document;
        var editor = new SyntaxEditor(root, document.Project.Solution.Services);
        switch (kind)
        {
            case CheckThenActFixKind.UseConcurrentDictionary:
                foreach (var site in sites)
                {
                    if (ConcurrentDictionaryRewrite.TryCreate(site) is { } replacement)
                        editor.ReplaceNode(site.Statement, replacement.Statement);
                }
                break;
            case CheckThenActFixKind.UseLazy:
                foreach (var site in sites.GroupBy(s => s.Variable, SymbolEqualityComparer.Default).Where(g => g.Count() == 1).Select(g => g.First()))
                    LazyRewrite.TryCreate(site, model, cancellationToken)?.Apply(editor, model);
                break;
            default:
                var targets = new List<LockTarget>();
                foreach (var site in sites)
                {
                    // Double-checked: the inner lock alone is right (the unlocked first test was the bug).
                    if (site.Shape.DoubleChecked && site.InnerLock is { } inner)
                        editor.ReplaceNode(site.Statement, inner.WithTriviaFrom(site.Statement).WithAdditionalAnnotations(Formatter.Annotation));
                    else if (LockSite.ForStatement(site.Statement) is { } lockSite)
                        targets.Add(new LockTarget(lockSite, site.Variable, site.Statement.SpanStart));
                }
                LockRewrite.Apply(editor, targets, model, cancellationToken);
                break;
        }
        return await CleanUpAsync(document.WithSyntaxRoot(editor.GetChangedRoot()), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What CodeAction's own cleanup does, done here so that the result is the same however it is produced: usings, short names, layout.</summary>
    public static async Task<Document> CleanUpAsync(Document changed, CancellationToken cancellationToken)
    {
        changed = await ImportAdder.AddImportsAsync(changed, Simplifier.AddImportsAnnotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        changed = await Simplifier.ReduceAsync(changed, Simplifier.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
        return await Formatter.FormatAsync(changed, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
