using System.Collections.Generic;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// Everything GIL2001 and GIL2004 learn about a compilation before judging it at its end: thread
/// entries, calls between code units, calls of lock-inheriting helpers, overrides, and the accesses
/// of fields and captured variables. Each member's facts arrive at once, from any thread
/// (<see cref="MemberFactCollector"/>).
/// </summary>
internal sealed class RaceFacts
{
    private readonly object _gate = new();

    /// <summary>Starts collecting for a compilation whose helpers are those of <paramref name="helperScope"/>.</summary>
    public RaceFacts(HelperScope helperScope) => HelperScope = helperScope;

    /// <summary>Which methods may inherit their callers' locks (<see cref="CallerHeldLocks"/>).</summary>
    public HelperScope HelperScope { get; }

    /// <summary>Thread entries.</summary>
    public List<ThreadEntry> Entries { get; } = new();

    /// <summary>Calls, lambdas and method groups between code units.</summary>
    public List<CallEdge> Edges { get; } = new();

    /// <summary>Uses of helpers, for <see cref="CallerHeldLocks"/>.</summary>
    public List<HelperCall> HelperCalls { get; } = new();

    /// <summary>Writes and read-modify-writes everywhere; reads only in concurrent regions.</summary>
    public List<StorageAccess> Accesses { get; } = new();

    /// <summary>Overrides and interface implementations.</summary>
    public DispatchTargets Dispatch { get; } = new();

    /// <summary>Adds one member's facts.</summary>
    public void Add(List<ThreadEntry> entries, List<CallEdge> edges, List<HelperCall> helperCalls, List<StorageAccess> accesses)
    {
        lock (_gate)
        {
            Entries.AddRange(entries);
            Edges.AddRange(edges);
            HelperCalls.AddRange(helperCalls);
            Accesses.AddRange(accesses);
        }
    }
}
