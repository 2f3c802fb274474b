using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// Fix All for GIL2001/GIL2002: all the diagnostics of a document are fixed in one pass
/// (<see cref="ReadModifyWriteFixer"/>), not merged from fixes made one by one as the batch fixer
/// does, because lock fixes in one type must share a gate: merged, each would declare its own.
/// </summary>
internal sealed class ReadModifyWriteFixAllProvider : DocumentBasedFixAllProvider
{
    /// <summary>The one instance.</summary>
    public static readonly ReadModifyWriteFixAllProvider Instance = new();

    private ReadModifyWriteFixAllProvider()
    {
    }

    /// <inheritdoc/>
    protected override string GetFixAllTitle(FixAllContext fixAllContext) =>
        ReadModifyWriteEquivalenceKeys.KindOf(fixAllContext.CodeActionEquivalenceKey) == ReadModifyWriteFixKind.WrapInLock
            ? "Wrap every read-modify-write in a lock"
            : "Use Interlocked for every read-modify-write";

    /// <inheritdoc/>
    protected override async Task<Document?> FixAllAsync(FixAllContext fixAllContext, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        if (diagnostics.IsEmpty || ReadModifyWriteEquivalenceKeys.KindOf(fixAllContext.CodeActionEquivalenceKey) is not { } kind)
            return document;
        return await ReadModifyWriteFixer.FixAsync(document, diagnostics, kind, fixAllContext.CancellationToken).ConfigureAwait(false);
    }
}
