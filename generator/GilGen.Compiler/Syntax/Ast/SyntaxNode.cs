using System.Collections.Generic;

namespace GilGen.Compiler.Syntax.Ast;

/// <summary>Base of every AST node: where it is in the source.</summary>
public abstract class SyntaxNode
{
    /// <summary>1-based line of the first char.</summary>
    public int Line { get; internal set; }
    /// <summary>0-based column of the first char.</summary>
    public int Column { get; internal set; }
    /// <summary>Char offset of the first char.</summary>
    public int Start { get; internal set; }
    /// <summary>Length in chars.</summary>
    public int Length { get; internal set; }
    /// <summary>Offset just past the node.</summary>
    public int End => Start + Length;

    /// <summary>Calls the <paramref name="visitor"/>'s <c>Visit</c> method for this node's kind.</summary>
    public abstract void Accept(SyntaxVisitor visitor);

    /// <summary>Calls the <paramref name="visitor"/>'s <c>Visit</c> method for this node's kind and returns its result.</summary>
    public abstract TResult Accept<TResult>(SyntaxVisitor<TResult> visitor);

    /// <summary>The direct children, in the order <see cref="SyntaxWalker"/> visits them (CPython's evaluation order).</summary>
    public IReadOnlyList<SyntaxNode> ChildNodes() => ChildCollector.Collect(this);

    /// <summary>A copy of this node that shares its children (for rewriters: the parsed tree is never mutated).</summary>
    internal SyntaxNode ShallowCopy() => (SyntaxNode)MemberwiseClone();

    internal void SetSpan(Token first, int end)
    {
        Line = first.Line; Column = first.Column; Start = first.Start; Length = end - first.Start;
    }

    internal void CopySpan(SyntaxNode other)
    {
        Line = other.Line; Column = other.Column; Start = other.Start; Length = other.Length;
    }
}

/// <summary>How an expression is used: read, assigned, or deleted.</summary>
public enum ExprContext { Load, Store, Del }

/// <summary>Binary operators, in CPython's ast order.</summary>
public enum BinaryOperator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }

/// <summary>Unary operators.</summary>
public enum UnaryOperator { Invert, Not, UAdd, USub }

/// <summary>and / or.</summary>
public enum BoolOperator { And, Or }

/// <summary>Comparison operators.</summary>
public enum CompareOperator { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }
