using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace GilGen.Analyzers.CSharp;

/// <summary>
/// Judges the facts of a whole compilation for GIL2001 and GIL2004.
/// <para>
/// GIL2001 reports an unlocked read-modify-write when there is evidence that two threads can run it
/// (or it and another write) on the same variable at once:
/// <list type="bullet">
/// <item>a static field (or a field of an object held in a static field) in code reachable from a
/// thread entry, when two threads change it and can be alive together, or one thread changes it while
/// the starting code changes it too (<see cref="GlobalEvidence"/>): a single writer whose other
/// accesses are ordered by its start and its Join/Wait/await is no race (issue 12 §1);</item>
/// <item>a field of an object the starter can name (its <c>this</c>, a local, parameter or field of it),
/// or a local the starter declares and a lambda captures, when the entry runs concurrently with
/// itself (Parallel.For/ForEach bodies, PLINQ, timers, or a start inside a loop on an object that
/// outlives the iteration); or when another entry from the same starter writes the same variable of
/// the same object (two <c>new Thread(w.Run)</c>, <c>Parallel.Invoke(a, b)</c>); or when the starter
/// uses it after the start and before the wait (<see cref="ConcurrentRegion"/>: its own statements
/// read or write it, or code they call writes it);</item>
/// <item>in the starter after the start and before the wait — its own statements, or code they call —
/// when the thread's code writes the same variable of the same object.</item>
/// </list>
/// Never: in construction code, under a lock (local or held by all callers of a helper), on volatile
/// fields (GIL2002 owns them), [ThreadStatic] fields, [GuardedBy] fields (GIL2003 owns them), locals
/// no other thread can see, and objects the analysis cannot tie to the starter (made on the thread,
/// passed through parameters): missing evidence means silence.
/// </para>
/// <para>
/// GIL2004 reports an unlocked write of a field in thread-reachable code (or in a starter's code
/// between a thread's start and the wait for it) when the same field is written under a lock
/// somewhere else (outside construction code), naming that lock. A write that GIL2001 already
/// reports is not reported again; volatile, [ThreadStatic] and [GuardedBy] fields are left out, and
/// so is <c>x = Interlocked.Exchange(ref x, …)</c>.
/// </para>
/// </summary>
internal static class SharedFieldRaces
{
    /// <summary>Reports GIL2001 and GIL2004 for <paramref name="facts"/>.</summary>
    public static void Report(RaceFacts facts, Action<Diagnostic> report)
    {
        if (facts.Entries.Count == 0) return; // no thread is started: nothing runs concurrently

        var accessesByUnit = new Dictionary<SymbolKey, List<StorageAccess>>();
        foreach (var access in facts.Accesses)
        {
            if (!accessesByUnit.TryGetValue(access.Unit, out var list)) accessesByUnit[access.Unit] = list = new List<StorageAccess>();
            list.Add(access);
        }
        var reachability = new ThreadReachability(facts, accessesByUnit);
        var entries = reachability.Entries;
        var callerLocks = CallerHeldLocks.Solve(CallerHeldLocks.WithDispatch(facts.HelperCalls, facts.Dispatch));
        var regionReach = RegionReach(reachability);
        var regionUses = RegionUses(entries, accessesByUnit, regionReach);
        var entriesByMember = new Dictionary<SymbolKey, List<int>>();
        for (var index = 0; index < entries.Count; index++)
        {
            if (!entriesByMember.TryGetValue(entries[index].StarterMemberKey, out var list)) entriesByMember[entries[index].StarterMemberKey] = list = new List<int>();
            list.Add(index);
        }
        var excluded = new Dictionary<SymbolKey, bool>();

        var accesses = new List<StorageAccess>(facts.Accesses);
        accesses.Sort((a, b) =>
        {
            var byPath = string.CompareOrdinal(a.Tree.FilePath, b.Tree.FilePath);
            return byPath != 0 ? byPath : a.Span.Start.CompareTo(b.Span.Start);
        });

        var reported = new HashSet<StorageAccess>();

        var changesByVariable = new Dictionary<SymbolKey, List<StorageAccess>>();
        foreach (var access in accesses)
        {
            if (!access.Changes || access.IsConstruction) continue;
            if (!changesByVariable.TryGetValue(access.VariableKey, out var byVariable)) changesByVariable[access.VariableKey] = byVariable = new List<StorageAccess>();
            byVariable.Add(access);
        }

        // GIL2005 first: its writes are not reported again by GIL2001, the lock it asks for covers them.
        var coveredActs = new HashSet<(SyntaxTree, Microsoft.CodeAnalysis.Text.TextSpan)>();
        foreach (var access in accesses)
        {
            if (access.Kind != AccessKind.CheckThenAct || access.Shape is not { } shape || access.IsConstruction) continue;
            if (IsNotShared(access) || HeldLock(access, callerLocks) is not null) continue;
            if (shape.DoubleChecked && (shape.OnContents || access.Variable is not IFieldSymbol { IsVolatile: false })) continue;
            var evidence = FindEvidence(access, reachability, entriesByMember, regionUses, regionReach, changesByVariable);
            if (evidence is null) continue;
            foreach (var act in shape.Acts) coveredActs.Add((act.SyntaxTree, act.Span));
            var why = shape.DoubleChecked
                ? "double-checked initialization without volatile lets another thread see the object before the writes that build it"
                : "another thread can change it between the check and '" + DiagnosticText.Operation(shape.Acts[0]) + "'";
            report(Diagnostic.Create(DiagnosticDescriptors.SharedCheckThenAct, access.Location,
                DiagnosticText.Operation(shape.Condition), DiagnosticText.Variable(access.Variable), why, evidence));
        }

        // GIL2006: a collection that is not thread-safe changed by code that runs on several threads.
        foreach (var access in accesses)
        {
            // A check-then-act's collection change is reported here too: it is a change from several threads
            // on its own (issue 12's labels), whatever GIL2005 says about the test before it.
            if (access.Kind != AccessKind.Mutation || access.IsConstruction) continue;
            if (IsNotShared(access) || HeldLock(access, callerLocks) is not null) continue;
            var evidence = FindEvidence(access, reachability, entriesByMember, regionUses, regionReach, changesByVariable);
            if (evidence is null) continue;
            report(Diagnostic.Create(DiagnosticDescriptors.SharedCollectionMutation, access.Location,
                DiagnosticText.Operation(access.Syntax), access.CollectionType, DiagnosticText.Variable(access.Variable), evidence));
        }

        bool MayRunConcurrently(StorageAccess other) => reachability.IsReachable(other.Unit) || InAnyConcurrentRegion(other, entries, regionReach);

        foreach (var access in accesses)
        {
            if (access.Kind != AccessKind.ReadModifyWrite || access.IsConstruction) continue;
            if (coveredActs.Contains((access.Tree, access.Span))) continue;
            if (IsExcluded(access, excluded) || ProtectingLock(access, callerLocks, changesByVariable[access.VariableKey], MayRunConcurrently) is not null) continue;
            var evidence = FindEvidence(access, reachability, entriesByMember, regionUses, regionReach, changesByVariable);
            if (evidence is null) continue;
            reported.Add(access);
            report(Diagnostic.Create(DiagnosticDescriptors.SharedFieldReadModifyWrite, access.Location,
                DiagnosticText.Operation(access.Syntax), DiagnosticText.Variable(access.Variable), evidence));
        }

        // GIL2004: the first lock (in source order) each field is written under.
        var lockedWith = new Dictionary<SymbolKey, LockId>();
        foreach (var access in accesses)
        {
            if (!access.Writes || !access.IsField || access.OnElement || access.IsConstruction || lockedWith.ContainsKey(access.VariableKey)) continue;
            if (HeldLock(access, callerLocks) is { } lockId) lockedWith[access.VariableKey] = lockId;
        }
        if (lockedWith.Count == 0) return;
        foreach (var access in accesses)
        {
            if (!access.Writes || !access.IsField || access.OnElement || access.IsConstruction || access.AssignsInterlockedResult || reported.Contains(access)
                || coveredActs.Contains((access.Tree, access.Span))) continue;
            if (!lockedWith.TryGetValue(access.VariableKey, out var lockId)) continue;
            if (HeldLock(access, callerLocks) is not null || IsExcluded(access, excluded)) continue;
            if (!reachability.IsReachable(access.Unit) && !InAnyConcurrentRegion(access, entries, regionReach)) continue;
            report(Diagnostic.Create(DiagnosticDescriptors.InconsistentSynchronization, access.Location,
                DiagnosticText.Variable(access.Variable), lockId.Name));
        }
    }

