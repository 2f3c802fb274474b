using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GilGen.Analyzers.Snippets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.CodeFixes.Snippets;

/// <summary>
/// Applies GIL1001's fix to one document: a .cs file (each snippet attribute its diagnostics point
/// into, one lock per snippet) or a .py AdditionalFile. The diagnostics are matched back to
/// statements by analysing the snippet again and comparing where each racy statement maps.
/// </summary>
internal static class SnippetDocumentFix
{
    /// <summary>The document's text with the statements of <paramref name="diagnostics"/> wrapped in a lock, or null when none can be.</summary>
    public static async Task<SourceText?> FixedTextAsync(TextDocument document, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        var changes = new List<TextChange>();
        if (document is Document csharp)
        {
            var root = await csharp.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var model = await csharp.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
            if (root is null || model is null) return null;
            var byAttribute = diagnostics
                .Where(d => d.Location.IsInSource)
                .GroupBy(d => root.FindToken(d.Location.SourceSpan.Start).Parent?.FirstAncestorOrSelf<AttributeSyntax>())
                .Where(g => g.Key is not null);
            foreach (var group in byAttribute)
            {
                var source = SnippetSource.FromAttribute(group.Key!, model, cancellationToken);
                if (source is not null) changes.AddRange(ChangesFor(source, text, group, cancellationToken));
            }
        }
        else
        {
            var path = document.FilePath ?? document.Name;
            if (!path.EndsWith(".py", StringComparison.OrdinalIgnoreCase)) return null;
            var mine = diagnostics.Where(d => string.Equals(d.Location.GetLineSpan().Path, path, StringComparison.Ordinal));
            changes.AddRange(ChangesFor(SnippetSource.FromPythonFile(path, text), text, mine, cancellationToken));
        }
        return changes.Count == 0 ? null : text.WithChanges(changes);
    }

    /// <summary>The solution with <paramref name="document"/>'s text replaced by <paramref name="text"/>.</summary>
    public static Solution WithText(Solution solution, TextDocument document, SourceText text)
        => document is Document ? solution.WithDocumentText(document.Id, text) : solution.WithAdditionalDocumentText(document.Id, text);

    private static IEnumerable<TextChange> ChangesFor(SnippetSource source, SourceText fileText, IEnumerable<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        // A snippet that is not one literal (a const, a concatenation) has no place to edit.
        if (source.Writing == SnippetWriting.Unmapped) return Array.Empty<TextChange>();
        var analysis = SnippetAnalysis.Analyze(source.Text, cancellationToken);
        if (analysis is null) return Array.Empty<TextChange>();
        var spans = new HashSet<TextSpan>(diagnostics.Select(d => d.Location.SourceSpan));
        // A statement under a lock already is fixed by locking the other side (its own diagnostic).
        var statements = analysis.RacyStatements.Where(r => !r.UnderLock).Cast<ISnippetStatement>().Concat(analysis.CheckThenActs)
            .Where(r => spans.Contains(source.FileSpan(r.Reported.Start, r.Reported.Length)))
            .OrderBy(r => r.Statement.Start)
            .ToList();
        // A statement inside one that another fix wraps as a whole is under the lock already.
        statements = statements.Where(s => !statements.Any(o => o != s && o.Wrapped.Any(w => w != s.Statement
            && w.Start <= s.Statement.Start && s.Statement.End <= w.End))).ToList();
        if (statements.Count == 0) return Array.Empty<TextChange>();
        var plan = SnippetLockPlan.Create(analysis, statements);
        return plan is null ? Array.Empty<TextChange>() : SnippetSpelling.ToTextChanges(source, fileText, plan);
    }
}
