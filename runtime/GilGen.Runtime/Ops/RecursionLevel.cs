using System;
namespace GilGen.Runtime;

/// <summary>
/// Py_EnterRecursiveCall and Py_LeaveRecursiveCall: one level of a recursion that runs inside the runtime rather than
/// through calls (the repr of nested containers, their comparison, deepcopy), or a Python frame that the runtime runs
/// itself rather than through a call (a module's code, a class body, threading.Thread.run), counted against the recursion limit
/// with the same stack probe as a call, so a list nested 100,000 deep raises CPython's RecursionError instead of
/// overflowing the native stack. Use with <c>using var level = RecursionLevel.Enter(ts, " in comparison");</c>.
/// </summary>
internal readonly struct RecursionLevel : IDisposable
{
    private readonly ThreadState? _ts;

    private RecursionLevel(ThreadState? ts) => _ts = ts;

    /// <summary>
    /// Counts a level on <paramref name="ts"/> (or the thread state running on this thread); raises RecursionError,
    /// its message ending in <paramref name="where"/> as CPython's does, when it is one too many.
    /// </summary>
    internal static RecursionLevel Enter(ThreadState? ts, string where)
    {
        ts ??= ThreadState.Running;
        if (ts is null) return default;
        if (Ops.CallTooDeep(ts)) Ops.RecursionTooDeep(ts, where);
        return new RecursionLevel(ts);
    }

    /// <summary>Ends the level.</summary>
    public void Dispose()
    {
        if (_ts is not null) _ts.RecursionDepth--;
    }
}
