using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Simplification;
using static Microsoft.CodeAnalysis.CSharp.SyntaxFactory;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// The rewrite of one read-modify-write of an int, long, uint or ulong field into one call of
/// <c>System.Threading.Interlocked</c>, which does the read, the operation and the write as one
/// atomic step:
/// <list type="bullet">
/// <item><c>x++</c>, <c>++x</c>, <c>x += 1</c>, <c>x = x + 1</c> → <c>Interlocked.Increment(ref x)</c>; <c>--</c> and <c>-= 1</c> → <c>Decrement</c>;</item>
/// <item><c>x += k</c>, <c>x = x + k</c>, <c>x = k + x</c> → <c>Interlocked.Add(ref x, k)</c>;</item>
/// <item><c>x -= k</c>, <c>x = x - k</c> → <c>Interlocked.Add(ref x, -k)</c>, and for uint and ulong, which have
/// no negation, <c>Interlocked.Add(ref x, unchecked(0U - k))</c> (<c>0UL</c>): adding 2ⁿ − k wraps to the same bits as subtracting k.</item>
/// </list>
/// The calls return the new value, which is the value of <c>++x</c>, <c>x += k</c> and <c>x = x + k</c>;
/// where the value of <c>x++</c> or <c>x--</c> is used, the old one is recovered: <c>Interlocked.Increment(ref x) - 1</c>.
/// </summary>
/// <remarks>
/// A volatile field passed by <c>ref</c> normally gets warning CS0420 (the callee will not treat it
/// as volatile). The compiler does not report it when the callee is a method of
/// <c>System.Threading.Interlocked</c>, whose operations are full fences, so the rewrite of a GIL2002
/// needs no <c>#pragma</c>. Interlocked arithmetic always wraps: in a checked context the rewrite no
/// longer throws on overflow, and its own arithmetic (the <c>- 1</c>, the negation) is kept unchecked
/// so that it cannot throw where the atomic update wrapped.
/// </remarks>
internal sealed class InterlockedRewrite
{
    private const string InterlockedMetadataName = "System.Threading.Interlocked";

    private readonly ReadModifyWrite _readModifyWrite;
    private readonly INamedTypeSymbol _interlocked;
    private readonly SemanticModel _model;
    private readonly bool _negateDelta;
    private readonly bool _widenDelta;
    private readonly bool _deltaNegationOverflows;

    private InterlockedRewrite(ReadModifyWrite readModifyWrite, SemanticModel model, INamedTypeSymbol interlocked, string methodName,
        bool negateDelta, bool widenDelta, bool deltaNegationOverflows)
    {
        _readModifyWrite = readModifyWrite;
        _model = model;
        _interlocked = interlocked;
        MethodName = methodName;
        _negateDelta = negateDelta;
        _widenDelta = widenDelta;
        _deltaNegationOverflows = deltaNegationOverflows;
    }

    /// <summary>The Interlocked method called: Increment, Decrement or Add.</summary>
    public string MethodName { get; }

    /// <summary>
    /// The rewrite of <paramref name="readModifyWrite"/>, or null when Interlocked cannot do it: not a
    /// field (a property has no storage to pass by ref), not one of the four integer types, an
    /// operator other than ++, --, + and -, or a framework without the overload.
    /// </summary>
    public static InterlockedRewrite? TryCreate(ReadModifyWrite readModifyWrite, SemanticModel model, CancellationToken cancellationToken)
    {
        if (readModifyWrite.Member is not IFieldSymbol) return null;
        var type = readModifyWrite.Type;
        if (type.SpecialType is not (SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64))
            return null;

        var delta = readModifyWrite.DeltaIn(readModifyWrite.Expression);
        var deltaIsOne = delta is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.NumericLiteralExpression)
            && literal.Token.Value is int or long or uint or ulong && System.Convert.ToUInt64(literal.Token.Value) == 1;
        var methodName = readModifyWrite.Operator switch
        {
            ReadModifyWriteOperator.Increment => "Increment",
            ReadModifyWriteOperator.Decrement => "Decrement",
            ReadModifyWriteOperator.Add => deltaIsOne ? "Increment" : "Add",
            ReadModifyWriteOperator.Subtract => deltaIsOne ? "Decrement" : "Add",
            _ => null,
        };
        if (methodName is null) return null;

