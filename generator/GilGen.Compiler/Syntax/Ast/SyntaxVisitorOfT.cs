using System.Runtime.CompilerServices;

namespace GilGen.Compiler.Syntax.Ast;

/// <summary>
/// Double dispatch over the syntax tree for passes that compute a value per node: one <c>Visit</c>
/// method per node kind, each falling back to <see cref="DefaultVisit"/>.
/// </summary>
/// <typeparam name="TResult">What a visit returns.</typeparam>
public abstract class SyntaxVisitor<TResult>
{
    /// <summary>Dispatches to the node's own <c>Visit</c> method.</summary>
    public virtual TResult Visit(SyntaxNode node)
    {
        // A safety net under NestingLimit: a full stack is a diagnostic, never a crash of the host.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return node.Accept(this);
    }

    /// <summary>What every <c>Visit</c> method returns unless overridden: <c>default</c>.</summary>
    public virtual TResult DefaultVisit(SyntaxNode node) => default!;

    /// <summary>Visits a <see cref="ConstantExpr"/>.</summary>
    public virtual TResult VisitConstantExpr(ConstantExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="NameExpr"/>.</summary>
    public virtual TResult VisitNameExpr(NameExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="AttributeExpr"/>.</summary>
    public virtual TResult VisitAttributeExpr(AttributeExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="SubscriptExpr"/>.</summary>
    public virtual TResult VisitSubscriptExpr(SubscriptExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="SliceExpr"/>.</summary>
    public virtual TResult VisitSliceExpr(SliceExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="StarredExpr"/>.</summary>
    public virtual TResult VisitStarredExpr(StarredExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="TupleExpr"/>.</summary>
    public virtual TResult VisitTupleExpr(TupleExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ListExpr"/>.</summary>
    public virtual TResult VisitListExpr(ListExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="SetExpr"/>.</summary>
    public virtual TResult VisitSetExpr(SetExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="DictExpr"/>.</summary>
    public virtual TResult VisitDictExpr(DictExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="BinOpExpr"/>.</summary>
    public virtual TResult VisitBinOpExpr(BinOpExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="UnaryOpExpr"/>.</summary>
    public virtual TResult VisitUnaryOpExpr(UnaryOpExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="BoolOpExpr"/>.</summary>
    public virtual TResult VisitBoolOpExpr(BoolOpExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="CompareExpr"/>.</summary>
    public virtual TResult VisitCompareExpr(CompareExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="CallExpr"/>.</summary>
    public virtual TResult VisitCallExpr(CallExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="KeywordSyntax"/>.</summary>
    public virtual TResult VisitKeywordSyntax(KeywordSyntax node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="IfExpExpr"/>.</summary>
    public virtual TResult VisitIfExpExpr(IfExpExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="LambdaExpr"/>.</summary>
    public virtual TResult VisitLambdaExpr(LambdaExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ComprehensionExpr"/>.</summary>
    public virtual TResult VisitComprehensionExpr(ComprehensionExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ComprehensionClause"/>.</summary>
    public virtual TResult VisitComprehensionClause(ComprehensionClause node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="JoinedStrExpr"/>.</summary>
    public virtual TResult VisitJoinedStrExpr(JoinedStrExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="FormattedValueExpr"/>.</summary>
    public virtual TResult VisitFormattedValueExpr(FormattedValueExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ErrorExpr"/>.</summary>
    public virtual TResult VisitErrorExpr(ErrorExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="NamedExpr"/>.</summary>
    public virtual TResult VisitNamedExpr(NamedExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="AnnAssignStmt"/>.</summary>
    public virtual TResult VisitAnnAssignStmt(AnnAssignStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="YieldExpr"/>.</summary>
    public virtual TResult VisitYieldExpr(YieldExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="YieldFromExpr"/>.</summary>
    public virtual TResult VisitYieldFromExpr(YieldFromExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="AwaitExpr"/>.</summary>
    public virtual TResult VisitAwaitExpr(AwaitExpr node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ModuleSyntax"/>.</summary>
    public virtual TResult VisitModuleSyntax(ModuleSyntax node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ArgSyntax"/>.</summary>
    public virtual TResult VisitArgSyntax(ArgSyntax node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ArgumentsSyntax"/>.</summary>
    public virtual TResult VisitArgumentsSyntax(ArgumentsSyntax node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="FunctionDefStmt"/>.</summary>
    public virtual TResult VisitFunctionDefStmt(FunctionDefStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ClassDefStmt"/>.</summary>
    public virtual TResult VisitClassDefStmt(ClassDefStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ReturnStmt"/>.</summary>
    public virtual TResult VisitReturnStmt(ReturnStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="DeleteStmt"/>.</summary>
    public virtual TResult VisitDeleteStmt(DeleteStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="AssignStmt"/>.</summary>
    public virtual TResult VisitAssignStmt(AssignStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="AugAssignStmt"/>.</summary>
    public virtual TResult VisitAugAssignStmt(AugAssignStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ForStmt"/>.</summary>
    public virtual TResult VisitForStmt(ForStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="WhileStmt"/>.</summary>
    public virtual TResult VisitWhileStmt(WhileStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="IfStmt"/>.</summary>
    public virtual TResult VisitIfStmt(IfStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="WithItemSyntax"/>.</summary>
    public virtual TResult VisitWithItemSyntax(WithItemSyntax node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="WithStmt"/>.</summary>
    public virtual TResult VisitWithStmt(WithStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="RaiseStmt"/>.</summary>
    public virtual TResult VisitRaiseStmt(RaiseStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ExceptHandlerSyntax"/>.</summary>
    public virtual TResult VisitExceptHandlerSyntax(ExceptHandlerSyntax node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="TryStmt"/>.</summary>
    public virtual TResult VisitTryStmt(TryStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="AssertStmt"/>.</summary>
    public virtual TResult VisitAssertStmt(AssertStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="AliasSyntax"/>.</summary>
    public virtual TResult VisitAliasSyntax(AliasSyntax node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ImportStmt"/>.</summary>
    public virtual TResult VisitImportStmt(ImportStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ImportFromStmt"/>.</summary>
    public virtual TResult VisitImportFromStmt(ImportFromStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="GlobalStmt"/>.</summary>
    public virtual TResult VisitGlobalStmt(GlobalStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="NonlocalStmt"/>.</summary>
    public virtual TResult VisitNonlocalStmt(NonlocalStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ExprStmt"/>.</summary>
    public virtual TResult VisitExprStmt(ExprStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="PassStmt"/>.</summary>
    public virtual TResult VisitPassStmt(PassStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="BreakStmt"/>.</summary>
    public virtual TResult VisitBreakStmt(BreakStmt node) => DefaultVisit(node);
    /// <summary>Visits a <see cref="ContinueStmt"/>.</summary>
    public virtual TResult VisitContinueStmt(ContinueStmt node) => DefaultVisit(node);
}
