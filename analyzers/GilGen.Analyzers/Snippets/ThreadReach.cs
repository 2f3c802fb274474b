using System.Collections.Generic;
using System.Linq;
using GilGen.Compiler.Binding;

namespace GilGen.Analyzers.Snippets;

/// <summary>A function that some thread start runs, with every start that runs it.</summary>
internal sealed class ThreadEntry
{
    /// <summary>Creates an entry for <paramref name="function"/>.</summary>
    public ThreadEntry(PythonScope function) => Function = function;

    /// <summary>The def (or lambda) the new threads run.</summary>
    public PythonScope Function { get; }
    /// <summary>The thread starts that run it.</summary>
    public List<ThreadStart> Starts { get; } = new();
    /// <summary>True when two or more threads may run it at the same time.</summary>
    public bool Several { get; set; }
}

/// <summary>
/// Which functions of a snippet run on threads, and whether on several at once: the targets of
/// thread starts and every function they call, transitively. Several threads run a function when
/// one start runs in a loop or maps over items, when two starts name it, when the code that
/// starts it runs several times itself, or when two different thread entries reach it.
/// </summary>
internal sealed class ThreadReach
{
    private readonly Dictionary<PythonScope, ThreadEntry> _entries = new();
    private readonly Dictionary<PythonScope, List<ThreadEntry>> _reaching = new();

    private ThreadReach() { }

    /// <summary>The entries, in the order their first start appears.</summary>
    public IEnumerable<ThreadEntry> Entries => _entries.Values;

    /// <summary>Works out the entries of <paramref name="starts"/> and what they reach through <paramref name="calls"/>.</summary>
    public static ThreadReach Compute(IReadOnlyList<ThreadStart> starts, CallGraph calls)
    {
        var reach = new ThreadReach();
        foreach (var start in starts)
        {
            foreach (var target in start.Targets)
            {
                if (!reach._entries.TryGetValue(target, out var entry)) reach._entries[target] = entry = new ThreadEntry(target);
                entry.Starts.Add(start);
            }
        }
        foreach (var entry in reach._entries.Values)
        {
            foreach (var function in calls.Reachable(entry.Function))
            {
                if (!reach._reaching.TryGetValue(function, out var list)) reach._reaching[function] = list = new List<ThreadEntry>();
                list.Add(entry);
            }
        }

        // A start inside a function that itself runs on several threads starts several threads:
        // repeat until nothing changes (each round can only turn entries from one to several).
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var entry in reach._entries.Values)
            {
                if (entry.Several || !reach.StartsSeveral(entry, calls)) continue;
                entry.Several = true;
                changed = true;
            }
        }
        return reach;
    }

    /// <summary>The entries whose threads may run <paramref name="function"/>.</summary>
    public IReadOnlyList<ThreadEntry> EntriesReaching(PythonScope function)
        => _reaching.TryGetValue(function, out var list) ? list : (IReadOnlyList<ThreadEntry>)System.Array.Empty<ThreadEntry>();

    /// <summary>True when some thread start may run <paramref name="function"/>.</summary>
    public bool RunsOnThreads(PythonScope function) => EntriesReaching(function).Count > 0;

    /// <summary>True when two threads may run <paramref name="function"/> at the same time.</summary>
    public bool RunsOnSeveralThreads(PythonScope function)
    {
        var entries = EntriesReaching(function);
        return entries.Count >= 2 || entries.Any(e => e.Several);
    }

    private bool StartsSeveral(ThreadEntry entry, CallGraph calls)
    {
        if (entry.Starts.Count >= 2) return true;
        foreach (var start in entry.Starts)
        {
            if (start.StartsSeveral) return true;
            if (start.Scope.Kind == NameScopeKind.Module) continue;
            // The function holding the start runs several times: called twice, in a loop, or by several threads.
            var callers = calls.CallsTo(start.Scope);
            if (callers.Count >= 2 || callers.Any(c => c.InLoop) || RunsOnSeveralThreads(start.Scope)) return true;
        }
        return false;
    }
}
