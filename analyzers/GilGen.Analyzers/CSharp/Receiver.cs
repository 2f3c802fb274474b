using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>The shapes of receiver <see cref="Receiver"/> keeps.</summary>
internal enum ReceiverKind
{
    /// <summary>No object: a static member.</summary>
    None,

    /// <summary><c>this</c> or <c>base</c>, written or implicit.</summary>
    This,

    /// <summary>A local or parameter (<see cref="Receiver.Variable"/>).</summary>
    Variable,

    /// <summary>An instance field of <c>this</c> (<c>this.worker</c>, <c>worker</c>), or the backing field of an auto-property of <c>this</c>.</summary>
    FieldOfThis,

    /// <summary>A static field (<c>s_worker</c>), or the backing field of a static auto-property.</summary>
    StaticField,

    /// <summary>Anything else: a call's result, <c>new</c>, an array element… Nothing is known about the object.</summary>
    Unknown,
}

/// <summary>
/// What object a member access or call is made on, written down while its method is analyzed so that
/// the end of the compilation can tell, per thread entry, whether it is an object the threads share
/// (<see cref="ObjectRoot"/>). Only the shapes that carry evidence are kept.
/// </summary>
internal readonly struct Receiver
{
    private Receiver(ReceiverKind kind, SymbolKey variable, SymbolKey declaringUnit)
    {
        Kind = kind;
        Variable = variable;
        DeclaringUnit = declaringUnit;
    }

    /// <summary>The shape.</summary>
    public ReceiverKind Kind { get; }

    /// <summary>The local, parameter or field named (for <see cref="ReceiverKind.Variable"/>, <see cref="ReceiverKind.FieldOfThis"/>, <see cref="ReceiverKind.StaticField"/>).</summary>
    public SymbolKey Variable { get; }

    /// <summary>For a local or parameter: the method, lambda or local function that declares it.</summary>
    public SymbolKey DeclaringUnit { get; }

    /// <summary>No receiver (a static member).</summary>
    public static Receiver None => new(ReceiverKind.None, default, default);

    /// <summary><c>this</c>.</summary>
    public static Receiver This => new(ReceiverKind.This, default, default);

    /// <summary>An object nothing is known about (a new one, a call's result).</summary>
    public static Receiver Unknown => new(ReceiverKind.Unknown, default, default);

    /// <summary>Describes <paramref name="instance"/>, the receiver of a member access or call (null for a static member).</summary>
    public static Receiver Of(IOperation? instance)
    {
        if (instance is null) return None;
        switch (OperationShapes.StripConversions(instance))
        {
            case IInstanceReferenceOperation:
                return This;
            case ILocalReferenceOperation local:
                if (ParameterCopy(local) is { } copied) return OfVariable(copied, copied.ContainingSymbol);
                return OfVariable(local.Local, local.Local.ContainingSymbol);
            case IParameterReferenceOperation parameter:
                return OfVariable(parameter.Parameter, parameter.Parameter.ContainingSymbol);
            case IFieldReferenceOperation field when field.Field.IsStatic:
                return new Receiver(ReceiverKind.StaticField, SymbolKey.From(field.Field), default);
            case IFieldReferenceOperation field when OperationShapes.StripConversions(field.Instance) is IInstanceReferenceOperation:
                return new Receiver(ReceiverKind.FieldOfThis, SymbolKey.From(field.Field), default);
            // An auto-property (`Stats.Requests++` with `Stats { get; } = new Stats()`) is its backing field.
            case IPropertyReferenceOperation { Arguments.IsEmpty: true } property when StorageReference.BackingField(property.Property) is { } backing:
                if (backing.IsStatic) return new Receiver(ReceiverKind.StaticField, SymbolKey.From(backing), default);
                return OperationShapes.StripConversions(property.Instance) is IInstanceReferenceOperation
                    ? new Receiver(ReceiverKind.FieldOfThis, SymbolKey.From(backing), default)
                    : Unknown;
            default:
                return Unknown;
        }
    }

    /// <summary>
    /// The parameter a local of a reference type is a copy of, when it is declared from it
    /// (<c>var tally = (Tally)state;</c>, <c>state as Tally</c>) and never assigned again: the same object.
    /// </summary>
    private static IParameterSymbol? ParameterCopy(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (local.IsRef || local.Type is not { IsReferenceType: true } || local.DeclaringSyntaxReferences.Length != 1) return null;
        var declaration = local.DeclaringSyntaxReferences[0];
        // Cheap syntax checks first: most locals are not declared from a cast or `as` of a name.
        if (declaration.GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: var value } declarator) return null;
        var source = value switch
        {
            CastExpressionSyntax cast => cast.Expression,
            BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AsExpression) => binary.Left,
            _ => null,
        };
        while (source is ParenthesizedExpressionSyntax or PostfixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.SuppressNullableWarningExpression })
            source = source is ParenthesizedExpressionSyntax parenthesized ? parenthesized.Expression : ((PostfixUnaryExpressionSyntax)source).Operand;
        if (source is not IdentifierNameSyntax sourceName || reference.SemanticModel is not { } model || declaration.SyntaxTree != model.SyntaxTree) return null;
        if (model.GetSymbolInfo(sourceName).Symbol is not IParameterSymbol { RefKind: RefKind.None } parameter) return null;
        if (declarator.FirstAncestorOrSelf<BlockSyntax>() is not { } scope) return null;
        foreach (var node in scope.DescendantNodes())
        {
            if (node is AssignmentExpressionSyntax { Left: IdentifierNameSyntax assigned }
                && (assigned.Identifier.ValueText == local.Name || assigned.Identifier.ValueText == parameter.Name)) return null;
        }
        return parameter;
    }

    /// <summary>A local or parameter used as a receiver or as storage (a captured local written by a lambda).</summary>
    public static Receiver OfVariable(ISymbol variable, ISymbol? declaringMethod) => declaringMethod is null
        ? Unknown
        : new Receiver(ReceiverKind.Variable, SymbolKey.From(variable), SymbolKey.From(declaringMethod));
}
