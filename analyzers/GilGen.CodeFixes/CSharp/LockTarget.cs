using Microsoft.CodeAnalysis;

namespace GilGen.CodeFixes.CSharp;

/// <summary>
/// One place a lock fix puts a <c>lock</c>: the <see cref="LockSite"/>, the field (or captured
/// variable) whose gate it takes, and a position where the gate's name must mean the gate.
/// </summary>
internal sealed class LockTarget
{
    /// <summary>Creates the target.</summary>
    public LockTarget(LockSite site, ISymbol member, int position)
    {
        Site = site;
        Member = member;
        Position = position;
    }

    /// <summary>Where the lock goes.</summary>
    public LockSite Site { get; }

    /// <summary>What it protects: the gate is named after it and declared in its type.</summary>
    public ISymbol Member { get; }

    /// <summary>Where the gate is named (the start of the update), for name clashes.</summary>
    public int Position { get; }
}
