using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// Which code runs on which thread entry, and on which object: from each entry's delegate, every
/// code unit reachable through calls, property accessors, constructors, lambdas and method groups
/// with source in the compilation (virtual and interface calls reach the overrides and
/// implementations too). A unit is reached in a state: the unit and what its <c>this</c> is, seen
/// from the starting code (<see cref="ObjectRoot"/>): <c>w.Run()</c> in a thread's lambda reaches
/// Run with <c>this</c> = the starter's <c>w</c>, so Run's <c>count++</c> is a write of <c>w.count</c>.
/// <para>
/// To stay linear in the size of the program, states are split in two. A starter-relative state
/// (its <c>this</c> is the starter's <c>this</c> or one of its variables, or it is a lambda written in
/// the starting member) means something only for its entry and is walked per entry. Every other
/// state — a static method, an object from a static field, an object nobody can name — means the
/// same whichever entry reaches it, so all entries share one walk over them and each such state
/// remembers only the first entry (in source order) that reached it: that is all a static field
/// needs as evidence. What one entry's thread writes to static state is walked separately, and
/// only when a read-modify-write in a starter's concurrent stretch asks for it.
/// </para>
/// </summary>
internal sealed class ThreadReachability
{
    private static readonly IReadOnlyList<(int, ObjectRoot?)> s_none = Array.Empty<(int, ObjectRoot?)>();
    private readonly RaceFacts _facts;
    private readonly Dictionary<SymbolKey, List<StorageAccess>> _accessesByUnit;
    private readonly Dictionary<SymbolKey, List<CallEdge>> _edgesByCaller = new();
    private readonly Dictionary<SymbolKey, SymbolKey> _memberOfFunction = new();

    private readonly Dictionary<SymbolKey, List<(int Entry, ObjectRoot? This)>> _relativeReachers = new();
    private readonly List<HashSet<(SymbolKey Variable, ObjectRoot Root, bool Contents)>> _relativeWrites = new();
    private readonly Dictionary<SymbolKey, List<(int Entry, ObjectRoot? This)>> _sharedReachers = new();
    private readonly HashSet<(SymbolKey, ObjectRoot?)> _sharedVisited = new();
    private readonly Dictionary<int, HashSet<(SymbolKey, ObjectRoot, bool)>> _globalWrites = new();
    private readonly Dictionary<int, HashSet<SymbolKey>> _regionUnits = new();
    private HashSet<SymbolKey>? _anyRegionUnits;

    /// <summary>Walks every entry in <paramref name="facts"/>.</summary>
    public ThreadReachability(RaceFacts facts, Dictionary<SymbolKey, List<StorageAccess>> accessesByUnit)
    {
        _facts = facts;
        _accessesByUnit = accessesByUnit;
        Entries = SortedEntries(facts.Entries);
        foreach (var edge in facts.Edges)
        {
            if (!_edgesByCaller.TryGetValue(edge.Caller, out var list)) _edgesByCaller[edge.Caller] = list = new List<CallEdge>();
            list.Add(edge);
        }

        for (var index = 0; index < Entries.Count; index++)
        {
            var entry = Entries[index];
            var writes = new HashSet<(SymbolKey, ObjectRoot, bool)>();
            _relativeWrites.Add(writes);
            var frontier = new List<(SymbolKey, ObjectRoot?)>();
            var start = (entry.Target, ObjectRoot.Resolve(entry.TargetReceiver, entry.StarterThis, entry));
            var entryIndex = index;
            WalkRelative(entry, new[] { start }, frontier, (unit, self) =>
            {
                AddReacher(_relativeReachers, unit, entryIndex, self);
                if (!_accessesByUnit.TryGetValue(unit, out var accesses)) return;
                foreach (var access in accesses)
                {
                    if (access.Changes && !access.IsConstruction && RootOf(access, self, entry) is { IsStarterRelative: true } root)
                        writes.Add((access.VariableKey, root, access.OnContents));
                }
            });
            WalkShared(frontier, entryIndex);
        }
    }

