using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// The rewrite of read-modify-writes into <c>lock (gate) { … }</c>, for what Interlocked cannot do
/// (double, decimal, short, <c>*=</c>, <c>|=</c>, <c>&lt;&lt;=</c>, properties…) or as the alternative to it.
/// </summary>
/// <remarks>
/// It works on a batch, one document at a time, because updates of the same member in the same type
/// must share one gate: Fix All plans every site first, gives each (type, member) pair one
/// <see cref="GateField"/>, and declares each new gate once.
/// </remarks>
internal static class LockRewrite
{
    /// <summary>A lock fix applies to <paramref name="readModifyWrite"/>: it has a <see cref="LockSite"/> inside its member's type.</summary>
    public static bool CanApply(ReadModifyWrite readModifyWrite, SemanticModel model, CancellationToken cancellationToken) =>
        LockSite.Find(readModifyWrite) is { } site
        && GateField.FindHost(site.Node, readModifyWrite.Member, model, cancellationToken) is { } host
        && !HeldAlready(site.Node, host, readModifyWrite.Member, model, cancellationToken);

    /// <summary>
    /// <paramref name="site"/> is already inside a lock on its member's gate: GIL2001 still reports it while
    /// another change of the member goes unlocked, and a second lock on the same gate would fix nothing.
    /// </summary>
    private static bool HeldAlready(SyntaxNode site, TypeDeclarationSyntax host, ISymbol member, SemanticModel model, CancellationToken cancellationToken)
    {
        var gate = GateField.Choose(host, member, [site.SpanStart], model, new HashSet<string>(System.StringComparer.Ordinal), cancellationToken);
        return gate.Exists && site.Ancestors()
            .TakeWhile(n => n is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .OfType<LockStatementSyntax>()
            .Any(l => l.Expression is IdentifierNameSyntax { Identifier.ValueText: var name } && name == gate.Name);
    }

    /// <summary>Records on <paramref name="editor"/> the locks around <paramref name="readModifyWrites"/> that can have one, and their new gates.</summary>
    public static void Apply(SyntaxEditor editor, IEnumerable<ReadModifyWrite> readModifyWrites, SemanticModel model, CancellationToken cancellationToken) =>
        Apply(editor, readModifyWrites.Select(rmw => LockSite.Find(rmw) is { } site ? new LockTarget(site, rmw.Member, rmw.Expression.SpanStart) : null)
            .OfType<LockTarget>(), model, cancellationToken);

    /// <summary>
    /// Records on <paramref name="editor"/> a lock around each of <paramref name="targets"/> that is inside
    /// its member's type, on the gate of that member (one per type and member, declared once).
    /// </summary>
    public static void Apply(SyntaxEditor editor, IEnumerable<LockTarget> targets, SemanticModel model, CancellationToken cancellationToken)
    {
        var plans = targets
            .Select(t => (Target: t, t.Site, Host: GateField.FindHost(t.Site.Node, t.Member, model, cancellationToken)))
            .Where(p => p.Host is not null && !HeldAlready(p.Site.Node, p.Host, p.Target.Member, model, cancellationToken))
            .GroupBy(p => p.Site.Node).Select(g => g.First())
            .ToList();
        var locks = new List<(LockSite Site, string Gate)>();
        var newGates = new List<(GateField Gate, ISymbol Member)>();
        foreach (var byHost in plans.GroupBy(p => p.Host!))
        {
            var reserved = new HashSet<string>(System.StringComparer.Ordinal);
            var byMember = byHost
                .GroupBy(p => p.Target.Member.OriginalDefinition, SymbolEqualityComparer.Default)
                .OrderBy(g => g.Min(p => p.Site.Node.SpanStart));
            foreach (var group in byMember)
            {
                var member = group.Key!;
                var positions = group.Select(p => p.Target.Position).ToList();
                var gate = GateField.Choose(byHost.Key, member, positions, model, reserved, cancellationToken);
                locks.AddRange(group.Select(p => (p.Site, gate.Name)));
                if (!gate.Exists) newGates.Add((gate, member));
            }
        }

        // Innermost first: a site inside another (a lambda's statement inside a statement) is edited
        // before the outer one, which then wraps the edited node.
        foreach (var (site, gate) in locks.OrderBy(l => l.Site.Node.Span.Length))
            editor.ReplaceNode(site.Node, (current, _) => site.Apply(current, IdentifierName(gate)));

        var generator = editor.Generator;
        foreach (var byPlace in newGates.GroupBy(g => (SyntaxNode?)g.Gate.InsertAfter(g.Member, model, cancellationToken) ?? g.Gate.Host))
        {
            var declarations = byPlace.Select(g => g.Gate.CreateDeclaration(model, generator)).ToList();
            if (byPlace.Key is TypeDeclarationSyntax host)
                editor.InsertMembers(host, 0, declarations);
            else
                editor.InsertAfter(byPlace.Key, declarations);
        }
    }
}
