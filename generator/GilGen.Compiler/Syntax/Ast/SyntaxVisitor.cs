using System.Runtime.CompilerServices;

namespace GilGen.Compiler.Syntax.Ast;

/// <summary>
/// Double dispatch over the syntax tree: one <c>Visit</c> method per node kind, each falling back
/// to <see cref="DefaultVisit"/>. <see cref="SyntaxWalker"/> is the subclass that visits children.
/// </summary>
public abstract class SyntaxVisitor
{
    /// <summary>Dispatches to the node's own <c>Visit</c> method; does nothing for null.</summary>
    public virtual void Visit(SyntaxNode? node)
    {
        if (node is null) return;
        // A safety net under NestingLimit: a full stack is a diagnostic, never a crash of the host.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        node.Accept(this);
    }

    /// <summary>What every <c>Visit</c> method does unless overridden: nothing.</summary>
    public virtual void DefaultVisit(SyntaxNode node) { }

    /// <summary>Visits a <see cref="ConstantExpr"/>.</summary>
    public virtual void VisitConstantExpr(ConstantExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="NameExpr"/>.</summary>
    public virtual void VisitNameExpr(NameExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="AttributeExpr"/>.</summary>
    public virtual void VisitAttributeExpr(AttributeExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="SubscriptExpr"/>.</summary>
    public virtual void VisitSubscriptExpr(SubscriptExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="SliceExpr"/>.</summary>
    public virtual void VisitSliceExpr(SliceExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="StarredExpr"/>.</summary>
    public virtual void VisitStarredExpr(StarredExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="TupleExpr"/>.</summary>
    public virtual void VisitTupleExpr(TupleExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ListExpr"/>.</summary>
    public virtual void VisitListExpr(ListExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="SetExpr"/>.</summary>
    public virtual void VisitSetExpr(SetExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="DictExpr"/>.</summary>
    public virtual void VisitDictExpr(DictExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="BinOpExpr"/>.</summary>
    public virtual void VisitBinOpExpr(BinOpExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="UnaryOpExpr"/>.</summary>
    public virtual void VisitUnaryOpExpr(UnaryOpExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="BoolOpExpr"/>.</summary>
    public virtual void VisitBoolOpExpr(BoolOpExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="CompareExpr"/>.</summary>
    public virtual void VisitCompareExpr(CompareExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="CallExpr"/>.</summary>
    public virtual void VisitCallExpr(CallExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="KeywordSyntax"/>.</summary>
    public virtual void VisitKeywordSyntax(KeywordSyntax node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="IfExpExpr"/>.</summary>
    public virtual void VisitIfExpExpr(IfExpExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="LambdaExpr"/>.</summary>
    public virtual void VisitLambdaExpr(LambdaExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ComprehensionExpr"/>.</summary>
    public virtual void VisitComprehensionExpr(ComprehensionExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ComprehensionClause"/>.</summary>
    public virtual void VisitComprehensionClause(ComprehensionClause node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="JoinedStrExpr"/>.</summary>
    public virtual void VisitJoinedStrExpr(JoinedStrExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="FormattedValueExpr"/>.</summary>
    public virtual void VisitFormattedValueExpr(FormattedValueExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ErrorExpr"/>.</summary>
    public virtual void VisitErrorExpr(ErrorExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="NamedExpr"/>.</summary>
    public virtual void VisitNamedExpr(NamedExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="AnnAssignStmt"/>.</summary>
    public virtual void VisitAnnAssignStmt(AnnAssignStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="YieldExpr"/>.</summary>
    public virtual void VisitYieldExpr(YieldExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="YieldFromExpr"/>.</summary>
    public virtual void VisitYieldFromExpr(YieldFromExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="AwaitExpr"/>.</summary>
    public virtual void VisitAwaitExpr(AwaitExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ModuleSyntax"/>.</summary>
    public virtual void VisitModuleSyntax(ModuleSyntax node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ArgSyntax"/>.</summary>
    public virtual void VisitArgSyntax(ArgSyntax node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ArgumentsSyntax"/>.</summary>
    public virtual void VisitArgumentsSyntax(ArgumentsSyntax node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="FunctionDefStmt"/>.</summary>
    public virtual void VisitFunctionDefStmt(FunctionDefStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ClassDefStmt"/>.</summary>
    public virtual void VisitClassDefStmt(ClassDefStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ReturnStmt"/>.</summary>
    public virtual void VisitReturnStmt(ReturnStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="DeleteStmt"/>.</summary>
    public virtual void VisitDeleteStmt(DeleteStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="AssignStmt"/>.</summary>
    public virtual void VisitAssignStmt(AssignStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="AugAssignStmt"/>.</summary>
    public virtual void VisitAugAssignStmt(AugAssignStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ForStmt"/>.</summary>
    public virtual void VisitForStmt(ForStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="WhileStmt"/>.</summary>
    public virtual void VisitWhileStmt(WhileStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="IfStmt"/>.</summary>
    public virtual void VisitIfStmt(IfStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="WithItemSyntax"/>.</summary>
    public virtual void VisitWithItemSyntax(WithItemSyntax node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="WithStmt"/>.</summary>
    public virtual void VisitWithStmt(WithStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="RaiseStmt"/>.</summary>
    public virtual void VisitRaiseStmt(RaiseStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ExceptHandlerSyntax"/>.</summary>
    public virtual void VisitExceptHandlerSyntax(ExceptHandlerSyntax node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="TryStmt"/>.</summary>
    public virtual void VisitTryStmt(TryStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="AssertStmt"/>.</summary>
    public virtual void VisitAssertStmt(AssertStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="AliasSyntax"/>.</summary>
    public virtual void VisitAliasSyntax(AliasSyntax node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ImportStmt"/>.</summary>
    public virtual void VisitImportStmt(ImportStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ImportFromStmt"/>.</summary>
    public virtual void VisitImportFromStmt(ImportFromStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="GlobalStmt"/>.</summary>
    public virtual void VisitGlobalStmt(GlobalStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="NonlocalStmt"/>.</summary>
    public virtual void VisitNonlocalStmt(NonlocalStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ExprStmt"/>.</summary>
    public virtual void VisitExprStmt(ExprStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="PassStmt"/>.</summary>
    public virtual void VisitPassStmt(PassStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="BreakStmt"/>.</summary>
    public virtual void VisitBreakStmt(BreakStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ContinueStmt"/>.</summary>
    public virtual void VisitContinueStmt(ContinueStmt node) => DefaultVisit(node);
}