    /// <summary>The entries, in source order (so messages name the first one deterministically).</summary>
    public IReadOnlyList<ThreadEntry> Entries { get; }

    /// <summary>The entries that reach <paramref name="unit"/> in a starter-relative state, each with what <c>this</c> is there.</summary>
    public IReadOnlyList<(int Entry, ObjectRoot? This)> RelativeReachersOf(SymbolKey unit) =>
        _relativeReachers.TryGetValue(unit, out var reachers) ? reachers : s_none;

    /// <summary>The shared states of <paramref name="unit"/>, each with the first entry that reached it.</summary>
    public IReadOnlyList<(int Entry, ObjectRoot? This)> SharedReachersOf(SymbolKey unit) =>
        _sharedReachers.TryGetValue(unit, out var reachers) ? reachers : s_none;

    /// <summary>Whether any thread runs <paramref name="unit"/>.</summary>
    public bool IsReachable(SymbolKey unit) => _relativeReachers.ContainsKey(unit) || _sharedReachers.ContainsKey(unit);

    /// <summary>
    /// Whether the thread of entry <paramref name="entry"/> writes <paramref name="variable"/> of <paramref name="root"/>
    /// (with <paramref name="contents"/>: changes the contents of the collection in it):
    /// a starter-relative root from the per-entry walk, static state from a walk of its own (made once, on demand).
    /// </summary>
    public bool Writes(int entry, SymbolKey variable, ObjectRoot root, bool contents = false)
    {
        if (root.IsStarterRelative) return _relativeWrites[entry].Contains((variable, root, contents));
        if (!_globalWrites.TryGetValue(entry, out var writes))
        {
            var thread = Entries[entry];
            _globalWrites[entry] = writes = new HashSet<(SymbolKey, ObjectRoot, bool)>();
            var start = (thread.Target, ObjectRoot.Resolve(thread.TargetReceiver, thread.StarterThis, thread));
            WalkAll(thread, new[] { start }, (unit, self, initializing) =>
            {
                if (!_accessesByUnit.TryGetValue(unit, out var accesses)) return;
                foreach (var access in accesses)
                {
                    if (access.Changes && !access.IsConstruction && !StaticInitialization.Initializes(initializing, access)
                        && RootOf(access, self, thread) is { IsStarterRelative: false } global)
                        writes.Add((access.VariableKey, global, access.OnContents));
                }
            });
        }
        return writes.Contains((variable, root, contents));
    }

    /// <summary>
    /// The starter-relative states the starter of entry <paramref name="entry"/> runs through the calls it makes
    /// between the start and the wait (its own statements there are the <see cref="ThreadEntry.ConcurrentRegion"/>).
    /// </summary>
    public List<(SymbolKey Unit, ObjectRoot? This)> RelativeReachFromConcurrentRegion(int entry)
    {
        var reached = new List<(SymbolKey, ObjectRoot?)>();
        var thread = Entries[entry].WithoutState;
        var starts = RegionStarts(thread);
        if (starts.Count > 0) WalkRelative(thread, starts, null, (unit, self) => reached.Add((unit, self)));
        return reached;
    }

    /// <summary>Whether the starter of entry <paramref name="entry"/> may run <paramref name="unit"/> through calls between the start and the wait.</summary>
    public bool ConcurrentRegionReaches(int entry, SymbolKey unit)
    {
        if (_anyRegionUnits is null)
        {
            // One walk over units from every region's calls first: most units are in none.
            _anyRegionUnits = new HashSet<SymbolKey>();
            var all = new List<(SymbolKey, ObjectRoot?)>();
            foreach (var thread in Entries) all.AddRange(RegionStarts(thread));
            WalkUnits(all, _anyRegionUnits);
        }
        if (!_anyRegionUnits.Contains(unit)) return false;
        if (!_regionUnits.TryGetValue(entry, out var units))
        {
            _regionUnits[entry] = units = new HashSet<SymbolKey>();
            WalkUnits(RegionStarts(Entries[entry]), units);
        }
        return units.Contains(unit);
    }

