using System.Collections.Generic;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Analyzers.Snippets;

/// <summary>
/// Traversal of GilGen's Python AST, which has no visitor of its own: the children of each node,
/// in the order CPython evaluates them, and the statement lists a compound statement holds.
/// </summary>
internal static class PythonSyntax
{
    /// <summary>
    /// The children of <paramref name="node"/> in evaluation order. For a scope (def, class,
    /// lambda) that includes both the parts evaluated where it is defined (defaults, bases) and
    /// its body; <see cref="OuterChildren"/> and <see cref="InnerChildren"/> split the two.
    /// </summary>
    public static IEnumerable<SyntaxNode> Children(SyntaxNode node)
    {
        if (IsScope(node))
        {
            foreach (var child in OuterChildren(node)) yield return child;
            foreach (var child in InnerChildren(node)) yield return child;
            yield break;
        }
        switch (node)
        {
            case ModuleSyntax m: foreach (var s in m.Body) yield return s; break;
            case ReturnStmt r: if (r.Value is not null) yield return r.Value; break;
            case DeleteStmt d: foreach (var t in d.Targets) yield return t; break;
            case AssignStmt a:
                // The value is evaluated before the targets are stored.
                yield return a.Value;
                foreach (var t in a.Targets) yield return t;
                break;
            case AugAssignStmt aug: yield return aug.Target; yield return aug.Value; break;
            case ForStmt f:
                yield return f.Iter; yield return f.Target;
                foreach (var s in f.Body) yield return s;
                foreach (var s in f.OrElse) yield return s;
                break;
            case WhileStmt w:
                yield return w.Test;
                foreach (var s in w.Body) yield return s;
                foreach (var s in w.OrElse) yield return s;
                break;
            case IfStmt i:
                yield return i.Test;
                foreach (var s in i.Body) yield return s;
                foreach (var s in i.OrElse) yield return s;
                break;
            case WithStmt w:
                foreach (var item in w.Items) yield return item;
                foreach (var s in w.Body) yield return s;
                break;
            case WithItemSyntax item:
                yield return item.ContextExpr;
                if (item.OptionalVars is not null) yield return item.OptionalVars;
                break;
            case RaiseStmt r:
                if (r.Exc is not null) yield return r.Exc;
                if (r.Cause is not null) yield return r.Cause;
                break;
            case TryStmt t:
                foreach (var s in t.Body) yield return s;
                foreach (var h in t.Handlers) yield return h;
                foreach (var s in t.OrElse) yield return s;
                foreach (var s in t.FinalBody) yield return s;
                break;
            case ExceptHandlerSyntax h:
                if (h.Type is not null) yield return h.Type;
                foreach (var s in h.Body) yield return s;
                break;
            case AssertStmt a:
                yield return a.Test;
                if (a.Msg is not null) yield return a.Msg;
                break;
            case ExprStmt e: yield return e.Value; break;
            case AttributeExpr a: yield return a.Value; break;
            case SubscriptExpr s: yield return s.Value; yield return s.Slice; break;
            case SliceExpr s:
                if (s.Lower is not null) yield return s.Lower;
                if (s.Upper is not null) yield return s.Upper;
                if (s.Step is not null) yield return s.Step;
                break;
            case StarredExpr s: yield return s.Value; break;
            case TupleExpr t: foreach (var e in t.Elts) yield return e; break;
            case ListExpr l: foreach (var e in l.Elts) yield return e; break;
            case SetExpr s: foreach (var e in s.Elts) yield return e; break;
            case DictExpr d:
                for (var k = 0; k < d.Values.Count; k++)
                {
                    if (k < d.Keys.Count && d.Keys[k] is ExprSyntax key) yield return key;
                    yield return d.Values[k];
                }
                break;
            case BinOpExpr b: yield return b.Left; yield return b.Right; break;
            case UnaryOpExpr u: yield return u.Operand; break;
            case BoolOpExpr b: foreach (var v in b.Values) yield return v; break;
            case CompareExpr c:
                yield return c.Left;
                foreach (var e in c.Comparators) yield return e;
                break;
            case CallExpr c:
                yield return c.Func;
                foreach (var a in c.Args) yield return a;
                foreach (var k in c.Keywords) yield return k;
                break;
            case KeywordSyntax k: yield return k.Value; break;
            case IfExpExpr i:
                // The test runs first, whatever the source order says.
                yield return i.Test; yield return i.Body; yield return i.OrElse;
                break;
            case ComprehensionExpr c:
                foreach (var g in c.Generators) yield return g;
                yield return c.Elt;
                if (c.Value is not null) yield return c.Value;
                break;
            case ComprehensionClause g:
                yield return g.Iter; yield return g.Target;
                foreach (var e in g.Ifs) yield return e;
                break;
            case JoinedStrExpr j: foreach (var v in j.Values) yield return v; break;
            case YieldExpr y: if (y.Value is not null) yield return y.Value; break;
            case YieldFromExpr yf: yield return yf.Value; break;
            case AwaitExpr aw: yield return aw.Value; break;
            case FormattedValueExpr f:
                yield return f.Value;
                if (f.FormatSpec is not null) yield return f.FormatSpec;
                break;
        }
    }

