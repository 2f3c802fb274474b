using System;
using System.Collections.Generic;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>
/// An <c>if</c> of a snippet that tests state and then changes it in its branches: one GIL1002 when
/// the state is shared and no lock spans both (<see cref="Match"/> finds the shape, the analysis the rest).
/// </summary>
/// <param name="Statement">The <c>if</c>.</param>
/// <param name="Checked">What the test reads: <c>cache</c> in <c>key not in cache</c>, <c>items</c> in <c>len(items) &lt; LIMIT</c>, <c>balance</c> in <c>balance &gt;= amount</c>.</param>
/// <param name="OnContents">Whether the test and the change are about the items of <see cref="Checked"/> (a container), not its value.</param>
/// <param name="Act">The first change in the branches.</param>
/// <param name="Call">The first call that runs between the test and the change (in the test, from the read on, or in the branch before the store), or null.</param>
/// <param name="Through">
/// For an <c>if</c> whose body leaves (<c>if key in cache: return cache[key]</c>) and whose change
/// comes after it (<c>cache[key] = compute(key)</c>): the statement of the block after the <c>if</c>
/// that holds the change — the lock must span the <c>if</c> through it. Null when the change is in the <c>if</c>.
/// </param>
internal sealed record CheckThenAct(IfStmt Statement, ExprSyntax Checked, bool OnContents, SyntaxNode Act, CallExpr? Call, StmtSyntax? Through = null)
{
    private static readonly HashSet<string> s_mutators = new()
    {
        "append", "extend", "insert", "remove", "pop", "clear", "add", "discard", "update", "setdefault",
        "appendleft", "extendleft", "popleft", "popitem", "sort", "reverse",
    };

    /// <summary>
    /// The check-then-act <paramref name="statement"/> is, or null. It is <paramref name="block"/>[<paramref name="index"/>]
    /// (or not in a block of its function: index -1): when its body always leaves, the change may be
    /// in one of the next few statements after it (a window, so that a long block stays linear).
    /// </summary>
    /// <paramref name="returnedBy"/> tells what a call in the test returns when it calls a small helper
    /// of the snippet (<c>def size(): with lock: return len(items)</c>), so that <c>if size() &lt; LIMIT:</c>
    /// tests <c>items</c> (the helper's lock is released before the act).
    public static CheckThenAct? Match(IfStmt statement, IReadOnlyList<StmtSyntax> block, int index, Func<CallExpr, ExprSyntax?> returnedBy)
    {
        if (MatchInside(statement, returnedBy) is { } inside) return inside;
        if (index < 0 || statement.OrElse.Count > 0 || statement.Body.Count == 0 || statement.Body[statement.Body.Count - 1] is not (ReturnStmt or RaiseStmt or ContinueStmt or BreakStmt))
            return null;
        foreach (var (checkedExpression, contents, via) in Tested(statement.Test, returnedBy))
        {
            var preceding = new List<CallExpr>();
            for (var i = index + 1; i < block.Count && i <= index + FollowingWindow; i++)
            {
                var next = block[i];
                // A nested def or class runs later; anything else in between is part of the window.
                if (next is FunctionDefStmt or ClassDefStmt) break;
                foreach (var node in Walk(next))
                {
                    if (Changes(node, checkedExpression, contents) is { } act)
                    {
                        var call = via ?? FirstCall(statement.Test, checkedExpression.Start) ?? (preceding.Count > 0 ? preceding[0] : null) ?? CallInside(act);
                        return new CheckThenAct(statement, checkedExpression, contents, act, call, next);
                    }
                    if (node is CallExpr between) preceding.Add(between);
                }
            }
        }
        return null;
    }

    private const int FollowingWindow = 16;

    private static CheckThenAct? MatchInside(IfStmt statement, Func<CallExpr, ExprSyntax?> returnedBy)
    {
        foreach (var (checkedExpression, contents, via) in Tested(statement.Test, returnedBy))
        {
            // An elif is an if of its own, judged on its own: walking into it from every if of a long
            // chain would make the chain quadratic.
            var orElse = statement.OrElse.Count == 1 && statement.OrElse[0] is IfStmt ? new List<StmtSyntax>() : statement.OrElse;
            foreach (var body in new[] { statement.Body, orElse })
            {
                var preceding = new List<CallExpr>();
                foreach (var node in Walk(body))
                {
                    if (Changes(node, checkedExpression, contents) is { } act)
                    {
                        var call = via ?? FirstCall(statement.Test, checkedExpression.Start) ?? (preceding.Count > 0 ? preceding[0] : null) ?? CallInside(act);
                        return new CheckThenAct(statement, checkedExpression, contents, act, call);
                    }
                    if (node is CallExpr call2) preceding.Add(call2);
                }
            }
        }
        return null;
    }