    /// <summary>
    /// The object <paramref name="access"/>'s variable lives in, in code whose <c>this</c> is
    /// <paramref name="self"/>, started by <paramref name="entry"/> (null: seen from no starter in
    /// particular): static storage is global; a captured local is the starter's when the starter declares it.
    /// </summary>
    public static ObjectRoot? RootOf(StorageAccess access, ObjectRoot? self, ThreadEntry? entry) =>
        access.IsField && access.Variable.IsStatic ? ObjectRoot.Static : ObjectRoot.Resolve(access.Receiver, self, entry);

    /// <summary>Whether a state only means something for <paramref name="entry"/>.</summary>
    private bool IsStarterRelative(ThreadEntry entry, SymbolKey unit, ObjectRoot? self)
    {
        if (self is { IsStarterRelative: true }) return true;
        // A delegate given a state object reads the starter's object through its parameter.
        if (entry.StateParameter is not null && unit.Equals(entry.Target)) return true;
        return unit.IsBodyLocal && MemberOf(unit).Equals(entry.StarterMemberKey);
    }

    /// <summary>The member a lambda or local function is written in.</summary>
    private SymbolKey MemberOf(SymbolKey function)
    {
        if (_memberOfFunction.TryGetValue(function, out var member)) return member;
        var symbol = function.Symbol.ContainingSymbol;
        while (symbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction })
            symbol = symbol.ContainingSymbol;
        member = symbol is null ? default : SymbolKey.From(symbol);
        _memberOfFunction[function] = member;
        return member;
    }

    /// <summary>Walks the starter-relative states from <paramref name="starts"/>; the other states reached go to <paramref name="frontier"/>.</summary>
    private void WalkRelative(ThreadEntry entry, IEnumerable<(SymbolKey Unit, ObjectRoot? This)> starts,
        List<(SymbolKey, ObjectRoot?)>? frontier, Action<SymbolKey, ObjectRoot?> visit)
    {
        var visited = new HashSet<(SymbolKey, ObjectRoot?)>();
        var queue = new Queue<(SymbolKey Unit, ObjectRoot? This)>();
        foreach (var start in starts) Offer(start);
        while (queue.Count > 0)
        {
            var (unit, self) = queue.Dequeue();
            visit(unit, self);
            if (!_edgesByCaller.TryGetValue(unit, out var edges)) continue;
            foreach (var edge in edges)
            {
                var calleeThis = ObjectRoot.Resolve(edge.Receiver, self, entry);
                foreach (var target in Targets(edge)) Offer((target, calleeThis));
            }
        }

        void Offer((SymbolKey Unit, ObjectRoot? This) state)
        {
            if (!IsStarterRelative(entry, state.Unit, state.This)) frontier?.Add(state);
            else if (visited.Add(state)) queue.Enqueue(state);
        }
    }

    /// <summary>Walks the shared states from <paramref name="starts"/> that no earlier entry reached, crediting them to <paramref name="entry"/>.</summary>
    private void WalkShared(List<(SymbolKey, ObjectRoot?)> starts, int entry)
    {
        var queue = new Queue<(SymbolKey Unit, ObjectRoot? This)>();
        foreach (var start in starts)
        {
            if (_sharedVisited.Add(start)) queue.Enqueue(start);
        }
        while (queue.Count > 0)
        {
            var (unit, self) = queue.Dequeue();
            AddReacher(_sharedReachers, unit, entry, self);
            if (!_edgesByCaller.TryGetValue(unit, out var edges)) continue;
            foreach (var edge in edges)
            {
                var calleeThis = ObjectRoot.Resolve(edge.Receiver, self, null);
                foreach (var target in Targets(edge))
                {
                    if (_sharedVisited.Add((target, calleeThis))) queue.Enqueue((target, calleeThis));
                }
            }
        }
    }

    /// <summary>
    /// Walks every state from <paramref name="starts"/> for one entry (the unsplit walk). Each state
    /// also carries the type whose static constructor it runs inside, if any (<see cref="StaticInitialization"/>):
    /// the same unit reached both inside and outside one is visited in each.
    /// </summary>
    private void WalkAll(ThreadEntry entry, IEnumerable<(SymbolKey Unit, ObjectRoot? This)> starts, Action<SymbolKey, ObjectRoot?, INamedTypeSymbol?> visit)
    {
        var visited = new HashSet<(SymbolKey, ObjectRoot?, INamedTypeSymbol?)>();
        var queue = new Queue<(SymbolKey Unit, ObjectRoot? This, INamedTypeSymbol? Initializing)>();
        foreach (var (unit, self) in starts)
        {
            if (visited.Add((unit, self, null))) queue.Enqueue((unit, self, null));
        }
        while (queue.Count > 0)
        {
            var (unit, self, initializing) = queue.Dequeue();
            visit(unit, self, initializing);
            if (!_edgesByCaller.TryGetValue(unit, out var edges)) continue;
            foreach (var edge in edges)
            {
                var calleeThis = ObjectRoot.Resolve(edge.Receiver, self, entry);
                foreach (var target in Targets(edge))
                {
                    var state = (target, calleeThis, StaticInitialization.Entering(target) ?? initializing);
                    if (visited.Add(state)) queue.Enqueue(state);
                }
            }
        }
    }

    /// <summary>Walks units only (no <c>this</c>), adding each reached to <paramref name="reached"/>.</summary>
    private void WalkUnits(List<(SymbolKey Unit, ObjectRoot? This)> starts, HashSet<SymbolKey> reached)
    {
        var queue = new Queue<SymbolKey>();
        foreach (var (unit, _) in starts)
        {
            if (reached.Add(unit)) queue.Enqueue(unit);
        }
        while (queue.Count > 0)
        {
            if (!_edgesByCaller.TryGetValue(queue.Dequeue(), out var edges)) continue;
            foreach (var edge in edges)
            {
                foreach (var target in Targets(edge))
                {
                    if (reached.Add(target)) queue.Enqueue(target);
                }
            }
        }
    }

    /// <summary>The states the calls in <paramref name="thread"/>'s concurrent region start in.</summary>
    private List<(SymbolKey, ObjectRoot?)> RegionStarts(ThreadEntry thread)
    {
        var starts = new List<(SymbolKey, ObjectRoot?)>();
        if (thread.ConcurrentRegion.Count == 0 || !_edgesByCaller.TryGetValue(thread.StarterUnit, out var edges)) return starts;
        foreach (var edge in edges)
        {
            if (!thread.IsInConcurrentRegion(edge.Site)) continue;
            var calleeThis = ObjectRoot.Resolve(edge.Receiver, thread.StarterThis, thread);
            foreach (var target in Targets(edge)) starts.Add((target, calleeThis));
        }
        return starts;
    }

    /// <summary>What <paramref name="edge"/> may run: its callee, and for a virtual call the overrides and implementations.</summary>
    private List<SymbolKey> Targets(CallEdge edge)
    {
        var targets = new List<SymbolKey>(1);
        if (edge.Dispatches) _facts.Dispatch.Expand(edge.Callee, targets);
        else targets.Add(edge.Callee);
        return targets;
    }

    private static void AddReacher(Dictionary<SymbolKey, List<(int, ObjectRoot?)>> reachers, SymbolKey unit, int entry, ObjectRoot? self)
    {
        if (!reachers.TryGetValue(unit, out var list)) reachers[unit] = list = new List<(int, ObjectRoot?)>();
        list.Add((entry, self));
    }

    private static List<ThreadEntry> SortedEntries(List<ThreadEntry> entries)
    {
        var sorted = new List<ThreadEntry>(entries);
        sorted.Sort((a, b) =>
        {
            var byPath = string.CompareOrdinal(a.Location.SourceTree?.FilePath, b.Location.SourceTree?.FilePath);
            return byPath != 0 ? byPath : a.Location.SourceSpan.Start.CompareTo(b.Location.SourceSpan.Start);
        });
        return sorted;
    }
}