    /// <summary>Why <paramref name="access"/> runs on several threads at once, for the message; null when there is no evidence.</summary>
    private static string? FindEvidence(StorageAccess access, ThreadReachability reachability, Dictionary<SymbolKey, List<int>> entriesByMember,
        List<HashSet<(SymbolKey, ObjectRoot)>> regionUses, Dictionary<SymbolKey, List<(int Entry, ObjectRoot? This)>> regionReach,
        Dictionary<SymbolKey, List<StorageAccess>> changesByVariable)
    {
        var entries = reachability.Entries;
        var contents = access.OnContents;

        // Code a thread runs where anyone could be: static state, or the object in a static field.
        foreach (var (index, self) in reachability.SharedReachersOf(access.Unit))
        {
            if (ThreadReachability.RootOf(access, self, null) is { IsStarterRelative: false } global
                && GlobalEvidence(access, global, reachability, changesByVariable, entries[index]) is { } why) return why;
        }

        // Code a thread runs on the starter's objects (or in the starter's lambdas).
        foreach (var (index, self) in reachability.RelativeReachersOf(access.Unit))
        {
            var entry = entries[index];
            if (ThreadReachability.RootOf(access, self, entry) is not { } root) continue;
            if (!root.IsStarterRelative)
            {
                if (GlobalEvidence(access, root, reachability, changesByVariable, entry, index) is { } why) return why;
                continue;
            }
            if (entry.RunsConcurrentlyWithItselfOn(root))
                return entry.Api.RunsConcurrentlyWithItself ? entry.Description : "started in a loop by " + entry.Api.Name + " in " + DiagnosticText.Member(entry.StarterMember);
            foreach (var other in entriesByMember[entry.StarterMemberKey])
            {
                if (other != index && entry.MayOverlap(entries[other]) && reachability.Writes(other, access.VariableKey, root, contents))
                    return "started by " + entry.Api.Name + " and " + entries[other].Api.Name + " in " + DiagnosticText.Member(entry.StarterMember);
            }
            if (regionUses[index].Contains((access.VariableKey, root)))
                return entry.Description + ", which uses it after the start";
        }

        // The starter's own statements between the start and the wait, when the thread writes the variable too.
        for (var index = 0; index < entries.Count; index++)
        {
            var entry = entries[index];
            if (!entry.StarterUnit.Equals(access.Unit) || !entry.IsInConcurrentRegion(access.Syntax)) continue;
            if (ThreadReachability.RootOf(access, entry.StarterThis, entry) is { } root && reachability.Writes(index, access.VariableKey, root, contents))
                return "alongside the thread " + entry.Description;
        }

        // Code the starter calls in that stretch: on its objects…
        if (regionReach.TryGetValue(access.Unit, out var callers))
        {
            foreach (var (index, self) in callers)
            {
                var entry = entries[index];
                if (ThreadReachability.RootOf(access, self, entry.WithoutState) is { } root && reachability.Writes(index, access.VariableKey, root, contents))
                    return "alongside the thread " + entry.Description;
            }
        }

        // …or on static state.
        if (access.IsField && access.Variable.IsStatic)
        {
            for (var index = 0; index < entries.Count; index++)
            {
                if (entries[index].ConcurrentRegion.Count > 0 && reachability.ConcurrentRegionReaches(index, access.Unit)
                    && reachability.Writes(index, access.VariableKey, ObjectRoot.Static, contents))
                    return "alongside the thread " + entries[index].Description;
            }
            // A finalizer may run at any moment of the program: any other change of the static state it changes races with it.
            for (var index = 0; index < entries.Count; index++)
            {
                var entry = entries[index];
                if (entry.Api.Start == EntryStart.WhenCollected && !entry.Target.Equals(access.Unit)
                    && reachability.Writes(index, access.VariableKey, ObjectRoot.Static, contents))
                    return "alongside the finalizer thread running " + DiagnosticText.Member(entry.StarterMember);
            }
        }
        return null;
    }

