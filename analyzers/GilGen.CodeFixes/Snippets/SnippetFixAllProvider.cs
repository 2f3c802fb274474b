using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.CodeFixes.Snippets;

/// <summary>
/// Fix All for GIL1001. The batch fixer merges independent text edits and would give each
/// statement of a snippet its own new lock; this one fixes each snippet once with all its
/// statements, so they share one lock and one <c>import threading</c>. Project and solution scopes
/// include .py AdditionalFiles; FixAllContext has no public constructor for a non-source document,
/// so a document-scoped Fix All that does not name a .cs document fixes the whole project.
/// </summary>
internal sealed class SnippetFixAllProvider : FixAllProvider
{
    /// <summary>The one instance.</summary>
    public static readonly SnippetFixAllProvider Instance = new();

    private SnippetFixAllProvider() { }

    /// <inheritdoc/>
    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes()
        => new[] { FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution };

    /// <inheritdoc/>
    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        if (fixAllContext.CodeActionEquivalenceKey != WrapInLockCodeFixProvider.EquivalenceKey) return Task.FromResult<CodeAction?>(null);
        var action = CodeAction.Create(
            WrapInLockCodeFixProvider.Title,
            cancellationToken => FixAsync(fixAllContext, cancellationToken),
            WrapInLockCodeFixProvider.EquivalenceKey);
        return Task.FromResult<CodeAction?>(action);
    }

    private static async Task<Solution> FixAsync(FixAllContext context, CancellationToken cancellationToken)
    {
        var solution = context.Solution;
        var work = new List<(TextDocument Document, IReadOnlyList<Diagnostic> Diagnostics)>();
        var started = context.Scope == FixAllScope.Document ? SourceDocument(context) : null;
        switch (context.Scope)
        {
            case FixAllScope.Document when started is not null:
                var inDocument = await context.GetDocumentDiagnosticsAsync(started).ConfigureAwait(false);
                work.Add((started, inDocument.ToList()));
                break;
            case FixAllScope.Document:
            case FixAllScope.Project:
                work.AddRange(await ByDocumentAsync(context, context.Project).ConfigureAwait(false));
                break;
            case FixAllScope.Solution:
                foreach (var project in solution.Projects)
                    work.AddRange(await ByDocumentAsync(context, project).ConfigureAwait(false));
                break;
        }

        foreach (var (document, diagnostics) in work)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = (TextDocument?)solution.GetDocument(document.Id) ?? solution.GetAdditionalDocument(document.Id);
            if (current is null || diagnostics.Count == 0) continue;
            var fixedText = await SnippetDocumentFix.FixedTextAsync(current, diagnostics, cancellationToken).ConfigureAwait(false);
            if (fixedText is not null) solution = SnippetDocumentFix.WithText(solution, current, fixedText);
        }
        return solution;
    }

    // The .cs document of a document-scoped Fix All; null when it was started in a .py file, which
    // the public FixAllContext cannot name (its Document throws or is null there): the whole
    // project is fixed then, .py files included.
    private static Document? SourceDocument(FixAllContext context)
    {
        try
        {
            return context.Document;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    // A project's diagnostics, by the .cs document or .py additional document they are in.
    private static async Task<List<(TextDocument, IReadOnlyList<Diagnostic>)>> ByDocumentAsync(FixAllContext context, Project project)
    {
        var diagnostics = await context.GetAllDiagnosticsAsync(project).ConfigureAwait(false);
        var result = new List<(TextDocument, IReadOnlyList<Diagnostic>)>();
        foreach (var group in diagnostics.GroupBy(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal))
        {
            TextDocument? document = project.Documents.FirstOrDefault(d => d.FilePath == group.Key)
                                     ?? (TextDocument?)project.AdditionalDocuments.FirstOrDefault(d => d.FilePath == group.Key);
            if (document is not null) result.Add((document, group.ToList()));
        }
        return result;
    }
}
