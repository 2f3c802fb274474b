using System;

namespace GilGen;

/// <summary>
/// Declares that a field may only be used while the lock named by <see cref="LockName"/> is held.
/// GilGen's analyzer (GIL2003) reports every read or write of the field where that lock is not held.
/// Any attribute named <c>GuardedByAttribute</c> with a string argument works the same way.
/// </summary>
/// <example>
/// <code>
/// private static readonly object s_gate = new();
/// [GuardedBy(nameof(s_gate))] private static int s_count;
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false, Inherited = false)]
public sealed class GuardedByAttribute : Attribute
{
    /// <summary>Marks the field as guarded by the lock field named <paramref name="lockName"/>.</summary>
    public GuardedByAttribute(string lockName) => LockName = lockName;

    /// <summary>The name of the field (in the same type) that must be locked around every use.</summary>
    public string LockName { get; }
}
