using System.Collections.Generic;
using GilGen.Compiler.Bytecode;

namespace GilGen.Compiler.Syntax.Ast;

/// <summary>Base of expressions.</summary>
public abstract class ExprSyntax : SyntaxNode { }

/// <summary>A literal (or a constant the optimizer folded): number, string, bytes, None, True, False, Ellipsis, tuple.</summary>
public sealed class ConstantExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitConstantExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitConstantExpr(this);
    /// <summary>The value.</summary>
    public Constant Value { get; internal set; } = Constant.None;
}

/// <summary>A name.</summary>
public sealed class NameExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitNameExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitNameExpr(this);
    /// <summary>The identifier.</summary>
    public string Id { get; internal set; } = "";
    /// <summary>Load, Store or Del.</summary>
    public ExprContext Ctx { get; internal set; }
}

/// <summary><c>value.attr</c>.</summary>
public sealed class AttributeExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitAttributeExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitAttributeExpr(this);
    /// <summary>The object.</summary>
    public ExprSyntax Value { get; internal set; } = null!;
    /// <summary>The attribute name.</summary>
    public string Attr { get; internal set; } = "";
    /// <summary>Load, Store or Del.</summary>
    public ExprContext Ctx { get; internal set; }
}

/// <summary><c>value[slice]</c>.</summary>
public sealed class SubscriptExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitSubscriptExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitSubscriptExpr(this);
    /// <summary>The object.</summary>
    public ExprSyntax Value { get; internal set; } = null!;
    /// <summary>The index, a <see cref="SliceExpr"/>, or a tuple of them.</summary>
    public ExprSyntax Slice { get; internal set; } = null!;
    /// <summary>Load, Store or Del.</summary>
    public ExprContext Ctx { get; internal set; }
}

/// <summary><c>lower:upper:step</c> inside a subscript.</summary>
public sealed class SliceExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitSliceExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitSliceExpr(this);
    /// <summary>Parts, each optional.</summary>
    public ExprSyntax? Lower { get; internal set; }
    /// <summary>Upper bound.</summary>
    public ExprSyntax? Upper { get; internal set; }
    /// <summary>Step.</summary>
    public ExprSyntax? Step { get; internal set; }
}

/// <summary><c>*value</c> in a call, a display or an assignment target.</summary>
public sealed class StarredExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitStarredExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitStarredExpr(this);
    /// <summary>The starred expression.</summary>
    public ExprSyntax Value { get; internal set; } = null!;
    /// <summary>Load or Store.</summary>
    public ExprContext Ctx { get; internal set; }
}

/// <summary>A tuple display or target.</summary>
public sealed class TupleExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTupleExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitTupleExpr(this);
    /// <summary>The items.</summary>
    public List<ExprSyntax> Elts { get; internal set; } = new();
    /// <summary>Load, Store or Del.</summary>
    public ExprContext Ctx { get; internal set; }
    /// <summary>True when written with parentheses.</summary>
    public bool Parenthesized { get; internal set; }
}

/// <summary>A list display or target.</summary>
public sealed class ListExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitListExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitListExpr(this);
    /// <summary>The items.</summary>
    public List<ExprSyntax> Elts { get; internal set; } = new();
    /// <summary>Load, Store or Del.</summary>
    public ExprContext Ctx { get; internal set; }
}

/// <summary>A set display.</summary>
public sealed class SetExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitSetExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitSetExpr(this);
    /// <summary>The items.</summary>
    public List<ExprSyntax> Elts { get; internal set; } = new();
}

/// <summary>A dict display; a null key stands for <c>**value</c>.</summary>
public sealed class DictExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitDictExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitDictExpr(this);
    /// <summary>Keys (null for <c>**</c> unpacking).</summary>
    public List<ExprSyntax?> Keys { get; internal set; } = new();
    /// <summary>Values.</summary>
    public List<ExprSyntax> Values { get; internal set; } = new();
}

/// <summary><c>left op right</c>.</summary>
public sealed class BinOpExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitBinOpExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitBinOpExpr(this);
    /// <summary>Left operand.</summary>
    public ExprSyntax Left { get; internal set; } = null!;
    /// <summary>Operator.</summary>
    public BinaryOperator Op { get; internal set; }
    /// <summary>Right operand.</summary>
    public ExprSyntax Right { get; internal set; } = null!;
}

/// <summary><c>op operand</c>.</summary>
public sealed class UnaryOpExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitUnaryOpExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitUnaryOpExpr(this);
    /// <summary>Operator.</summary>
    public UnaryOperator Op { get; internal set; }
    /// <summary>Operand.</summary>
    public ExprSyntax Operand { get; internal set; } = null!;
}

/// <summary><c>a and b and c</c> / <c>a or b</c>.</summary>
public sealed class BoolOpExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitBoolOpExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitBoolOpExpr(this);
    /// <summary>Operator.</summary>
    public BoolOperator Op { get; internal set; }
    /// <summary>Two or more operands.</summary>
    public List<ExprSyntax> Values { get; internal set; } = new();
}

