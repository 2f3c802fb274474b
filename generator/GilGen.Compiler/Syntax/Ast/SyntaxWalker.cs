using System.Collections.Generic;

namespace GilGen.Compiler.Syntax.Ast;

/// <summary>
/// A <see cref="SyntaxVisitor"/> that visits every child of every node, in CPython's evaluation
/// order (an assignment's value before its targets, a conditional's test before its branches, a
/// for loop's iterable before its target). The one traversal of the tree: passes override the
/// kinds they care about and call the base method to keep walking.
/// </summary>
/// <remarks>
/// A def, class or lambda evaluates its defaults, bases and keywords where it is written and its
/// body in a scope of its own: the walker calls <see cref="EnterScope"/> and <see cref="ExitScope"/>
/// around the body. A comprehension is a scope too, but its first iterable is evaluated outside
/// it; passes that track comprehension scopes override <see cref="VisitComprehensionExpr"/>.
/// </remarks>
public abstract class SyntaxWalker : SyntaxVisitor
{
    /// <summary>Called before the body of a def, class or lambda is visited.</summary>
    protected virtual void EnterScope(SyntaxNode scopeNode) { }

    /// <summary>Called after the body of a def, class or lambda was visited.</summary>
    protected virtual void ExitScope(SyntaxNode scopeNode) { }

    /// <summary>Visits each node of <paramref name="nodes"/> in order, skipping nulls.</summary>
    public void VisitEach<TNode>(IEnumerable<TNode?> nodes) where TNode : SyntaxNode
    {
        foreach (var node in nodes) Visit(node);
    }

    private void VisitScopeBody(SyntaxNode scopeNode, IEnumerable<SyntaxNode> body)
    {
        EnterScope(scopeNode);
        VisitEach(body);
        ExitScope(scopeNode);
    }

    // ---------------------------------------------------------------- expressions

    /// <inheritdoc/>
    public override void VisitAttributeExpr(AttributeExpr node) => Visit(node.Value);

    /// <inheritdoc/>
    public override void VisitSubscriptExpr(SubscriptExpr node) { Visit(node.Value); Visit(node.Slice); }

    /// <inheritdoc/>
    public override void VisitSliceExpr(SliceExpr node) { Visit(node.Lower); Visit(node.Upper); Visit(node.Step); }

    /// <inheritdoc/>
    public override void VisitStarredExpr(StarredExpr node) => Visit(node.Value);

    /// <inheritdoc/>
    public override void VisitTupleExpr(TupleExpr node) => VisitEach(node.Elts);

    /// <inheritdoc/>
    public override void VisitListExpr(ListExpr node) => VisitEach(node.Elts);

    /// <inheritdoc/>
    public override void VisitSetExpr(SetExpr node) => VisitEach(node.Elts);

    /// <inheritdoc/>
    public override void VisitDictExpr(DictExpr node)
    {
        // Each key is evaluated just before its value.
        for (int i = 0; i < node.Values.Count; i++)
        {
            if (i < node.Keys.Count) Visit(node.Keys[i]);
            Visit(node.Values[i]);
        }
    }

    /// <inheritdoc/>
    public override void VisitBinOpExpr(BinOpExpr node) { Visit(node.Left); Visit(node.Right); }

    /// <inheritdoc/>
    public override void VisitUnaryOpExpr(UnaryOpExpr node) => Visit(node.Operand);

    /// <inheritdoc/>
    public override void VisitBoolOpExpr(BoolOpExpr node) => VisitEach(node.Values);

    /// <inheritdoc/>
    public override void VisitCompareExpr(CompareExpr node) { Visit(node.Left); VisitEach(node.Comparators); }

    /// <inheritdoc/>
    public override void VisitCallExpr(CallExpr node) { Visit(node.Func); VisitEach(node.Args); VisitEach(node.Keywords); }

    /// <inheritdoc/>
    public override void VisitKeywordSyntax(KeywordSyntax node) => Visit(node.Value);

    /// <inheritdoc/>
    public override void VisitIfExpExpr(IfExpExpr node) { Visit(node.Test); Visit(node.Body); Visit(node.OrElse); }

    /// <inheritdoc/>
    public override void VisitLambdaExpr(LambdaExpr node)
    {
        Visit(node.Args);
        VisitScopeBody(node, new SyntaxNode[] { node.Body });
    }

    /// <inheritdoc/>
    public override void VisitComprehensionExpr(ComprehensionExpr node)
    {
        VisitEach(node.Generators);
        Visit(node.Elt);
        Visit(node.Value);
    }

    /// <inheritdoc/>
    public override void VisitComprehensionClause(ComprehensionClause node) { Visit(node.Iter); Visit(node.Target); VisitEach(node.Ifs); }

    /// <inheritdoc/>
    public override void VisitJoinedStrExpr(JoinedStrExpr node) => VisitEach(node.Values);