    /// <summary>
    /// Evidence that two threads change static state (<paramref name="root"/>) at once: a thread entry
    /// that changes it runs concurrently with itself (Parallel.For, a timer, a start in a loop), or two
    /// entries that change it can be alive together (from different starting members, or overlapping
    /// in one). One thread alone changing it, with the others' accesses ordered by Start and Join/Wait,
    /// is no race. With <paramref name="only"/> (the entry known to run the access), the evidence must
    /// involve that entry: a thread joined before another starts does not race with the later one.
    /// </summary>
    private static string? GlobalEvidence(StorageAccess access, ObjectRoot root, ThreadReachability reachability,
        Dictionary<SymbolKey, List<StorageAccess>> changesByVariable, ThreadEntry reacher, int? only = null)
    {
        // A check-then-act's act may be a thread-safe call (a ConcurrentDictionary's indexer) that no
        // writer count sees: the check and the act on one thread are enough for another to come between.
        if (access.Kind == AccessKind.CheckThenAct) return reacher.Description;
        var entries = reachability.Entries;
        changesByVariable.TryGetValue(access.VariableKey, out var changes);
        var contents = access.OnContents;
        var writers = new List<int>();
        for (var index = 0; index < entries.Count; index++)
        {
            if (!reachability.Writes(index, access.VariableKey, root, contents)) continue;
            var entry = entries[index];
            var involved = only is null || only == index;
            if (involved && entry.Api.RunsConcurrentlyWithItself) return entry.Description;
            if (involved && entry.Timing.RepeatSpan is not null) return "started in a loop by " + entry.Api.Name + " in " + DiagnosticText.Member(entry.StarterMember);
            foreach (var other in writers)
            {
                var earlier = entries[other];
                if (!involved && other != only) continue;
                if (earlier.StarterMemberKey.Equals(entry.StarterMemberKey) ? earlier.MayOverlap(entry) : !RunsInside(earlier, entry) && !RunsInside(entry, earlier))
                    return earlier.StarterMemberKey.Equals(entry.StarterMemberKey)
                        ? "started by " + earlier.Api.Name + " and " + entry.Api.Name + " in " + DiagnosticText.Member(entry.StarterMember)
                        : earlier.Description + " and " + entry.Description;
            }
            writers.Add(index);
        }
        if (changes is null) return null;
        // The starting code changes it too while a writer thread runs: its own statements, or code they call.
        foreach (var index in writers)
        {
            var entry = entries[index];
            if (entry.ConcurrentRegion.Count == 0 || (only is not null && only != index)) continue;
            foreach (var other in changes)
            {
                if ((other.Unit.Equals(entry.StarterUnit) && entry.IsInConcurrentRegion(other.Syntax))
                    || reachability.ConcurrentRegionReaches(index, other.Unit))
                    return entry.Description + ", which runs alongside the starting code that changes it too";
            }
        }
        return null;
    }