    /// <summary>True for the nodes that open a Python scope of their own: def, class and lambda.</summary>
    public static bool IsScope(SyntaxNode node) => node is FunctionDefStmt or ClassDefStmt or LambdaExpr;

    /// <summary>The parts of a scope node evaluated in the enclosing scope: defaults, bases, keywords.</summary>
    public static IEnumerable<SyntaxNode> OuterChildren(SyntaxNode node)
    {
        switch (node)
        {
            case FunctionDefStmt f: return Defaults(f.Args);
            case LambdaExpr l: return Defaults(l.Args);
            case ClassDefStmt c:
                var parts = new List<SyntaxNode>(c.Bases);
                foreach (var k in c.Keywords) parts.Add(k.Value);
                return parts;
            default: return Children(node);
        }
    }

    /// <summary>The body of a scope node, evaluated in its own scope.</summary>
    public static IEnumerable<SyntaxNode> InnerChildren(SyntaxNode node) => node switch
    {
        FunctionDefStmt f => f.Body,
        ClassDefStmt c => c.Body,
        LambdaExpr l => new SyntaxNode[] { l.Body },
        _ => System.Array.Empty<SyntaxNode>(),
    };

    /// <summary>The statement lists directly inside a compound statement (not inside nested scopes).</summary>
    public static IEnumerable<List<StmtSyntax>> Bodies(StmtSyntax statement)
    {
        switch (statement)
        {
            case ForStmt f: yield return f.Body; yield return f.OrElse; break;
            case WhileStmt w: yield return w.Body; yield return w.OrElse; break;
            case IfStmt i: yield return i.Body; yield return i.OrElse; break;
            case WithStmt w: yield return w.Body; break;
            case TryStmt t:
                yield return t.Body;
                foreach (var h in t.Handlers) yield return h.Body;
                yield return t.OrElse;
                yield return t.FinalBody;
                break;
        }
    }

    /// <summary>The parameter names of a def or lambda, in order (positional-only first).</summary>
    public static IEnumerable<string> ParameterNames(ArgumentsSyntax args)
    {
        foreach (var a in args.PosOnlyArgs) yield return a.Name;
        foreach (var a in args.Args) yield return a.Name;
        if (args.VarArg is not null) yield return args.VarArg.Name;
        foreach (var a in args.KwOnlyArgs) yield return a.Name;
        if (args.KwArg is not null) yield return args.KwArg.Name;
    }

    /// <summary>
    /// Structural equality of two target-like expressions: the same name, the same attribute of
    /// the same object, the same subscript. What makes <c>x = x + 1</c> a read-modify-write.
    /// </summary>
    public static bool AreSame(ExprSyntax a, ExprSyntax b)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        return (a, b) switch
        {
            (NameExpr x, NameExpr y) => x.Id == y.Id,
            (AttributeExpr x, AttributeExpr y) => x.Attr == y.Attr && AreSame(x.Value, y.Value),
            (SubscriptExpr x, SubscriptExpr y) => AreSame(x.Value, y.Value) && AreSame(x.Slice, y.Slice),
            (ConstantExpr x, ConstantExpr y) => x.Value.Equals(y.Value),
            (TupleExpr x, TupleExpr y) => SameList(x.Elts, y.Elts),
            (BinOpExpr x, BinOpExpr y) => x.Op == y.Op && AreSame(x.Left, y.Left) && AreSame(x.Right, y.Right),
            (UnaryOpExpr x, UnaryOpExpr y) => x.Op == y.Op && AreSame(x.Operand, y.Operand),
            _ => false,
        };
    }

    private static bool SameList(List<ExprSyntax> a, List<ExprSyntax> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++) if (!AreSame(a[i], b[i])) return false;
        return true;
    }

    private static List<SyntaxNode> Defaults(ArgumentsSyntax args)
    {
        var parts = new List<SyntaxNode>(args.Defaults);
        foreach (var d in args.KwDefaults) if (d is not null) parts.Add(d);
        return parts;
    }
}