        var interlocked = model.Compilation.GetTypeByMetadataName(InterlockedMetadataName);
        var parameterCount = methodName == "Add" ? 2 : 1;
        // uint and ulong overloads came with .NET 5; a netstandard2.0 consumer has only int and long.
        var hasOverload = interlocked?.GetMembers(methodName).OfType<IMethodSymbol>().Any(m =>
            m.IsStatic && m.Parameters.Length == parameterCount && m.Parameters[0].RefKind == RefKind.Ref
            && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, type)) == true;
        if (!hasOverload) return null;

        var negate = methodName == "Add" && readModifyWrite.Operator == ReadModifyWriteOperator.Subtract;
        var widen = false;
        var negationOverflows = false;
        if (negate && delta is not null)
        {
            var deltaType = model.GetTypeInfo(delta, cancellationToken).Type;
            var constant = model.GetConstantValue(delta, cancellationToken);
            // long -= int: -k would be negated as an int, and -int.MinValue wraps before it is widened
            // (a constant other than int.MinValue is negated exactly, and stays readable uncast).
            widen = type.SpecialType == SpecialType.System_Int64 && deltaType?.SpecialType == SpecialType.System_Int32
                && (!constant.HasValue || constant.Value is int.MinValue);
            // A constant is negated at compile time, where an overflow is an error unless unchecked.
            negationOverflows = constant.HasValue && (constant.Value is long.MinValue || (constant.Value is int.MinValue && !widen));
        }
        return new InterlockedRewrite(readModifyWrite, model, interlocked!, methodName!, negate, widen, negationOverflows);
    }

    /// <summary>
    /// The call that replaces <paramref name="current"/>, the read-modify-write as edited so far
    /// (a nested one may already be rewritten), with its trivia.
    /// </summary>
    public ExpressionSyntax Apply(ExpressionSyntax current, SyntaxGenerator generator)
    {
        var rmw = _readModifyWrite;
        var arguments = new List<ArgumentSyntax>
        {
            Argument(rmw.TargetIn(current).WithoutTrivia()).WithRefKindKeyword(Token(SyntaxKind.RefKeyword)),
        };
        if (MethodName == "Add")
            arguments.Add(Argument(DeltaArgument(rmw.DeltaIn(current)!.WithoutTrivia())));

        // System.Threading.Interlocked, annotated so that cleanup adds the using and shortens the name.
        // A name that stays qualified (another Interlocked is in scope) is written as the member accesses
        // the parser reads in an expression, so the tree is the one its text parses to.
        var name = ImportedTypeName.For(_interlocked, _model, rmw.Expression.SpanStart, generator);
        ExpressionSyntax interlocked = name.HasAnnotation(Simplifier.AddImportsAnnotation)
            ? name
            : ParseExpression(name.ToString()).WithAdditionalAnnotations(Simplifier.Annotation);
        ExpressionSyntax result = InvocationExpression(
            MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, interlocked, IdentifierName(MethodName)),
            ArgumentList(SeparatedList(arguments)));

        if (rmw.IsPostfix && !rmw.ValueIsDiscarded)
        {
            // x++ is the value before the update; Interlocked returns the value after it.
            result = BinaryExpression(
                MethodName == "Increment" ? SyntaxKind.SubtractExpression : SyntaxKind.AddExpression,
                result,
                LiteralExpression(SyntaxKind.NumericLiteralExpression, Literal(1)));
            if (rmw.IsChecked) result = Unchecked(result);
        }
        return Parenthesizer.InPlaceOf(rmw.Expression, result).WithTriviaFrom(current);
    }

    /// <summary>The second argument of Add: k, or −k for a subtraction.</summary>
    private ExpressionSyntax DeltaArgument(ExpressionSyntax delta)
    {
        if (!_negateDelta) return delta;
        switch (_readModifyWrite.Type.SpecialType)
        {
            case SpecialType.System_UInt32:
            case SpecialType.System_UInt64:
                // Unsigned types have no negation; 0 - k wraps to 2ⁿ - k, and adding that is subtracting k.
                var zero = _readModifyWrite.Type.SpecialType == SpecialType.System_UInt32
                    ? Literal("0U", 0U)
                    : Literal("0UL", 0UL);
                return Unchecked(BinaryExpression(SyntaxKind.SubtractExpression,
                    LiteralExpression(SyntaxKind.NumericLiteralExpression, zero), Parenthesizer.AsOperand(delta)));

            default:
                var operand = _widenDelta
                    ? CastExpression(PredefinedType(Token(SyntaxKind.LongKeyword)), Parenthesizer.AsOperand(delta))
                    : Parenthesizer.AsOperand(delta);
                ExpressionSyntax negated = PrefixUnaryExpression(SyntaxKind.UnaryMinusExpression, operand);
                // -int.MinValue is int.MinValue when unchecked, and adding it subtracts int.MinValue modulo 2³².
                return _deltaNegationOverflows || (_readModifyWrite.IsChecked && delta is not LiteralExpressionSyntax)
                    ? Unchecked(negated)
                    : negated;
        }
    }

    private static ExpressionSyntax Unchecked(ExpressionSyntax expression) =>
        CheckedExpression(SyntaxKind.UncheckedExpression, expression);
}
