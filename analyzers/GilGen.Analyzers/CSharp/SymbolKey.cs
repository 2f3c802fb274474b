using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// An identity for a symbol that stays the same however often its body is bound. Members of types
/// (methods, accessors, fields, properties) are unique per compilation and compare as symbols.
/// Symbols that live inside a body — lambdas, anonymous methods, local functions, locals, their
/// parameters — are recreated each time the compiler binds that body, so two analyses of the same
/// method (an operation action and the end of the compilation) would not agree on them; they are
/// compared by where they are declared instead.
/// </summary>
internal readonly struct SymbolKey : IEquatable<SymbolKey>
{
    private readonly ISymbol? _member;
    private readonly SyntaxTree? _tree;
    private readonly TextSpan _span;

    private SymbolKey(ISymbol symbol, ISymbol? member, SyntaxTree? tree, TextSpan span, bool isContinuation = false)
    {
        IsContinuation = isContinuation;
        Symbol = symbol;
        _member = member;
        _tree = tree;
        _span = span;
    }

    /// <summary>The symbol this key was made from (any one binding of it); for display and properties, not identity.</summary>
    public ISymbol Symbol { get; }

    /// <summary>
    /// Whether this is the part of an async method, lambda or local function (<see cref="Symbol"/>)
    /// after its first await (<see cref="AsyncContinuation"/>): a unit of its own, run on the thread pool.
    /// </summary>
    public bool IsContinuation { get; }

    /// <summary>
    /// The unit of the rest of <paramref name="unit"/> after <paramref name="firstAwait"/>. Its identity is
    /// the await's position (an empty span there: no declaration has one, so no other key collides).
    /// </summary>
    public static SymbolKey ContinuationOf(ISymbol unit, SyntaxNode firstAwait) =>
        new(unit, null, firstAwait.SyntaxTree, new TextSpan(firstAwait.SpanStart, 0), isContinuation: true);

    /// <summary>
    /// A key for something other than <paramref name="symbol"/>'s own body, told apart by a position
    /// (<see cref="DelegateSlots.KeyOf"/>: an empty span no declaration has).
    /// </summary>
    public static SymbolKey AtPosition(ISymbol symbol, SyntaxTree tree, TextSpan span) => new(symbol, null, tree, span);

    /// <summary>False for <c>default</c>.</summary>
    public bool IsValid => Symbol is not null;

    /// <summary>Whether the symbol is declared inside a body (lambda, local function, local, their parameters).</summary>
    public bool IsBodyLocal => _tree is not null;

    /// <summary>
    /// The key of <paramref name="symbol"/>. Methods are normalized first — the original definition of a
    /// constructed generic, the unreduced form of an extension method, the defining part of a partial
    /// method — so a call site and the declaration agree.
    /// </summary>
    public static SymbolKey From(ISymbol symbol)
    {
        if (symbol is IMethodSymbol method)
        {
            method = method.ReducedFrom ?? method;
            method = method.OriginalDefinition;
            method = method.PartialDefinitionPart ?? method;
            symbol = method;
        }
        else
        {
            symbol = symbol.OriginalDefinition;
        }

        if (IsDeclaredInsideABody(symbol))
        {
            var references = symbol.DeclaringSyntaxReferences;
            if (references.Length > 0)
                return new SymbolKey(symbol, null, references[0].SyntaxTree, references[0].Span);
        }
        return new SymbolKey(symbol, symbol, null, default);
    }

    private static bool IsDeclaredInsideABody(ISymbol symbol) => symbol switch
    {
        IMethodSymbol m => m.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction,
        ILocalSymbol => true,
        IParameterSymbol p => p.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.LocalFunction or MethodKind.AnonymousFunction },
        IRangeVariableSymbol => true,
        _ => false,
    };

    /// <inheritdoc/>
    public bool Equals(SymbolKey other) => _tree is null
        ? other._tree is null && SymbolEqualityComparer.Default.Equals(_member, other._member)
        : _tree == other._tree && _span == other._span;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SymbolKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _tree is null
        ? (_member is null ? 0 : SymbolEqualityComparer.Default.GetHashCode(_member))
        : (_tree.GetHashCode() * 31) ^ _span.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() => Symbol?.ToDisplayString() ?? "<none>";
}
