using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace GilGen.Compiler.Syntax.Ast;

/// <summary>
/// A <see cref="SyntaxVisitor{TResult}"/> that rebuilds the tree bottom-up: each node's children are
/// rewritten, and a node whose children all came back unchanged is returned as is, otherwise a copy
/// with the new children. The input tree is never mutated (the parsed tree is what analyzers read).
/// </summary>
internal abstract class SyntaxRewriter : SyntaxVisitor<SyntaxNode>
{
    /// <summary>Leaves (names, constants, parameters, aliases, pass...) stay as they are.</summary>
    public override SyntaxNode DefaultVisit(SyntaxNode node) => node;

    // Inlined and not generic: the recursion costs one frame less per level of the tree.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected ExprSyntax Rewrite(ExprSyntax node) => (ExprSyntax)Visit(node);

    protected T? RewriteOptional<T>(T? node) where T : SyntaxNode => node is null ? null : (T)Visit(node);

    /// <summary>The same list when no item changed, else a new one.</summary>
    protected List<T> RewriteList<T>(List<T> list) where T : SyntaxNode?
    {
        List<T>? copy = null;
        for (int i = 0; i < list.Count; i++)
        {
            var item = list[i];
            var rewritten = item is null ? item : (T)Visit(item);
            if (copy is null && !ReferenceEquals(rewritten, item)) copy = list.GetRange(0, i);
            copy?.Add(rewritten);
        }
        return copy ?? list;
    }

    /// <summary>A copy of <paramref name="node"/> to give new children (the original stays as it is).</summary>
    protected static T Copy<T>(T node) where T : SyntaxNode => (T)node.ShallowCopy();

    /// <summary>
    /// A copy of <paramref name="node"/> with <paramref name="set"/> applied. Convenient, but the
    /// closure costs an allocation per call: the methods here use <see cref="Copy{T}"/>.
    /// </summary>
    protected static T With<T>(T node, System.Action<T> set) where T : SyntaxNode
    {
        var copy = Copy(node);
        set(copy);
        return copy;
    }

    private static bool Same(object? a, object? b) => ReferenceEquals(a, b);

    // ---------------------------------------------------------------- expressions

    public override SyntaxNode VisitAttributeExpr(AttributeExpr node)
    {
        var value = Rewrite(node.Value);
        if (Same(value, node.Value)) return node;
        var n = Copy(node);
        n.Value = value;
        return n;
    }

    public override SyntaxNode VisitSubscriptExpr(SubscriptExpr node)
    {
        var value = Rewrite(node.Value);
        var slice = Rewrite(node.Slice);
        if (Same(value, node.Value) && Same(slice, node.Slice)) return node;
        var n = Copy(node);
        n.Value = value;
        n.Slice = slice;
        return n;
    }

    public override SyntaxNode VisitSliceExpr(SliceExpr node)
    {
        var lower = RewriteOptional(node.Lower);
        var upper = RewriteOptional(node.Upper);
        var step = RewriteOptional(node.Step);
        if (Same(lower, node.Lower) && Same(upper, node.Upper) && Same(step, node.Step)) return node;
        var n = Copy(node);
        n.Lower = lower;
        n.Upper = upper;
        n.Step = step;
        return n;
    }

    public override SyntaxNode VisitStarredExpr(StarredExpr node)
    {
        var value = Rewrite(node.Value);
        if (Same(value, node.Value)) return node;
        var n = Copy(node);
        n.Value = value;
        return n;
    }

    public override SyntaxNode VisitTupleExpr(TupleExpr node)
    {
        var elts = RewriteList(node.Elts);
        if (Same(elts, node.Elts)) return node;
        var n = Copy(node);
        n.Elts = elts;
        return n;
    }

    public override SyntaxNode VisitListExpr(ListExpr node)
    {
        var elts = RewriteList(node.Elts);
        if (Same(elts, node.Elts)) return node;
        var n = Copy(node);
        n.Elts = elts;
        return n;
    }

    public override SyntaxNode VisitSetExpr(SetExpr node)
    {
        var elts = RewriteList(node.Elts);
        if (Same(elts, node.Elts)) return node;
        var n = Copy(node);
        n.Elts = elts;
        return n;
    }

    public override SyntaxNode VisitDictExpr(DictExpr node)
    {
        var keys = RewriteList(node.Keys);
        var values = RewriteList(node.Values);
        if (Same(keys, node.Keys) && Same(values, node.Values)) return node;
        var n = Copy(node);
        n.Keys = keys;
        n.Values = values;
        return n;
    }