    /// <summary>
    /// Whether <paramref name="inner"/> is started and waited for by the async method whose continuation
    /// <paramref name="outer"/> runs (<c>await Task.Run(…)</c> inside it): it runs as part of that call,
    /// ordered with the continuation by the method's own awaits, not as a thread of its own beside it.
    /// </summary>
    private static bool RunsInside(ThreadEntry outer, ThreadEntry inner) =>
        outer.Target.IsContinuation && inner.Timing.WaitPosition is not null
        && SymbolEqualityComparer.Default.Equals(outer.Target.Symbol, inner.StarterMember);

    /// <summary>For each code unit the starters call while their threads run, which entries' regions reach it and with what <c>this</c>.</summary>
    private static Dictionary<SymbolKey, List<(int Entry, ObjectRoot? This)>> RegionReach(ThreadReachability reachability)
    {
        var result = new Dictionary<SymbolKey, List<(int, ObjectRoot?)>>();
        for (var index = 0; index < reachability.Entries.Count; index++)
        {
            if (reachability.Entries[index].ConcurrentRegion.Count == 0) continue;
            foreach (var (unit, self) in reachability.RelativeReachFromConcurrentRegion(index))
            {
                if (!result.TryGetValue(unit, out var list)) result[unit] = list = new List<(int, ObjectRoot?)>();
                list.Add((index, self));
            }
        }
        return result;
    }

