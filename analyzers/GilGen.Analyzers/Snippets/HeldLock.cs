namespace GilGen.Analyzers.Snippets;

/// <summary>One lock a statement holds, named so that the same lock compares equal across functions.</summary>
/// <param name="Key">The lock's name: <c>global:lock</c>, <c>global:registry.lock</c>, <c>attr:lock</c>, <c>scope@…:lock</c>.</param>
/// <param name="PerObject">
/// True for a lock reached through an object that is not a global (<c>self.lock</c>): each object has
/// its own, so it excludes another thread only on state of that same object, never on a global.
/// </param>
internal sealed record HeldLock(string Key, bool PerObject)
{
    /// <summary>A lock the snippet does not name (a parameter, the result of a call): it may be any lock, so it matches every other.</summary>
    public static HeldLock Unknown { get; } = new("?", false);

    /// <summary>Whether this lock and <paramref name="other"/> may be the same lock.</summary>
    public bool MayBe(HeldLock other) => Key == other.Key || Key == Unknown.Key || other.Key == Unknown.Key;
}
