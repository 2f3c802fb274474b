using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// Which object a lock is taken on, as far as the source tells: the field, property, local or
/// parameter that holds it, <c>this</c>, or <c>typeof(T)</c>. Two locks are the same when they name
/// the same variable; the instance the variable is read from is ignored (<c>lock (a.gate)</c> and
/// <c>lock (b.gate)</c> are one lock here), which errs on the side of silence. The <see cref="Mode"/>
/// it is held in is carried along but is not part of its identity: a reader lock and a writer lock
/// on the same <c>ReaderWriterLockSlim</c> are one lock held two ways.
/// </summary>
internal sealed class LockId : IEquatable<LockId>
{
    private readonly SymbolKey _key;

    private LockId(SymbolKey key, string name, LockMode mode = LockMode.Exclusive)
    {
        _key = key;
        Name = name;
        Mode = mode;
    }

    /// <summary>Whether it keeps every other holder out, or only writers (a reader lock).</summary>
    public LockMode Mode { get; }

    /// <summary>Whether holding it protects a write: only an exclusive hold does.</summary>
    public bool IsExclusive => Mode == LockMode.Exclusive;

    /// <summary>The same lock, held in <paramref name="mode"/>.</summary>
    public LockId In(LockMode mode) => mode == Mode ? this : new LockId(_key, Name, mode);

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
            IFieldReferenceOperation f => new LockId(SymbolKey.From(f.Field), f.Field.Name),
            IPropertyReferenceOperation p => new LockId(SymbolKey.From(p.Property), p.Property.Name),
            ILocalReferenceOperation l => new LockId(SymbolKey.From(l.Local), l.Local.Name),
            IParameterReferenceOperation p => new LockId(SymbolKey.From(p.Parameter), p.Parameter.Name),
            IInstanceReferenceOperation => new LockId(default, "this"),
            ITypeOfOperation t => new LockId(SymbolKey.From(t.TypeOperand), "typeof(" + t.TypeOperand.Name + ")"),
            null => new LockId(default, "?"),
            _ => new LockId(default, lockedValue.Syntax.ToString()),
        };
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