    public override SyntaxNode VisitBinOpExpr(BinOpExpr node)
    {
        var left = Rewrite(node.Left);
        var right = Rewrite(node.Right);
        if (Same(left, node.Left) && Same(right, node.Right)) return node;
        var n = Copy(node);
        n.Left = left;
        n.Right = right;
        return n;
    }

    public override SyntaxNode VisitUnaryOpExpr(UnaryOpExpr node)
    {
        var operand = Rewrite(node.Operand);
        if (Same(operand, node.Operand)) return node;
        var n = Copy(node);
        n.Operand = operand;
        return n;
    }

    public override SyntaxNode VisitBoolOpExpr(BoolOpExpr node)
    {
        var values = RewriteList(node.Values);
        if (Same(values, node.Values)) return node;
        var n = Copy(node);
        n.Values = values;
        return n;
    }

    public override SyntaxNode VisitCompareExpr(CompareExpr node)
    {
        var left = Rewrite(node.Left);
        var comparators = RewriteList(node.Comparators);
        if (Same(left, node.Left) && Same(comparators, node.Comparators)) return node;
        var n = Copy(node);
        n.Left = left;
        n.Comparators = comparators;
        return n;
    }

    public override SyntaxNode VisitCallExpr(CallExpr node)
    {
        var func = Rewrite(node.Func);
        var args = RewriteList(node.Args);
        var keywords = RewriteList(node.Keywords);
        if (Same(func, node.Func) && Same(args, node.Args) && Same(keywords, node.Keywords)) return node;
        var n = Copy(node);
        n.Func = func;
        n.Args = args;
        n.Keywords = keywords;
        return n;
    }

    public override SyntaxNode VisitKeywordSyntax(KeywordSyntax node)
    {
        var value = Rewrite(node.Value);
        if (Same(value, node.Value)) return node;
        var n = Copy(node);
        n.Value = value;
        return n;
    }

    public override SyntaxNode VisitIfExpExpr(IfExpExpr node)
    {
        var test = Rewrite(node.Test);
        var body = Rewrite(node.Body);
        var orElse = Rewrite(node.OrElse);
        if (Same(test, node.Test) && Same(body, node.Body) && Same(orElse, node.OrElse)) return node;
        var n = Copy(node);
        n.Test = test;
        n.Body = body;
        n.OrElse = orElse;
        return n;
    }

    public override SyntaxNode VisitLambdaExpr(LambdaExpr node)
    {
        var args = (ArgumentsSyntax)Visit(node.Args);
        var body = Rewrite(node.Body);
        if (Same(args, node.Args) && Same(body, node.Body)) return node;
        var n = Copy(node);
        n.Args = args;
        n.Body = body;
        return n;
    }

    public override SyntaxNode VisitComprehensionExpr(ComprehensionExpr node)
    {
        var generators = RewriteList(node.Generators);
        var elt = Rewrite(node.Elt);
        var value = RewriteOptional(node.Value);
        if (Same(generators, node.Generators) && Same(elt, node.Elt) && Same(value, node.Value)) return node;
        var n = Copy(node);
        n.Generators = generators;
        n.Elt = elt;
        n.Value = value;
        return n;
    }

    public override SyntaxNode VisitComprehensionClause(ComprehensionClause node)
    {
        var iter = Rewrite(node.Iter);
        var target = Rewrite(node.Target);
        var ifs = RewriteList(node.Ifs);
        if (Same(iter, node.Iter) && Same(target, node.Target) && Same(ifs, node.Ifs)) return node;
        var n = Copy(node);
        n.Iter = iter;
        n.Target = target;
        n.Ifs = ifs;
        return n;
    }

    public override SyntaxNode VisitJoinedStrExpr(JoinedStrExpr node)
    {
        var values = RewriteList(node.Values);
        if (Same(values, node.Values)) return node;
        var n = Copy(node);
        n.Values = values;
        return n;
    }

    public override SyntaxNode VisitFormattedValueExpr(FormattedValueExpr node)
    {
        var value = Rewrite(node.Value);
        var spec = RewriteOptional(node.FormatSpec);
        if (Same(value, node.Value) && Same(spec, node.FormatSpec)) return node;
        var n = Copy(node);
        n.Value = value;
        n.FormatSpec = spec;
        return n;
    }

    public override SyntaxNode VisitNamedExpr(NamedExpr node)
    {
        var value = Rewrite(node.Value);
        return Same(value, node.Value) ? node : With(node, n => n.Value = value);
    }

