using System.Collections.Generic;

namespace GilGen.Compiler.Syntax.Ast;

/// <summary>Base of statements.</summary>
public abstract class StmtSyntax : SyntaxNode { }

/// <summary>A parsed module.</summary>
public sealed class ModuleSyntax : SyntaxNode
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitModuleSyntax(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitModuleSyntax(this);
    /// <summary>Top-level statements.</summary>
    public List<StmtSyntax> Body { get; internal set; } = new();
}

/// <summary>One parameter.</summary>
public sealed class ArgSyntax : SyntaxNode
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitArgSyntax(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitArgSyntax(this);
    /// <summary>Its name.</summary>
    public string Name { get; internal set; } = "";
    /// <summary>The annotation after <c>:</c>, or null.</summary>
    public ExprSyntax? Annotation { get; internal set; }
}

/// <summary>A parameter list.</summary>
public sealed class ArgumentsSyntax : SyntaxNode
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitArgumentsSyntax(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitArgumentsSyntax(this);
    /// <summary>Before <c>/</c>.</summary>
    public List<ArgSyntax> PosOnlyArgs { get; internal set; } = new();
    /// <summary>Ordinary parameters.</summary>
    public List<ArgSyntax> Args { get; internal set; } = new();
    /// <summary><c>*args</c>.</summary>
    public ArgSyntax? VarArg { get; internal set; }
    /// <summary>After <c>*</c>.</summary>
    public List<ArgSyntax> KwOnlyArgs { get; internal set; } = new();
    /// <summary>One per keyword-only parameter, null when it has none.</summary>
    public List<ExprSyntax?> KwDefaults { get; internal set; } = new();
    /// <summary><c>**kwargs</c>.</summary>
    public ArgSyntax? KwArg { get; internal set; }
    /// <summary>Defaults of the last positional parameters.</summary>
    public List<ExprSyntax> Defaults { get; internal set; } = new();
}

/// <summary><c>def name(args): body</c>.</summary>
public sealed class FunctionDefStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitFunctionDefStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitFunctionDefStmt(this);
    /// <summary>True for <c>async def</c>.</summary>
    public bool IsAsync { get; internal set; }
    /// <summary>Name.</summary>
    public string Name { get; internal set; } = "";
    /// <summary>Parameters.</summary>
    public ArgumentsSyntax Args { get; internal set; } = new();
    /// <summary>Body.</summary>
    public List<StmtSyntax> Body { get; internal set; } = new();
    /// <summary>Decorators, top to bottom as written (applied bottom to top).</summary>
    public List<ExprSyntax> DecoratorList { get; internal set; } = new();
    /// <summary>The return annotation after <c>-&gt;</c>, or null.</summary>
    public ExprSyntax? Returns { get; internal set; }
}

/// <summary><c>class name(bases): body</c>.</summary>
public sealed class ClassDefStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitClassDefStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitClassDefStmt(this);
    /// <summary>Name.</summary>
    public string Name { get; internal set; } = "";
    /// <summary>Base classes (may contain <see cref="StarredExpr"/>).</summary>
    public List<ExprSyntax> Bases { get; internal set; } = new();
    /// <summary>Keywords such as <c>metaclass=</c>.</summary>
    public List<KeywordSyntax> Keywords { get; internal set; } = new();
    /// <summary>Body.</summary>
    public List<StmtSyntax> Body { get; internal set; } = new();
    /// <summary>Decorators, top to bottom as written (applied bottom to top).</summary>
    public List<ExprSyntax> DecoratorList { get; internal set; } = new();
}

/// <summary><c>return [value]</c>.</summary>
public sealed class ReturnStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitReturnStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitReturnStmt(this);
    /// <summary>Value or null.</summary>
    public ExprSyntax? Value { get; internal set; }
}

/// <summary><c>del targets</c>.</summary>
public sealed class DeleteStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitDeleteStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitDeleteStmt(this);
    /// <summary>Targets (Del context).</summary>
    public List<ExprSyntax> Targets { get; internal set; } = new();
}

