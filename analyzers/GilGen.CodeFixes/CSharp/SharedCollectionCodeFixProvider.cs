using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using GilGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// Fixes GIL2006 (a collection that is not thread-safe changed from several threads). Two fixes,
/// offered in this order where they apply:
/// <list type="number">
/// <item>"Use ConcurrentBag&lt;T&gt;" (ConcurrentDictionary, ConcurrentQueue, ConcurrentStack): the
/// variable's type changes to the matching concurrent collection (<see cref="ConcurrentCollectionRewrite"/>);</item>
/// <item>"Wrap in a lock": a <c>lock</c> on a gate of the variable around the change.</item>
/// </list>
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SharedCollectionCodeFixProvider)), Shared]
public sealed class SharedCollectionCodeFixProvider : CodeFixProvider
{
    /// <summary>The title of the lock fix.</summary>
    internal const string WrapInLockTitle = "Wrap in a lock";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.SharedCollectionMutation.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAllByKind<SharedCollectionFixKind>.Create(
        SharedCollectionFixer.FixAsync,
        kind => kind == SharedCollectionFixKind.UseConcurrentCollection
            ? "Use concurrent collections for every shared collection"
            : "Wrap every change of a shared collection in a lock");

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            var site = CollectionMutationSite.Find(root, diagnostic.Location.SourceSpan, model, context.CancellationToken);
            if (site is null) continue;
            if (await ConcurrentCollectionRewrite.TryCreateAsync(document, site, context.CancellationToken).ConfigureAwait(false) is { } rewrite)
                Register(context, diagnostic, "Use " + rewrite.TypeName, SharedCollectionFixKind.UseConcurrentCollection);
            if (LockSite.ForExpression(site.Expression, site.Operation) is { } lockSite
                && GateField.FindHost(lockSite.Node, site.Variable, model, context.CancellationToken) is not null)
                Register(context, diagnostic, WrapInLockTitle, SharedCollectionFixKind.WrapInLock);
        }
    }

    private static void Register(CodeFixContext context, Diagnostic diagnostic, string title, SharedCollectionFixKind kind) =>
        context.RegisterCodeFix(CodeAction.Create(
            title,
            cancellationToken => SharedCollectionFixer.FixAsync(context.Document, [diagnostic], kind, cancellationToken),
            FixAllByKind<SharedCollectionFixKind>.KeyOf(kind)), diagnostic);
}