    public override SyntaxNode VisitYieldExpr(YieldExpr node)
    {
        var value = RewriteOptional(node.Value);
        if (Same(value, node.Value)) return node;
        var n = Copy(node);
        n.Value = value;
        return n;
    }

    public override SyntaxNode VisitYieldFromExpr(YieldFromExpr node)
    {
        var value = Rewrite(node.Value);
        if (Same(value, node.Value)) return node;
        var n = Copy(node);
        n.Value = value;
        return n;
    }

    public override SyntaxNode VisitAwaitExpr(AwaitExpr node)
    {
        var value = Rewrite(node.Value);
        if (Same(value, node.Value)) return node;
        var n = Copy(node);
        n.Value = value;
        return n;
    }

    // ---------------------------------------------------------------- statements and their parts

    public override SyntaxNode VisitModuleSyntax(ModuleSyntax node)
    {
        var body = RewriteList(node.Body);
        if (Same(body, node.Body)) return node;
        var n = Copy(node);
        n.Body = body;
        return n;
    }

    public override SyntaxNode VisitArgumentsSyntax(ArgumentsSyntax node)
    {
        var defaults = RewriteList(node.Defaults);
        var kwDefaults = RewriteList(node.KwDefaults);
        var posOnly = RewriteList(node.PosOnlyArgs);
        var args = RewriteList(node.Args);
        var varArg = RewriteOptional(node.VarArg);
        var kwOnly = RewriteList(node.KwOnlyArgs);
        var kwArg = RewriteOptional(node.KwArg);
        if (Same(defaults, node.Defaults) && Same(kwDefaults, node.KwDefaults) && Same(posOnly, node.PosOnlyArgs) && Same(args, node.Args) && Same(varArg, node.VarArg) && Same(kwOnly, node.KwOnlyArgs) && Same(kwArg, node.KwArg)) return node;
        var n = Copy(node);
        n.Defaults = defaults;
        n.KwDefaults = kwDefaults;
        n.PosOnlyArgs = posOnly;
        n.Args = args;
        n.VarArg = varArg;
        n.KwOnlyArgs = kwOnly;
        n.KwArg = kwArg;
        return n;
    }

    public override SyntaxNode VisitArgSyntax(ArgSyntax node)
    {
        var annotation = RewriteOptional(node.Annotation);
        return Same(annotation, node.Annotation) ? node : With(node, n => n.Annotation = annotation);
    }

    public override SyntaxNode VisitFunctionDefStmt(FunctionDefStmt node)
    {
        var decorators = RewriteList(node.DecoratorList);
        var args = (ArgumentsSyntax)Visit(node.Args);
        var returns = RewriteOptional(node.Returns);
        var body = RewriteList(node.Body);
        if (Same(decorators, node.DecoratorList) && Same(args, node.Args) && Same(returns, node.Returns) && Same(body, node.Body)) return node;
        var n = Copy(node);
        n.DecoratorList = decorators;
        n.Args = args;
        n.Returns = returns;
        n.Body = body;
        return n;
    }

    public override SyntaxNode VisitClassDefStmt(ClassDefStmt node)
    {
        var decorators = RewriteList(node.DecoratorList);
        var bases = RewriteList(node.Bases);
        var keywords = RewriteList(node.Keywords);
        var body = RewriteList(node.Body);
        if (Same(decorators, node.DecoratorList) && Same(bases, node.Bases) && Same(keywords, node.Keywords) && Same(body, node.Body)) return node;
        var n = Copy(node);
        n.DecoratorList = decorators;
        n.Bases = bases;
        n.Keywords = keywords;
        n.Body = body;
        return n;
    }

    public override SyntaxNode VisitReturnStmt(ReturnStmt node)
    {
        var value = RewriteOptional(node.Value);
        if (Same(value, node.Value)) return node;
        var n = Copy(node);
        n.Value = value;
        return n;
    }

    public override SyntaxNode VisitDeleteStmt(DeleteStmt node)
    {
        var targets = RewriteList(node.Targets);
        if (Same(targets, node.Targets)) return node;
        var n = Copy(node);
        n.Targets = targets;
        return n;
    }

    public override SyntaxNode VisitAssignStmt(AssignStmt node)
    {
        var value = Rewrite(node.Value);
        var targets = RewriteList(node.Targets);
        if (Same(value, node.Value) && Same(targets, node.Targets)) return node;
        var n = Copy(node);
        n.Value = value;
        n.Targets = targets;
        return n;
    }

