using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using GilGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// Fixes GIL2001 (read-modify-write of a shared field without synchronization) and GIL2002
/// (compound operation on a volatile field). Two fixes, offered in this order where they apply:
/// <list type="number">
/// <item>"Use Interlocked.Increment/Decrement/Add": one atomic call, for int, long, uint and ulong
/// fields with ++, --, + or - (<see cref="InterlockedRewrite"/>);</item>
/// <item>"Wrap in a lock": a <c>lock</c> on a static gate field of the member's type around the
/// statement, for everything else too (<see cref="LockRewrite"/>).</item>
/// </list>
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReadModifyWriteCodeFixProvider)), Shared]
public sealed class ReadModifyWriteCodeFixProvider : CodeFixProvider
{
    /// <summary>The title of the lock fix.</summary>
    internal const string WrapInLockTitle = "Wrap in a lock";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.SharedFieldReadModifyWrite.Id,
        DiagnosticDescriptors.VolatileCompoundOperation.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => ReadModifyWriteFixAllProvider.Instance;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;

        foreach (var diagnostic in context.Diagnostics)
        {
            var rmw = ReadModifyWrite.Find(root, diagnostic.Location.SourceSpan, model, context.CancellationToken);
            if (rmw is null) continue;

            if (InterlockedRewrite.TryCreate(rmw, model, context.CancellationToken) is { } interlocked)
            {
                context.RegisterCodeFix(CodeAction.Create(
                    "Use Interlocked." + interlocked.MethodName,
                    cancellationToken => ReadModifyWriteFixer.FixAsync(document, [diagnostic], ReadModifyWriteFixKind.UseInterlocked, cancellationToken),
                    ReadModifyWriteEquivalenceKeys.UseInterlocked), diagnostic);
            }

            if (LockRewrite.CanApply(rmw, model, context.CancellationToken))
            {
                context.RegisterCodeFix(CodeAction.Create(
                    WrapInLockTitle,
                    cancellationToken => ReadModifyWriteFixer.FixAsync(document, [diagnostic], ReadModifyWriteFixKind.WrapInLock, cancellationToken),
                    ReadModifyWriteEquivalenceKeys.WrapInLock), diagnostic);
            }
        }
    }
}