/// <summary>A (possibly chained) comparison.</summary>
public sealed class CompareExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitCompareExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitCompareExpr(this);
    /// <summary>First operand.</summary>
    public ExprSyntax Left { get; internal set; } = null!;
    /// <summary>Operators.</summary>
    public List<CompareOperator> Ops { get; internal set; } = new();
    /// <summary>The other operands, one per operator.</summary>
    public List<ExprSyntax> Comparators { get; internal set; } = new();
}

/// <summary>A call.</summary>
public sealed class CallExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitCallExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitCallExpr(this);
    /// <summary>The callee.</summary>
    public ExprSyntax Func { get; internal set; } = null!;
    /// <summary>Positional arguments (may contain <see cref="StarredExpr"/>).</summary>
    public List<ExprSyntax> Args { get; internal set; } = new();
    /// <summary>Keyword arguments (a null name stands for <c>**value</c>).</summary>
    public List<KeywordSyntax> Keywords { get; internal set; } = new();
}

/// <summary><c>name=value</c> or <c>**value</c> in a call or class header.</summary>
public sealed class KeywordSyntax : SyntaxNode
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitKeywordSyntax(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitKeywordSyntax(this);
    /// <summary>Keyword, or null for <c>**</c>.</summary>
    public string? Arg { get; internal set; }
    /// <summary>Value.</summary>
    public ExprSyntax Value { get; internal set; } = null!;
}

/// <summary><c>body if test else orelse</c>.</summary>
public sealed class IfExpExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitIfExpExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitIfExpExpr(this);
    /// <summary>The condition.</summary>
    public ExprSyntax Test { get; internal set; } = null!;
    /// <summary>Value when true.</summary>
    public ExprSyntax Body { get; internal set; } = null!;
    /// <summary>Value when false.</summary>
    public ExprSyntax OrElse { get; internal set; } = null!;
}

/// <summary><c>lambda args: body</c>.</summary>
public sealed class LambdaExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitLambdaExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitLambdaExpr(this);
    /// <summary>Parameters.</summary>
    public ArgumentsSyntax Args { get; internal set; } = new();
    /// <summary>Body.</summary>
    public ExprSyntax Body { get; internal set; } = null!;
}

/// <summary>Which comprehension.</summary>
public enum ComprehensionKind { List, Set, Dict, Generator }

/// <summary>A list/set/dict comprehension or a generator expression.</summary>
public sealed class ComprehensionExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitComprehensionExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitComprehensionExpr(this);
    /// <summary>Which one.</summary>
    public ComprehensionKind Kind { get; internal set; }
    /// <summary>The element (the key for dicts).</summary>
    public ExprSyntax Elt { get; internal set; } = null!;
    /// <summary>The value for dicts.</summary>
    public ExprSyntax? Value { get; internal set; }
    /// <summary>The for/if clauses.</summary>
    public List<ComprehensionClause> Generators { get; internal set; } = new();
}

/// <summary><c>for target in iter if cond...</c>.</summary>
public sealed class ComprehensionClause : SyntaxNode
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitComprehensionClause(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitComprehensionClause(this);
    /// <summary>True for <c>async for</c>.</summary>
    public bool IsAsync { get; internal set; }
    /// <summary>The loop target.</summary>
    public ExprSyntax Target { get; internal set; } = null!;
    /// <summary>The iterable.</summary>
    public ExprSyntax Iter { get; internal set; } = null!;
    /// <summary>Filters.</summary>
    public List<ExprSyntax> Ifs { get; internal set; } = new();
}

/// <summary>An f-string: constants and <see cref="FormattedValueExpr"/>s.</summary>
public sealed class JoinedStrExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitJoinedStrExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitJoinedStrExpr(this);
    /// <summary>The parts.</summary>
    public List<ExprSyntax> Values { get; internal set; } = new();
}

/// <summary>One <c>{value!conv:spec}</c> of an f-string.</summary>
public sealed class FormattedValueExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitFormattedValueExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitFormattedValueExpr(this);
    /// <summary>The expression.</summary>
    public ExprSyntax Value { get; internal set; } = null!;
    /// <summary>-1, 's', 'r' or 'a'.</summary>
    public int Conversion { get; internal set; } = -1;
    /// <summary>The format spec, itself a <see cref="JoinedStrExpr"/>.</summary>
    public ExprSyntax? FormatSpec { get; internal set; }
}

/// <summary><c>target := value</c>.</summary>
public sealed class NamedExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitNamedExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitNamedExpr(this);
    /// <summary>The name bound (Store context).</summary>
    public NameExpr Target { get; internal set; } = null!;
    /// <summary>The value, which is also the expression's result.</summary>
    public ExprSyntax Value { get; internal set; } = null!;
    /// <summary>True when written inside its own parentheses (a statement may only be one then).</summary>
    internal bool Parenthesized { get; set; }
}

/// <summary>Stands for an expression that could not be parsed (an error was reported).</summary>
public sealed class ErrorExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitErrorExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitErrorExpr(this);
}