    /// <inheritdoc/>
    public override void VisitFormattedValueExpr(FormattedValueExpr node) { Visit(node.Value); Visit(node.FormatSpec); }

    /// <summary>The value, then the name it is bound to.</summary>
    public override void VisitNamedExpr(NamedExpr node) { Visit(node.Value); Visit(node.Target); }

    /// <inheritdoc/>
    public override void VisitYieldExpr(YieldExpr node) => Visit(node.Value);

    /// <inheritdoc/>
    public override void VisitYieldFromExpr(YieldFromExpr node) => Visit(node.Value);

    /// <inheritdoc/>
    public override void VisitAwaitExpr(AwaitExpr node) => Visit(node.Value);

    // ---------------------------------------------------------------- statements and their parts

    /// <inheritdoc/>
    public override void VisitModuleSyntax(ModuleSyntax node) => VisitEach(node.Body);

    /// <summary>Visits the defaults (evaluated where the def or lambda is written), then the parameters.</summary>
    public override void VisitArgumentsSyntax(ArgumentsSyntax node)
    {
        VisitEach(node.Defaults);
        VisitEach(node.KwDefaults);
        VisitEach(node.PosOnlyArgs);
        VisitEach(node.Args);
        Visit(node.VarArg);
        VisitEach(node.KwOnlyArgs);
        Visit(node.KwArg);
    }

    /// <summary>A parameter's annotation, evaluated where the def is written.</summary>
    public override void VisitArgSyntax(ArgSyntax node) => Visit(node.Annotation);

    /// <summary>Decorators first, then defaults and annotations (all where the def is written), then the body.</summary>
    public override void VisitFunctionDefStmt(FunctionDefStmt node)
    {
        VisitEach(node.DecoratorList);
        Visit(node.Args);
        Visit(node.Returns);
        VisitScopeBody(node, node.Body);
    }

    /// <inheritdoc/>
    public override void VisitClassDefStmt(ClassDefStmt node)
    {
        VisitEach(node.DecoratorList);
        VisitEach(node.Bases);
        VisitEach(node.Keywords);
        VisitScopeBody(node, node.Body);
    }

    /// <inheritdoc/>
    public override void VisitReturnStmt(ReturnStmt node) => Visit(node.Value);

    /// <inheritdoc/>
    public override void VisitDeleteStmt(DeleteStmt node) => VisitEach(node.Targets);

    /// <inheritdoc/>
    public override void VisitAssignStmt(AssignStmt node) { Visit(node.Value); VisitEach(node.Targets); }

    /// <summary>The value, the target, then the annotation (as compile.c evaluates them).</summary>
    public override void VisitAnnAssignStmt(AnnAssignStmt node) { Visit(node.Value); Visit(node.Target); Visit(node.Annotation); }

    /// <inheritdoc/>
    public override void VisitAugAssignStmt(AugAssignStmt node) { Visit(node.Target); Visit(node.Value); }

    /// <inheritdoc/>
    public override void VisitForStmt(ForStmt node) { Visit(node.Iter); Visit(node.Target); VisitEach(node.Body); VisitEach(node.OrElse); }

    /// <inheritdoc/>
    public override void VisitWhileStmt(WhileStmt node) { Visit(node.Test); VisitEach(node.Body); VisitEach(node.OrElse); }

    /// <inheritdoc/>
    public override void VisitIfStmt(IfStmt node) { Visit(node.Test); VisitEach(node.Body); VisitEach(node.OrElse); }

    /// <inheritdoc/>
    public override void VisitWithItemSyntax(WithItemSyntax node) { Visit(node.ContextExpr); Visit(node.OptionalVars); }

    /// <inheritdoc/>
    public override void VisitWithStmt(WithStmt node) { VisitEach(node.Items); VisitEach(node.Body); }

    /// <inheritdoc/>
    public override void VisitRaiseStmt(RaiseStmt node) { Visit(node.Exc); Visit(node.Cause); }

    /// <inheritdoc/>
    public override void VisitExceptHandlerSyntax(ExceptHandlerSyntax node) { Visit(node.Type); VisitEach(node.Body); }

    /// <inheritdoc/>
    public override void VisitTryStmt(TryStmt node)
    {
        VisitEach(node.Body);
        VisitEach(node.Handlers);
        VisitEach(node.OrElse);
        VisitEach(node.FinalBody);
    }

    /// <inheritdoc/>
    public override void VisitAssertStmt(AssertStmt node) { Visit(node.Test); Visit(node.Msg); }

    /// <inheritdoc/>
    public override void VisitImportStmt(ImportStmt node) => VisitEach(node.Names);

    /// <inheritdoc/>
    public override void VisitImportFromStmt(ImportFromStmt node) => VisitEach(node.Names);

    /// <inheritdoc/>
    public override void VisitExprStmt(ExprStmt node) => Visit(node.Value);
}