    // What a test reads: "k in c" / "k not in c" and len(c) test the items of c; a name, attribute or
    // subscript compared, negated or tested alone tests its value, and tested for truth (alone, under
    // not, in and/or: "if not jobs: return") also whether a container has items. A call of a helper
    // that returns such an expression tests what the helper reads (Via: that call, where the window opens).
    private static IEnumerable<(ExprSyntax Expression, bool Contents, CallExpr? Via)> Tested(ExprSyntax test, Func<CallExpr, ExprSyntax?> returnedBy)
    {
        var pending = new Stack<(ExprSyntax Expression, bool Truth, CallExpr? Via)>();
        pending.Push((test, true, null));
        while (pending.Count > 0)
        {
            var (expression, truth, via) = pending.Pop();
            switch (expression)
            {
                case CompareExpr compare:
                    var operands = new List<ExprSyntax> { compare.Left };
                    operands.AddRange(compare.Comparators);
                    for (var i = 0; i < compare.Ops.Count; i++)
                    {
                        if (compare.Ops[i] is CompareOperator.In or CompareOperator.NotIn && IsStorage(operands[i + 1]))
                            yield return (operands[i + 1], true, via);
                    }
                    for (var i = 0; i < operands.Count; i++)
                    {
                        var containerOfIn = i > 0 && compare.Ops[i - 1] is CompareOperator.In or CompareOperator.NotIn;
                        if (!containerOfIn) pending.Push((operands[i], false, via));
                    }
                    break;
                case CallExpr { Func: NameExpr { Id: "len" }, Args.Count: 1 } len when IsStorage(len.Args[0]):
                    yield return (len.Args[0], true, via);
                    break;
                case CallExpr call when via is null && returnedBy(call) is { } returned:
                    pending.Push((returned, truth, call));
                    break;
                case BoolOpExpr boolean:
                    foreach (var value in boolean.Values) pending.Push((value, truth, via));
                    break;
                case UnaryOpExpr unary:
                    pending.Push((unary.Operand, truth && unary.Op == UnaryOperator.Not, via));
                    break;
                case NameExpr or AttributeExpr or SubscriptExpr:
                    yield return (expression, false, via);
                    if (truth) yield return (expression, true, via);
                    break;
            }
        }
    }

    private static bool IsStorage(ExprSyntax expression) => expression is NameExpr or AttributeExpr or SubscriptExpr;

    // A change of what the test read: a store to it (=, +=, del) or, for its contents, a store to or
    // del of an item of it, or a call of a mutating method on it.
    private static SyntaxNode? Changes(SyntaxNode node, ExprSyntax checkedExpression, bool contents)
    {
        switch (node)
        {
            case AssignStmt assign:
                foreach (var target in assign.Targets)
                    if (Hits(target, checkedExpression, contents)) return assign;
                return null;
            case AugAssignStmt aug:
                return Hits(aug.Target, checkedExpression, contents) ? aug : null;
            case DeleteStmt delete:
                foreach (var target in delete.Targets)
                    if (Hits(target, checkedExpression, contents)) return delete;
                return null;
            case CallExpr { Func: AttributeExpr method } call when contents && s_mutators.Contains(method.Attr) && PythonSyntax.AreSame(method.Value, checkedExpression):
                return call;
            default:
                return null;
        }
    }

    private static bool Hits(ExprSyntax target, ExprSyntax checkedExpression, bool contents) =>
        contents ? target is SubscriptExpr item && PythonSyntax.AreSame(item.Value, checkedExpression) : PythonSyntax.AreSame(target, checkedExpression);

    private static CallExpr? FirstCall(ExprSyntax test, int from)
    {
        foreach (var node in Walk(test))
            if (node is CallExpr call && call.End > from) return call;
        return null;
    }

    private static CallExpr? CallInside(SyntaxNode act)
    {
        foreach (var node in Walk(act))
            if (node is CallExpr call && call != act) return call;
        return null;
    }

    // Nodes in source order, not entering nested defs, classes and lambdas (they run later).
    private static IEnumerable<SyntaxNode> Walk(SyntaxNode root) => Walk(new List<SyntaxNode> { root });

    private static IEnumerable<SyntaxNode> Walk(IEnumerable<SyntaxNode> roots)
    {
        var pending = new Stack<SyntaxNode>();
        var list = new List<SyntaxNode>(roots);
        for (var i = list.Count - 1; i >= 0; i--) pending.Push(list[i]);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            yield return node;
            if (PythonSyntax.IsScope(node)) continue;
            var children = node.ChildNodes();
            for (var i = children.Count - 1; i >= 0; i--) pending.Push(children[i]);
        }
    }
}