    /// <summary>
    /// For each entry, the variables of the starter's objects that the starter uses while the entry's
    /// thread runs: what its own statements there read or write, and what the code they call writes.
    /// </summary>
    private static List<HashSet<(SymbolKey, ObjectRoot)>> RegionUses(IReadOnlyList<ThreadEntry> entries, Dictionary<SymbolKey, List<StorageAccess>> accessesByUnit,
        Dictionary<SymbolKey, List<(int Entry, ObjectRoot? This)>> regionReach)
    {
        var uses = new List<HashSet<(SymbolKey, ObjectRoot)>>(entries.Count);
        for (var index = 0; index < entries.Count; index++)
        {
            var entry = entries[index];
            var set = new HashSet<(SymbolKey, ObjectRoot)>();
            uses.Add(set);
            if (entry.ConcurrentRegion.Count == 0 || !accessesByUnit.TryGetValue(entry.StarterUnit, out var accesses)) continue;
            foreach (var access in accesses)
            {
                if (entry.IsInConcurrentRegion(access.Syntax) && ThreadReachability.RootOf(access, entry.StarterThis, entry) is { IsStarterRelative: true } root)
                    set.Add((access.VariableKey, root));
            }
        }
        foreach (var pair in regionReach)
        {
            if (!accessesByUnit.TryGetValue(pair.Key, out var accesses)) continue;
            foreach (var (index, self) in pair.Value)
            {
                foreach (var access in accesses)
                {
                    if (access.Changes && !access.IsConstruction && ThreadReachability.RootOf(access, self, entries[index].WithoutState) is { IsStarterRelative: true } root)
                        uses[index].Add((access.VariableKey, root));
                }
            }
        }
        return uses;
    }

    /// <summary>Whether <paramref name="access"/> is in a starter's code that runs while one of its threads does (its statements or code they call on its objects).</summary>
    private static bool InAnyConcurrentRegion(StorageAccess access, IReadOnlyList<ThreadEntry> entries, Dictionary<SymbolKey, List<(int Entry, ObjectRoot? This)>> regionReach)
    {
        if (regionReach.ContainsKey(access.Unit)) return true;
        foreach (var entry in entries)
        {
            if (entry.StarterUnit.Equals(access.Unit) && entry.IsInConcurrentRegion(access.Syntax)) return true;
        }
        return false;
    }

