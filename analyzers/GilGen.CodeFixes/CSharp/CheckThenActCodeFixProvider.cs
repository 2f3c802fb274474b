using System.Collections.Immutable;
using System.Composition;
using System.Threading.Tasks;
using GilGen.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// Fixes GIL2005 (check-then-act on shared state). Three fixes, offered in this order where they apply:
/// <list type="number">
/// <item>"Use ConcurrentDictionary.TryAdd/GetOrAdd" for <c>if (!d.ContainsKey(k)) d[k] = v;</c> on a
/// ConcurrentDictionary (<see cref="ConcurrentDictionaryRewrite"/>);</item>
/// <item>"Use Lazy&lt;T&gt;" for lazy or double-checked initialization of a private static field (<see cref="LazyRewrite"/>);</item>
/// <item>"Wrap the check and the change in a lock": a <c>lock</c> on the variable's gate around the
/// whole <c>if</c>; for double-checked initialization, the inner lock without the unlocked test.</item>
/// </list>
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(CheckThenActCodeFixProvider)), Shared]
public sealed class CheckThenActCodeFixProvider : CodeFixProvider
{
    /// <summary>The title of the lock fix.</summary>
    internal const string WrapInLockTitle = "Wrap the check and the change in a lock";

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticDescriptors.SharedCheckThenAct.Id);

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => FixAllByKind<CheckThenActFixKind>.Create(
        CheckThenActFixer.FixAsync,
        kind => kind switch
        {
            CheckThenActFixKind.UseConcurrentDictionary => "Use one ConcurrentDictionary call for every check-then-act",
            CheckThenActFixKind.UseLazy => "Use Lazy<T> for every lazy initialization",
            _ => "Wrap every check-then-act in a lock",
        });

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var document = context.Document;
        var root = await document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null) return;
        foreach (var diagnostic in context.Diagnostics)
        {
            var site = CheckThenActSite.Find(root, diagnostic.Location.SourceSpan, model, context.CancellationToken);
            if (site is null) continue;
            if (ConcurrentDictionaryRewrite.TryCreate(site) is { } replacement)
                Register(context, diagnostic, "Use ConcurrentDictionary." + replacement.Method, CheckThenActFixKind.UseConcurrentDictionary);
            if (LazyRewrite.TryCreate(site, model, context.CancellationToken) is not null)
                Register(context, diagnostic, "Use Lazy<T>", CheckThenActFixKind.UseLazy);
            if ((site.Shape.DoubleChecked && site.InnerLock is not null)
                || (LockSite.ForStatement(site.Statement) is { } lockSite && GateField.FindHost(lockSite.Node, site.Variable, model, context.CancellationToken) is not null))
                Register(context, diagnostic, WrapInLockTitle, CheckThenActFixKind.WrapInLock);
        }
    }

    private static void Register(CodeFixContext context, Diagnostic diagnostic, string title, CheckThenActFixKind kind) =>
        context.RegisterCodeFix(CodeAction.Create(
            title,
            cancellationToken => CheckThenActFixer.FixAsync(context.Document, [diagnostic], kind, cancellationToken),
            FixAllByKind<CheckThenActFixKind>.KeyOf(kind)), diagnostic);
}
