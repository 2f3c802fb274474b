using Microsoft.CodeAnalysis;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// A field or property marked with an attribute named <c>GuardedByAttribute</c> — GilGen's or anyone's,
/// in any namespace, as long as its first constructor argument is a string — that names a lock member
/// which exists (a field or property of the type or a base type, or <c>"this"</c>). A name that does
/// not resolve is ignored: the contract cannot be checked, and a wrong report would be noise.
/// </summary>
internal sealed class GuardedMember
{
    private GuardedMember(string lockName) => LockName = lockName;

    /// <summary>The name of the lock member, as the attribute gives it.</summary>
    public string LockName { get; }

    /// <summary>The guard declared on <paramref name="member"/>, or null.</summary>
    public static GuardedMember? Read(ISymbol member)
    {
        if (member is not (IFieldSymbol or IPropertySymbol)) return null;
        foreach (var attribute in member.GetAttributes())
        {
            if (attribute.AttributeClass?.Name != "GuardedByAttribute") continue;
            if (attribute.ConstructorArguments.Length == 0) continue;
            if (attribute.ConstructorArguments[0].Value is not string { Length: > 0 } lockName) continue;
            return LockExists(member.ContainingType, lockName) ? new GuardedMember(lockName) : null;
        }
        return null;
    }

    /// <summary>Whether holding <paramref name="lockId"/> satisfies this guard: the same member name, or <c>this</c>.</summary>
    public bool IsSatisfiedBy(LockId lockId) =>
        lockId.Name == LockName && (lockId.IsMember || LockName == "this");

    private static bool LockExists(INamedTypeSymbol? type, string lockName)
    {
        if (lockName == "this") return true;
        for (var current = type; current is not null; current = current.BaseType)
        {
            foreach (var candidate in current.GetMembers(lockName))
            {
                if (candidate is IFieldSymbol or IPropertySymbol) return true;
            }
        }
        return false;
    }
}
