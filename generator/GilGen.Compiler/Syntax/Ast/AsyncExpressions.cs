namespace GilGen.Compiler.Syntax.Ast;

/// <summary><c>yield [value]</c>: makes the enclosing function a generator.</summary>
public sealed class YieldExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitYieldExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitYieldExpr(this);
    /// <summary>The yielded value, or null for a bare <c>yield</c> (None).</summary>
    public ExprSyntax? Value { get; internal set; }
}

/// <summary><c>yield from iterable</c>: delegates to a subiterator and evaluates to its return value.</summary>
public sealed class YieldFromExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitYieldFromExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitYieldFromExpr(this);
    /// <summary>The subiterator's source.</summary>
    public ExprSyntax Value { get; internal set; } = null!;
}

/// <summary><c>await value</c> inside an <c>async def</c>.</summary>
public sealed class AwaitExpr : ExprSyntax
{
    /// <inheritdoc/>
    public override void Accept(SyntaxVisitor visitor) => visitor.VisitAwaitExpr(this);
    /// <inheritdoc/>
    public override TResult Accept<TResult>(SyntaxVisitor<TResult> visitor) => visitor.VisitAwaitExpr(this);
    /// <summary>The awaited object.</summary>
    public ExprSyntax Value { get; internal set; } = null!;
}
