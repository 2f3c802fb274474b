using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// Fix All for a provider whose fixes are the values of <typeparamref name="TKind"/>: the equivalence
/// key names the kind (<see cref="KeyOf"/>), and all the diagnostics of a document are fixed in one
/// pass by the provider's fixer, not merged from fixes made one by one as the batch fixer does, because
/// lock fixes in one type must share a gate (merged, each would declare its own).
/// </summary>
internal sealed class FixAllByKind<TKind> : DocumentBasedFixAllProvider where TKind : struct, Enum
{
    private readonly Func<Document, IEnumerable<Diagnostic>, TKind, CancellationToken, Task<Document>> _fix;
    private readonly Func<TKind, string> _title;

    private FixAllByKind(Func<Document, IEnumerable<Diagnostic>, TKind, CancellationToken, Task<Document>> fix, Func<TKind, string> title)
    {
        _fix = fix;
        _title = title;
    }

    /// <summary>The Fix All of a provider that fixes with <paramref name="fix"/>, titled by <paramref name="title"/>.</summary>
    public static FixAllProvider Create(Func<Document, IEnumerable<Diagnostic>, TKind, CancellationToken, Task<Document>> fix, Func<TKind, string> title) =>
        new FixAllByKind<TKind>(fix, title);

    /// <summary>The equivalence key of <paramref name="kind"/>.</summary>
    public static string KeyOf(TKind kind) => "GilGen." + typeof(TKind).Name + "." + kind;

    private static TKind? KindOf(string? key)
    {
        var prefix = "GilGen." + typeof(TKind).Name + ".";
        return key is not null && key.StartsWith(prefix, StringComparison.Ordinal) && Enum.TryParse<TKind>(key.Substring(prefix.Length), out var kind) ? kind : null;
    }

    /// <inheritdoc/>
    protected override string GetFixAllTitle(FixAllContext fixAllContext) =>
        KindOf(fixAllContext.CodeActionEquivalenceKey) is { } kind ? _title(kind) : "Fix all";

    /// <inheritdoc/>
    protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        if (diagnostics.IsEmpty || KindOf(fixAllContext.CodeActionEquivalenceKey) is not { } kind) return document;
        return await _fix(document, diagnostics, kind, fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}