    public override SyntaxNode VisitAugAssignStmt(AugAssignStmt node)
    {
        var target = Rewrite(node.Target);
        var value = Rewrite(node.Value);
        if (Same(target, node.Target) && Same(value, node.Value)) return node;
        var n = Copy(node);
        n.Target = target;
        n.Value = value;
        return n;
    }

    public override SyntaxNode VisitForStmt(ForStmt node)
    {
        var iter = Rewrite(node.Iter);
        var target = Rewrite(node.Target);
        var body = RewriteList(node.Body);
        var orElse = RewriteList(node.OrElse);
        if (Same(iter, node.Iter) && Same(target, node.Target) && Same(body, node.Body) && Same(orElse, node.OrElse)) return node;
        var n = Copy(node);
        n.Iter = iter;
        n.Target = target;
        n.Body = body;
        n.OrElse = orElse;
        return n;
    }

    public override SyntaxNode VisitWhileStmt(WhileStmt node)
    {
        var test = Rewrite(node.Test);
        var body = RewriteList(node.Body);
        var orElse = RewriteList(node.OrElse);
        if (Same(test, node.Test) && Same(body, node.Body) && Same(orElse, node.OrElse)) return node;
        var n = Copy(node);
        n.Test = test;
        n.Body = body;
        n.OrElse = orElse;
        return n;
    }

    public override SyntaxNode VisitIfStmt(IfStmt node)
    {
        var test = Rewrite(node.Test);
        var body = RewriteList(node.Body);
        var orElse = RewriteList(node.OrElse);
        if (Same(test, node.Test) && Same(body, node.Body) && Same(orElse, node.OrElse)) return node;
        var n = Copy(node);
        n.Test = test;
        n.Body = body;
        n.OrElse = orElse;
        return n;
    }

    public override SyntaxNode VisitWithItemSyntax(WithItemSyntax node)
    {
        var context = Rewrite(node.ContextExpr);
        var vars = RewriteOptional(node.OptionalVars);
        if (Same(context, node.ContextExpr) && Same(vars, node.OptionalVars)) return node;
        var n = Copy(node);
        n.ContextExpr = context;
        n.OptionalVars = vars;
        return n;
    }

    public override SyntaxNode VisitWithStmt(WithStmt node)
    {
        var items = RewriteList(node.Items);
        var body = RewriteList(node.Body);
        if (Same(items, node.Items) && Same(body, node.Body)) return node;
        var n = Copy(node);
        n.Items = items;
        n.Body = body;
        return n;
    }

    public override SyntaxNode VisitRaiseStmt(RaiseStmt node)
    {
        var exc = RewriteOptional(node.Exc);
        var cause = RewriteOptional(node.Cause);
        if (Same(exc, node.Exc) && Same(cause, node.Cause)) return node;
        var n = Copy(node);
        n.Exc = exc;
        n.Cause = cause;
        return n;
    }

    public override SyntaxNode VisitExceptHandlerSyntax(ExceptHandlerSyntax node)
    {
        var type = RewriteOptional(node.Type);
        var body = RewriteList(node.Body);
        if (Same(type, node.Type) && Same(body, node.Body)) return node;
        var n = Copy(node);
        n.Type = type;
        n.Body = body;
        return n;
    }

    public override SyntaxNode VisitTryStmt(TryStmt node)
    {
        var body = RewriteList(node.Body);
        var handlers = RewriteList(node.Handlers);
        var orElse = RewriteList(node.OrElse);
        var finalBody = RewriteList(node.FinalBody);
        if (Same(body, node.Body) && Same(handlers, node.Handlers) && Same(orElse, node.OrElse) && Same(finalBody, node.FinalBody)) return node;
        var n = Copy(node);
        n.Body = body;
        n.Handlers = handlers;
        n.OrElse = orElse;
        n.FinalBody = finalBody;
        return n;
    }

    public override SyntaxNode VisitAssertStmt(AssertStmt node)
    {
        var test = Rewrite(node.Test);
        var msg = RewriteOptional(node.Msg);
        if (Same(test, node.Test) && Same(msg, node.Msg)) return node;
        var n = Copy(node);
        n.Test = test;
        n.Msg = msg;
        return n;
    }

    public override SyntaxNode VisitExprStmt(ExprStmt node)
    {
        var value = Rewrite(node.Value);
        if (Same(value, node.Value)) return node;
        var n = Copy(node);
        n.Value = value;
        return n;
    }
}
