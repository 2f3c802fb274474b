using System;
using Microsoft.CodeAnalysis;

namespace GilGen.Analyzers.CSharp;

/// <summary>The shapes of <see cref="ObjectRoot"/>.</summary>
internal enum ObjectRootKind
{
    /// <summary>Reachable from a static field: any thread can get to it (a static field itself, or the object one holds).</summary>
    Global,

    /// <summary>The <c>this</c> of the method that started the threads.</summary>
    StarterThis,

    /// <summary>A local, parameter or field of the starting method (<c>var w = new Worker(); new Thread(w.Run)</c>).</summary>
    StarterVariable,
}

/// <summary>
/// Which object a piece of storage lives in, seen from the method that started a thread: what two
/// threads must both reach for a field of it to be shared. Storage of an object that the analysis
/// cannot name this way (made by the thread itself, passed through a parameter, read from an array)
/// has no root, and no report comes from it — the evidence of sharing is missing.
/// </summary>
internal readonly struct ObjectRoot : IEquatable<ObjectRoot>
{
    private ObjectRoot(ObjectRootKind kind, SymbolKey variable)
    {
        Kind = kind;
        Variable = variable;
    }

    /// <summary>The shape.</summary>
    public ObjectRootKind Kind { get; }

    /// <summary>The static field (<see cref="ObjectRootKind.Global"/>; default for the static field itself) or the starter's variable.</summary>
    public SymbolKey Variable { get; }

    /// <summary>Static storage itself.</summary>
    public static ObjectRoot Static => new(ObjectRootKind.Global, default);

    /// <summary>The starter's <c>this</c>.</summary>
    public static ObjectRoot StarterThis => new(ObjectRootKind.StarterThis, default);

    /// <summary>
    /// Where <paramref name="receiver"/> leads, in code whose <c>this</c> is <paramref name="thisRoot"/> and
    /// that was started by <paramref name="entry"/> (a local is the starter's only if the starting code or
    /// a function around it declares it; a local of any other method is that method's own).
    /// </summary>
    public static ObjectRoot? Resolve(Receiver receiver, ObjectRoot? thisRoot, ThreadEntry? entry) => receiver.Kind switch
    {
        ReceiverKind.This => thisRoot,
        ReceiverKind.Variable when entry is not null && entry.StateParameter is { } state && state.Equals(receiver.Variable) =>
            // The delegate's state parameter is the object the starter passed: `QueueUserWorkItem(Count, tally)`.
            Resolve(entry.StateArgument, entry.StarterThis, entry),
        ReceiverKind.Variable => entry is not null && entry.IsStarterScope(receiver.DeclaringUnit) ? new ObjectRoot(ObjectRootKind.StarterVariable, receiver.Variable) : null,
        // The object in a field of `this`: a variable of the starter when `this` is the starter's; otherwise
        // reachable through `this` alone, so shared exactly when `this` is (`server.Stats.Requests++`).
        ReceiverKind.FieldOfThis => thisRoot is { Kind: ObjectRootKind.StarterThis } ? new ObjectRoot(ObjectRootKind.StarterVariable, receiver.Variable) : thisRoot,
        ReceiverKind.StaticField => new ObjectRoot(ObjectRootKind.Global, receiver.Variable),
        _ => null,
    };

    /// <summary>Whether the root means something only relative to one starter (its <c>this</c> or variables), not to the whole program.</summary>
    public bool IsStarterRelative => Kind != ObjectRootKind.Global;

    /// <inheritdoc/>
    public bool Equals(ObjectRoot other) => Kind == other.Kind && Variable.Equals(other.Variable);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ObjectRoot other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((int)Kind * 397) ^ Variable.GetHashCode();
}
