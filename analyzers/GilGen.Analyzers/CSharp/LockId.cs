using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// Which object a lock is taken on, as far as the source tells: the field, property, local or
/// parameter that holds it, <c>this</c>, or <c>typeof(T)</c>. Two locks are the same when they name
/// the same variable; the instance the variable is read from is ignored (<c>lock (a.gate)</c> and
/// <c>lock (b.gate)</c> are one lock here), which errs on the side of silence; its <see cref="Reach"/>
/// says when that cannot hold (an instance's lock around static storage, a lock made by each call). The <see cref="Mode"/>
/// it is held in is carried along but is not part of its identity: a reader lock and a writer lock
/// on the same <c>ReaderWriterLockSlim</c> are one lock held two ways.
/// </summary>
internal sealed class LockId : IEquatable<LockId>
{
    private readonly SymbolKey _key;

    private LockId(SymbolKey key, string name, LockMode mode = LockMode.Exclusive, LockReach reach = LockReach.Shared)
    {
        _key = key;
        Name = name;
        Mode = mode;
        Reach = reach;
    }

    /// <summary>Whom the locked object is common to: everyone, one instance's callers, or nobody (made by the call that locks it).</summary>
    public LockReach Reach { get; }

    /// <summary>Whether it keeps every other holder out, or only writers (a reader lock).</summary>
    public LockMode Mode { get; }

    /// <summary>Whether holding it protects a write: only an exclusive hold does.</summary>
    public bool IsExclusive => Mode == LockMode.Exclusive;

    /// <summary>The same lock, held in <paramref name="mode"/>.</summary>
    public LockId In(LockMode mode) => mode == Mode ? this : new LockId(_key, Name, mode, Reach);

    /// <summary>How the lock reads in a message and how [GuardedBy("…")] names it: the variable's name, "this" or "typeof(T)".</summary>
    public string Name { get; }

    /// <summary>The variable that holds the lock, when it is a field or property (what [GuardedBy] can name).</summary>
    public bool IsMember => _key.IsValid && _key.Symbol is IFieldSymbol or IPropertySymbol;

    /// <summary>The lock of a method marked [MethodImpl(MethodImplOptions.Synchronized)]: the instance or the type.</summary>
    public static LockId ForSynchronizedMethod(IMethodSymbol method) =>
        method.IsStatic ? new LockId(SymbolKey.From(method.ContainingType), "typeof(" + method.ContainingType.Name + ")") : new LockId(default, "this");

    /// <summary>The lock taken on the value of <paramref name="lockedValue"/> (a lock statement's expression, Monitor.Enter's argument, a Lock's receiver).</summary>
    public static LockId From(IOperation? lockedValue)
    {
        lockedValue = OperationShapes.StripConversions(lockedValue);
        return lockedValue switch
        {
            IFieldReferenceOperation f => new LockId(SymbolKey.From(f.Field), f.Field.Name, reach: f.Field.IsStatic ? LockReach.Shared : LockReach.PerInstance),
            IPropertyReferenceOperation p => new LockId(SymbolKey.From(p.Property), p.Property.Name, reach: p.Property.IsStatic ? LockReach.Shared : LockReach.PerInstance),
            ILocalReferenceOperation l => new LockId(SymbolKey.From(l.Local), l.Local.Name, reach: IsFreshPerCall(l) ? LockReach.PerCall : LockReach.Shared),
            IParameterReferenceOperation p => new LockId(SymbolKey.From(p.Parameter), p.Parameter.Name),
            IInstanceReferenceOperation => new LockId(default, "this", reach: LockReach.PerInstance),
            ITypeOfOperation t => new LockId(SymbolKey.From(t.TypeOperand), "typeof(" + t.TypeOperand.Name + ")"),
            null => new LockId(default, "?"),
            _ => new LockId(default, lockedValue.Syntax.ToString()),
        };
    }

    /// <summary>
    /// A local initialized with <c>new</c> and locked in the code that declares it (not in a lambda that
    /// captures it): every call makes its own object, so the lock keeps out nobody.
    /// </summary>
    private static bool IsFreshPerCall(ILocalReferenceOperation reference)
    {
        var local = reference.Local;
        if (local.DeclaringSyntaxReferences.Length != 1
            || local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: BaseObjectCreationExpressionSyntax }) return false;
        for (var parent = reference.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is IAnonymousFunctionOperation or ILocalFunctionOperation) return false;
        }
        return true;
    }

    /// <inheritdoc/>
    public bool Equals(LockId? other) => other is not null
        && (_key.IsValid || other._key.IsValid ? _key.Equals(other._key) : string.Equals(Name, other.Name, StringComparison.Ordinal));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LockId);

    /// <inheritdoc/>
    public override int GetHashCode() => _key.IsValid ? _key.GetHashCode() : StringComparer.Ordinal.GetHashCode(Name);

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>Whom the object a lock is taken on is common to (<see cref="LockId.Reach"/>).</summary>
internal enum LockReach
{
    /// <summary>Every thread that runs the code: a static field, a captured local, a parameter…</summary>
    Shared,

    /// <summary>The callers of one instance: an instance field or <c>this</c>; two instances hold two locks.</summary>
    PerInstance,

    /// <summary>Nobody else: a local made with <c>new</c> by the call that locks it.</summary>
    PerCall,
}
