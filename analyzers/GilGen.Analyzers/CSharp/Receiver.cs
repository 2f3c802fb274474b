using Microsoft.CodeAnalysis;
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

    /// <summary>An instance field of <c>this</c> (<c>this.worker</c>, <c>worker</c>).</summary>
    FieldOfThis,

    /// <summary>A static field (<c>s_worker</c>).</summary>
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
                return OfVariable(local.Local, local.Local.ContainingSymbol);
            case IParameterReferenceOperation parameter:
                return OfVariable(parameter.Parameter, parameter.Parameter.ContainingSymbol);
            case IFieldReferenceOperation field when field.Field.IsStatic:
                return new Receiver(ReceiverKind.StaticField, SymbolKey.From(field.Field), default);
            case IFieldReferenceOperation field when OperationShapes.StripConversions(field.Instance) is IInstanceReferenceOperation:
                return new Receiver(ReceiverKind.FieldOfThis, SymbolKey.From(field.Field), default);
            default:
                return Unknown;
        }
    }

    /// <summary>A local or parameter used as a receiver or as storage (a captured local written by a lambda).</summary>
    public static Receiver OfVariable(ISymbol variable, ISymbol? declaringMethod) => declaringMethod is null
        ? Unknown
        : new Receiver(ReceiverKind.Variable, SymbolKey.From(variable), SymbolKey.From(declaringMethod));
}