/// <summary><c>t1 = t2 = value</c>.</summary>
public sealed class AssignStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitAssignStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitAssignStmt(this);
    /// <summary>Targets, left to right.</summary>
    public List<ExprSyntax> Targets { get; internal set; } = new();
    /// <summary>Value.</summary>
    public ExprSyntax Value { get; internal set; } = null!;
}

/// <summary><c>target: annotation [= value]</c>.</summary>
public sealed class AnnAssignStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitAnnAssignStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitAnnAssignStmt(this);
    /// <summary>Name, attribute or subscript (Store context).</summary>
    public ExprSyntax Target { get; internal set; } = null!;
    /// <summary>The annotation.</summary>
    public ExprSyntax Annotation { get; internal set; } = null!;
    /// <summary>The value, or null for a bare annotation.</summary>
    public ExprSyntax? Value { get; internal set; }
    /// <summary>True when the target is a name written without parentheses (it goes into <c>__annotations__</c>).</summary>
    public bool Simple { get; internal set; }
}

/// <summary><c>target op= value</c>.</summary>
public sealed class AugAssignStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitAugAssignStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitAugAssignStmt(this);
    /// <summary>Name, attribute or subscript.</summary>
    public ExprSyntax Target { get; internal set; } = null!;
    /// <summary>Operator.</summary>
    public BinaryOperator Op { get; internal set; }
    /// <summary>Value.</summary>
    public ExprSyntax Value { get; internal set; } = null!;
}

/// <summary><c>for target in iter: body else: orelse</c>.</summary>
public sealed class ForStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitForStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitForStmt(this);
    /// <summary>True for <c>async for</c>.</summary>
    public bool IsAsync { get; internal set; }
    /// <summary>Target.</summary>
    public ExprSyntax Target { get; internal set; } = null!;
    /// <summary>Iterable.</summary>
    public ExprSyntax Iter { get; internal set; } = null!;
    /// <summary>Body.</summary>
    public List<StmtSyntax> Body { get; internal set; } = new();
    /// <summary>else clause.</summary>
    public List<StmtSyntax> OrElse { get; internal set; } = new();
}

/// <summary><c>while test: body else: orelse</c>.</summary>
public sealed class WhileStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitWhileStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitWhileStmt(this);
    /// <summary>Condition.</summary>
    public ExprSyntax Test { get; internal set; } = null!;
    /// <summary>Body.</summary>
    public List<StmtSyntax> Body { get; internal set; } = new();
    /// <summary>else clause.</summary>
    public List<StmtSyntax> OrElse { get; internal set; } = new();
}

/// <summary><c>if test: body elif/else: orelse</c> (elif is a nested If in orelse).</summary>
public sealed class IfStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitIfStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitIfStmt(this);
    /// <summary>Condition.</summary>
    public ExprSyntax Test { get; internal set; } = null!;
    /// <summary>Body.</summary>
    public List<StmtSyntax> Body { get; internal set; } = new();
    /// <summary>else / elif.</summary>
    public List<StmtSyntax> OrElse { get; internal set; } = new();
}

/// <summary>One <c>expr [as target]</c> of a with statement.</summary>
public sealed class WithItemSyntax : SyntaxNode
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitWithItemSyntax(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitWithItemSyntax(this);
    /// <summary>The context manager.</summary>
    public ExprSyntax ContextExpr { get; internal set; } = null!;
    /// <summary>The target, or null.</summary>
    public ExprSyntax? OptionalVars { get; internal set; }
}

/// <summary><c>with items: body</c>.</summary>
public sealed class WithStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitWithStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitWithStmt(this);
    /// <summary>True for <c>async with</c>.</summary>
    public bool IsAsync { get; internal set; }
    /// <summary>Items.</summary>
    public List<WithItemSyntax> Items { get; internal set; } = new();
    /// <summary>Body.</summary>
    public List<StmtSyntax> Body { get; internal set; } = new();
}

