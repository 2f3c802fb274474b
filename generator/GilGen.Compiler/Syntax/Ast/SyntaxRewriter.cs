using System;
using System.Collections.Generic;

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

    protected T Rewrite<T>(T node) where T : SyntaxNode => (T)Visit(node);

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

    /// <summary>A copy of <paramref name="node"/> with <paramref name="set"/> applied.</summary>
    protected static T With<T>(T node, Action<T> set) where T : SyntaxNode
    {
        var copy = (T)node.ShallowCopy();
        set(copy);
        return copy;
    }

    private static bool Same(object? a, object? b) => ReferenceEquals(a, b);

    // ---------------------------------------------------------------- expressions

    public override SyntaxNode VisitAttributeExpr(AttributeExpr node)
    {
        var value = Rewrite(node.Value);
        return Same(value, node.Value) ? node : With(node, n => n.Value = value);
    }

    public override SyntaxNode VisitSubscriptExpr(SubscriptExpr node)
    {
        var value = Rewrite(node.Value);
        var slice = Rewrite(node.Slice);
        return Same(value, node.Value) && Same(slice, node.Slice) ? node : With(node, n => { n.Value = value; n.Slice = slice; });
    }

    public override SyntaxNode VisitSliceExpr(SliceExpr node)
    {
        var lower = RewriteOptional(node.Lower);
        var upper = RewriteOptional(node.Upper);
        var step = RewriteOptional(node.Step);
        return Same(lower, node.Lower) && Same(upper, node.Upper) && Same(step, node.Step) ? node
            : With(node, n => { n.Lower = lower; n.Upper = upper; n.Step = step; });
    }

    public override SyntaxNode VisitStarredExpr(StarredExpr node)
    {
        var value = Rewrite(node.Value);
        return Same(value, node.Value) ? node : With(node, n => n.Value = value);
    }

    public override SyntaxNode VisitTupleExpr(TupleExpr node)
    {
        var elts = RewriteList(node.Elts);
        return Same(elts, node.Elts) ? node : With(node, n => n.Elts = elts);
    }

    public override SyntaxNode VisitListExpr(ListExpr node)
    {
        var elts = RewriteList(node.Elts);
        return Same(elts, node.Elts) ? node : With(node, n => n.Elts = elts);
    }

    public override SyntaxNode VisitSetExpr(SetExpr node)
    {
        var elts = RewriteList(node.Elts);
        return Same(elts, node.Elts) ? node : With(node, n => n.Elts = elts);
    }

    public override SyntaxNode VisitDictExpr(DictExpr node)
    {
        var keys = RewriteList(node.Keys);
        var values = RewriteList(node.Values);
        return Same(keys, node.Keys) && Same(values, node.Values) ? node : With(node, n => { n.Keys = keys; n.Values = values; });
    }

    public override SyntaxNode VisitBinOpExpr(BinOpExpr node)
    {
        var left = Rewrite(node.Left);
        var right = Rewrite(node.Right);
        return Same(left, node.Left) && Same(right, node.Right) ? node : With(node, n => { n.Left = left; n.Right = right; });
    }

    public override SyntaxNode VisitUnaryOpExpr(UnaryOpExpr node)
    {
        var operand = Rewrite(node.Operand);
        return Same(operand, node.Operand) ? node : With(node, n => n.Operand = operand);
    }

    public override SyntaxNode VisitBoolOpExpr(BoolOpExpr node)
    {
        var values = RewriteList(node.Values);
        return Same(values, node.Values) ? node : With(node, n => n.Values = values);
    }

    public override SyntaxNode VisitCompareExpr(CompareExpr node)
    {
        var left = Rewrite(node.Left);
        var comparators = RewriteList(node.Comparators);
        return Same(left, node.Left) && Same(comparators, node.Comparators) ? node
            : With(node, n => { n.Left = left; n.Comparators = comparators; });
    }

    public override SyntaxNode VisitCallExpr(CallExpr node)
    {
        var func = Rewrite(node.Func);
        var args = RewriteList(node.Args);
        var keywords = RewriteList(node.Keywords);
        return Same(func, node.Func) && Same(args, node.Args) && Same(keywords, node.Keywords) ? node
            : With(node, n => { n.Func = func; n.Args = args; n.Keywords = keywords; });
    }

    public override SyntaxNode VisitKeywordSyntax(KeywordSyntax node)
    {
        var value = Rewrite(node.Value);
        return Same(value, node.Value) ? node : With(node, n => n.Value = value);
    }

    public override SyntaxNode VisitIfExpExpr(IfExpExpr node)
    {
        var test = Rewrite(node.Test);
        var body = Rewrite(node.Body);
        var orElse = Rewrite(node.OrElse);
        return Same(test, node.Test) && Same(body, node.Body) && Same(orElse, node.OrElse) ? node
            : With(node, n => { n.Test = test; n.Body = body; n.OrElse = orElse; });
    }

    public override SyntaxNode VisitLambdaExpr(LambdaExpr node)
    {
        var args = Rewrite(node.Args);
        var body = Rewrite(node.Body);
        return Same(args, node.Args) && Same(body, node.Body) ? node : With(node, n => { n.Args = args; n.Body = body; });
    }

    public override SyntaxNode VisitComprehensionExpr(ComprehensionExpr node)
    {
        var generators = RewriteList(node.Generators);
        var elt = Rewrite(node.Elt);
        var value = RewriteOptional(node.Value);
        return Same(generators, node.Generators) && Same(elt, node.Elt) && Same(value, node.Value) ? node
            : With(node, n => { n.Generators = generators; n.Elt = elt; n.Value = value; });
    }

    public override SyntaxNode VisitComprehensionClause(ComprehensionClause node)
    {
        var iter = Rewrite(node.Iter);
        var target = Rewrite(node.Target);
        var ifs = RewriteList(node.Ifs);
        return Same(iter, node.Iter) && Same(target, node.Target) && Same(ifs, node.Ifs) ? node
            : With(node, n => { n.Iter = iter; n.Target = target; n.Ifs = ifs; });
    }

    public override SyntaxNode VisitJoinedStrExpr(JoinedStrExpr node)
    {
        var values = RewriteList(node.Values);
        return Same(values, node.Values) ? node : With(node, n => n.Values = values);
    }

    public override SyntaxNode VisitFormattedValueExpr(FormattedValueExpr node)
    {
        var value = Rewrite(node.Value);
        var spec = RewriteOptional(node.FormatSpec);
        return Same(value, node.Value) && Same(spec, node.FormatSpec) ? node : With(node, n => { n.Value = value; n.FormatSpec = spec; });
    }

    public override SyntaxNode VisitNamedExpr(NamedExpr node)
    {
        var value = Rewrite(node.Value);
        return Same(value, node.Value) ? node : With(node, n => n.Value = value);
    }

    public override SyntaxNode VisitYieldExpr(YieldExpr node)
    {
        var value = RewriteOptional(node.Value);
        return Same(value, node.Value) ? node : With(node, n => n.Value = value);
    }

    public override SyntaxNode VisitYieldFromExpr(YieldFromExpr node)
    {
        var value = Rewrite(node.Value);
        return Same(value, node.Value) ? node : With(node, n => n.Value = value);
    }

    public override SyntaxNode VisitAwaitExpr(AwaitExpr node)
    {
        var value = Rewrite(node.Value);
        return Same(value, node.Value) ? node : With(node, n => n.Value = value);
    }

    // ---------------------------------------------------------------- statements and their parts

    public override SyntaxNode VisitModuleSyntax(ModuleSyntax node)
    {
        var body = RewriteList(node.Body);
        return Same(body, node.Body) ? node : With(node, n => n.Body = body);
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
        return Same(defaults, node.Defaults) && Same(kwDefaults, node.KwDefaults) && Same(posOnly, node.PosOnlyArgs)
            && Same(args, node.Args) && Same(varArg, node.VarArg) && Same(kwOnly, node.KwOnlyArgs) && Same(kwArg, node.KwArg) ? node
            : With(node, n =>
            {
                n.Defaults = defaults; n.KwDefaults = kwDefaults; n.PosOnlyArgs = posOnly; n.Args = args;
                n.VarArg = varArg; n.KwOnlyArgs = kwOnly; n.KwArg = kwArg;
            });
    }

    public override SyntaxNode VisitArgSyntax(ArgSyntax node)
    {
        var annotation = RewriteOptional(node.Annotation);
        return Same(annotation, node.Annotation) ? node : With(node, n => n.Annotation = annotation);
    }

    public override SyntaxNode VisitFunctionDefStmt(FunctionDefStmt node)
    {
        var decorators = RewriteList(node.DecoratorList);
        var args = Rewrite(node.Args);
        var returns = RewriteOptional(node.Returns);
        var body = RewriteList(node.Body);
        return Same(decorators, node.DecoratorList) && Same(args, node.Args) && Same(returns, node.Returns) && Same(body, node.Body) ? node
            : With(node, n => { n.DecoratorList = decorators; n.Args = args; n.Returns = returns; n.Body = body; });
    }

    public override SyntaxNode VisitClassDefStmt(ClassDefStmt node)
    {
        var decorators = RewriteList(node.DecoratorList);
        var bases = RewriteList(node.Bases);
        var keywords = RewriteList(node.Keywords);
        var body = RewriteList(node.Body);
        return Same(decorators, node.DecoratorList) && Same(bases, node.Bases) && Same(keywords, node.Keywords) && Same(body, node.Body) ? node
            : With(node, n => { n.DecoratorList = decorators; n.Bases = bases; n.Keywords = keywords; n.Body = body; });
    }

    public override SyntaxNode VisitAnnAssignStmt(AnnAssignStmt node)
    {
        var value = RewriteOptional(node.Value);
        var target = Rewrite(node.Target);
        var annotation = Rewrite(node.Annotation);
        return Same(value, node.Value) && Same(target, node.Target) && Same(annotation, node.Annotation) ? node
            : With(node, n => { n.Value = value; n.Target = target; n.Annotation = annotation; });
    }

    public override SyntaxNode VisitReturnStmt(ReturnStmt node)
    {
        var value = RewriteOptional(node.Value);
        return Same(value, node.Value) ? node : With(node, n => n.Value = value);
    }

    public override SyntaxNode VisitDeleteStmt(DeleteStmt node)
    {
        var targets = RewriteList(node.Targets);
        return Same(targets, node.Targets) ? node : With(node, n => n.Targets = targets);
    }

    public override SyntaxNode VisitAssignStmt(AssignStmt node)
    {
        var value = Rewrite(node.Value);
        var targets = RewriteList(node.Targets);
        return Same(value, node.Value) && Same(targets, node.Targets) ? node : With(node, n => { n.Value = value; n.Targets = targets; });
    }

    public override SyntaxNode VisitAugAssignStmt(AugAssignStmt node)
    {
        var target = Rewrite(node.Target);
        var value = Rewrite(node.Value);
        return Same(target, node.Target) && Same(value, node.Value) ? node : With(node, n => { n.Target = target; n.Value = value; });
    }

    public override SyntaxNode VisitForStmt(ForStmt node)
    {
        var iter = Rewrite(node.Iter);
        var target = Rewrite(node.Target);
        var body = RewriteList(node.Body);
        var orElse = RewriteList(node.OrElse);
        return Same(iter, node.Iter) && Same(target, node.Target) && Same(body, node.Body) && Same(orElse, node.OrElse) ? node
            : With(node, n => { n.Iter = iter; n.Target = target; n.Body = body; n.OrElse = orElse; });
    }

    public override SyntaxNode VisitWhileStmt(WhileStmt node)
    {
        var test = Rewrite(node.Test);
        var body = RewriteList(node.Body);
        var orElse = RewriteList(node.OrElse);
        return Same(test, node.Test) && Same(body, node.Body) && Same(orElse, node.OrElse) ? node
            : With(node, n => { n.Test = test; n.Body = body; n.OrElse = orElse; });
    }

    public override SyntaxNode VisitIfStmt(IfStmt node)
    {
        var test = Rewrite(node.Test);
        var body = RewriteList(node.Body);
        var orElse = RewriteList(node.OrElse);
        return Same(test, node.Test) && Same(body, node.Body) && Same(orElse, node.OrElse) ? node
            : With(node, n => { n.Test = test; n.Body = body; n.OrElse = orElse; });
    }

    public override SyntaxNode VisitWithItemSyntax(WithItemSyntax node)
    {
        var context = Rewrite(node.ContextExpr);
        var vars = RewriteOptional(node.OptionalVars);
        return Same(context, node.ContextExpr) && Same(vars, node.OptionalVars) ? node
            : With(node, n => { n.ContextExpr = context; n.OptionalVars = vars; });
    }

    public override SyntaxNode VisitWithStmt(WithStmt node)
    {
        var items = RewriteList(node.Items);
        var body = RewriteList(node.Body);
        return Same(items, node.Items) && Same(body, node.Body) ? node : With(node, n => { n.Items = items; n.Body = body; });
    }

    public override SyntaxNode VisitRaiseStmt(RaiseStmt node)
    {
        var exc = RewriteOptional(node.Exc);
        var cause = RewriteOptional(node.Cause);
        return Same(exc, node.Exc) && Same(cause, node.Cause) ? node : With(node, n => { n.Exc = exc; n.Cause = cause; });
    }

    public override SyntaxNode VisitExceptHandlerSyntax(ExceptHandlerSyntax node)
    {
        var type = RewriteOptional(node.Type);
        var body = RewriteList(node.Body);
        return Same(type, node.Type) && Same(body, node.Body) ? node : With(node, n => { n.Type = type; n.Body = body; });
    }

    public override SyntaxNode VisitTryStmt(TryStmt node)
    {
        var body = RewriteList(node.Body);
        var handlers = RewriteList(node.Handlers);
        var orElse = RewriteList(node.OrElse);
        var finalBody = RewriteList(node.FinalBody);
        return Same(body, node.Body) && Same(handlers, node.Handlers) && Same(orElse, node.OrElse) && Same(finalBody, node.FinalBody) ? node
            : With(node, n => { n.Body = body; n.Handlers = handlers; n.OrElse = orElse; n.FinalBody = finalBody; });
    }

    public override SyntaxNode VisitAssertStmt(AssertStmt node)
    {
        var test = Rewrite(node.Test);
        var msg = RewriteOptional(node.Msg);
        return Same(test, node.Test) && Same(msg, node.Msg) ? node : With(node, n => { n.Test = test; n.Msg = msg; });
    }

    public override SyntaxNode VisitExprStmt(ExprStmt node)
    {
        var value = Rewrite(node.Value);
        return Same(value, node.Value) ? node : With(node, n => n.Value = value);
    }
}