    /// <summary>
    /// The lock that keeps every other change of <paramref name="access"/>'s variable out of it: held there
    /// exclusively (locally or by every caller), made once for everyone (not by each call), common to all
    /// instances when the variable is static, and held as well by each other change that may run
    /// while threads do (<paramref name="changes"/>, filtered by <paramref name="mayRunConcurrently"/>): two
    /// different locks around the same counter exclude nothing, nor does a lock that another writer skips.
    /// Null when no lock protects it.
    /// </summary>
    private static LockId? ProtectingLock(StorageAccess access, Dictionary<SymbolKey, IReadOnlyList<LockId>> callerLocks,
        List<StorageAccess> changes, Func<StorageAccess, bool> mayRunConcurrently)
    {
        var isStatic = access.IsField && access.Variable.IsStatic;
        foreach (var candidate in AllLocks(access, callerLocks))
        {
            if (!candidate.IsExclusive || candidate.Reach == LockReach.PerCall || (isStatic && candidate.Reach == LockReach.PerInstance)) continue;
            var heldByAll = true;
            foreach (var other in changes)
            {
                // Another change that may run meanwhile without this lock — under another lock, a reader
                // lock, or none — can come between the read and the write (issue 12 §1: inconsistent locking).
                if (other == access || !mayRunConcurrently(other)) continue;
                if (!Holds(other, candidate, callerLocks)) { heldByAll = false; break; }
            }
            if (heldByAll) return candidate;
        }
        return null;
    }

    private static IEnumerable<LockId> AllLocks(StorageAccess access, Dictionary<SymbolKey, IReadOnlyList<LockId>> callerLocks)
    {
        foreach (var lockId in access.Locks) yield return lockId;
        if (callerLocks.TryGetValue(access.LockUnit, out var inherited))
        {
            foreach (var lockId in inherited) yield return lockId;
        }
    }

    private static bool Holds(StorageAccess access, LockId lockId, Dictionary<SymbolKey, IReadOnlyList<LockId>> callerLocks)
    {
        foreach (var held in AllLocks(access, callerLocks))
        {
            if (held.IsExclusive && held.Equals(lockId)) return true;
        }
        return false;
    }

    /// <summary>The first lock that keeps other writers out of <paramref name="access"/> (a reader lock does not), held there or by every caller.</summary>
    private static LockId? HeldLock(StorageAccess access, Dictionary<SymbolKey, IReadOnlyList<LockId>> callerLocks)
    {
        if (FirstExclusive(access.Locks) is { } local) return local;
        return callerLocks.TryGetValue(access.LockUnit, out var inherited) ? FirstExclusive(inherited) : null;
    }

    private static LockId? FirstExclusive(IReadOnlyList<LockId> locks)
    {
        foreach (var lockId in locks)
        {
            if (lockId.IsExclusive) return lockId;
        }
        return null;
    }

    /// <summary>Fields other rules own or that are not shared: volatile (GIL2002), [GuardedBy] (GIL2003), [ThreadStatic], const.</summary>
    private static bool IsExcluded(StorageAccess access, Dictionary<SymbolKey, bool> cache)
    {
        if (access.Variable is not IFieldSymbol field) return false;
        if (cache.TryGetValue(access.VariableKey, out var excluded)) return excluded;
        excluded = field.IsVolatile || field.IsConst || IsThreadStatic(field) || GuardedMember.Read(field.OriginalDefinition) is not null;
        cache[access.VariableKey] = excluded;
        return excluded;
    }

    /// <summary>
    /// For GIL2005 and GIL2006: storage each thread has to itself ([ThreadStatic]) or whose lock GIL2003
    /// checks ([GuardedBy]). A volatile field still races there: volatile orders a read or a write, not a
    /// test and a change, nor the inside of a List.
    /// </summary>
    private static bool IsNotShared(StorageAccess access) =>
        access.Variable is IFieldSymbol field && (field.IsConst || IsThreadStatic(field) || GuardedMember.Read(field.OriginalDefinition) is not null);

    private static bool IsThreadStatic(IFieldSymbol field)
    {
        foreach (var attribute in field.GetAttributes())
        {
            if (KnownType.Is(attribute.AttributeClass, "System", "ThreadStaticAttribute")) return true;
        }
        return false;
    }
}