/// <summary><c>raise [exc [from cause]]</c>.</summary>
public sealed class RaiseStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitRaiseStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitRaiseStmt(this);
    /// <summary>Exception.</summary>
    public ExprSyntax? Exc { get; internal set; }
    /// <summary>Cause.</summary>
    public ExprSyntax? Cause { get; internal set; }
}

/// <summary><c>except [type [as name]]: body</c>.</summary>
public sealed class ExceptHandlerSyntax : SyntaxNode
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitExceptHandlerSyntax(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitExceptHandlerSyntax(this);
    /// <summary>Type or null for a bare except.</summary>
    public ExprSyntax? Type { get; internal set; }
    /// <summary>Bound name.</summary>
    public string? Name { get; internal set; }
    /// <summary>Body.</summary>
    public List<StmtSyntax> Body { get; internal set; } = new();
}

/// <summary>try/except/else/finally.</summary>
public sealed class TryStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTryStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitTryStmt(this);
    /// <summary>try body.</summary>
    public List<StmtSyntax> Body { get; internal set; } = new();
    /// <summary>except clauses.</summary>
    public List<ExceptHandlerSyntax> Handlers { get; internal set; } = new();
    /// <summary>else clause.</summary>
    public List<StmtSyntax> OrElse { get; internal set; } = new();
    /// <summary>finally clause.</summary>
    public List<StmtSyntax> FinalBody { get; internal set; } = new();
}

/// <summary><c>assert test, msg</c>.</summary>
public sealed class AssertStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitAssertStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitAssertStmt(this);
    /// <summary>Condition.</summary>
    public ExprSyntax Test { get; internal set; } = null!;
    /// <summary>Message.</summary>
    public ExprSyntax? Msg { get; internal set; }
}

/// <summary><c>name [as asname]</c> in an import.</summary>
public sealed class AliasSyntax : SyntaxNode
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitAliasSyntax(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitAliasSyntax(this);
    /// <summary>Dotted module name or imported name.</summary>
    public string Name { get; internal set; } = "";
    /// <summary>as-name.</summary>
    public string? AsName { get; internal set; }
}

/// <summary><c>import a.b as c, d</c>.</summary>
public sealed class ImportStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitImportStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitImportStmt(this);
    /// <summary>Names.</summary>
    public List<AliasSyntax> Names { get; internal set; } = new();
}

/// <summary><c>from module import names</c>.</summary>
public sealed class ImportFromStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitImportFromStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitImportFromStmt(this);
    /// <summary>Module, or null for <c>from . import x</c>.</summary>
    public string? Module { get; internal set; }
    /// <summary>Names (one "*" for a star import).</summary>
    public List<AliasSyntax> Names { get; internal set; } = new();
    /// <summary>Number of leading dots.</summary>
    public int Level { get; internal set; }
}

/// <summary><c>global names</c>.</summary>
public sealed class GlobalStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitGlobalStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitGlobalStmt(this);
    /// <summary>Names.</summary>
    public List<string> Names { get; internal set; } = new();
}

/// <summary><c>nonlocal names</c>.</summary>
public sealed class NonlocalStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitNonlocalStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitNonlocalStmt(this);
    /// <summary>Names.</summary>
    public List<string> Names { get; internal set; } = new();
}

/// <summary>An expression used as a statement.</summary>
public sealed class ExprStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitExprStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitExprStmt(this);
    /// <summary>The expression.</summary>
    public ExprSyntax Value { get; internal set; } = null!;
}

/// <summary><c>pass</c>.</summary>
public sealed class PassStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitPassStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitPassStmt(this);
}

/// <summary><c>break</c>.</summary>
public sealed class BreakStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitBreakStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitBreakStmt(this);
}

/// <summary><c>continue</c>.</summary>
public sealed class ContinueStmt : StmtSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitContinueStmt(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitContinueStmt(this);
}
