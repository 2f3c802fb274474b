using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// Whether this process runs without relying on a GIL, as CPython 3.13t (a build of its own) does, so that a
/// free-threaded interpreter (<see cref="GilGen.RuntimeProfile.FreeThreaded"/>) can run in it: reference counts
/// change atomically, and lists, dicts, sets, deques, bytearrays, arrays, closure cells, global variables
/// and instance attributes take a per-object lock around each operation (3.13t's <c>Py_BEGIN_CRITICAL_SECTION</c>). See docs/architecture/design.md §4.
/// </summary>
/// <remarks>
/// <para>
/// The mode is process-wide, because objects (builtin types, constants, small ints) are shared by every
/// interpreter of a process, and read once, when the runtime first asks for it: the AppContext switch
/// <see cref="SwitchName"/> or the environment variable <see cref="EnvironmentVariable"/>=1
/// (<c>gilgen run --profile free-threaded</c> sets the switch). <see cref="Enabled"/> is a <c>static readonly</c>
/// field, which the JIT folds to a constant in optimized code: with the mode off, as for the GIL profiles,
/// every check compiles away. GIL profiles run correctly with the mode on too (3.13t with the GIL enabled).
/// </para>
/// <para>
/// The per-object lock is the object's .NET monitor. It is re-entrant (an operation that calls back into
/// Python code on the same object, such as <c>__eq__</c> during <c>list.index</c>, does not deadlock against
/// itself). Unlike 3.13t's critical sections, it is not given up while the thread blocks inside the
/// operation, so two threads that each hold one container's lock and call Python code that needs the other
/// container can deadlock; 3.13t suspends the outer section instead. That case is not modelled.
/// </para>
/// </remarks>
public static class FreeThreading
{
    /// <summary>The AppContext switch that turns the mode on.</summary>
    public const string SwitchName = "GilGen.FreeThreading";

    /// <summary>The environment variable that turns the mode on when set to <c>1</c> (or <c>true</c>).</summary>
    public const string EnvironmentVariable = "GILGEN_FREE_THREADED";

    /// <summary>True when this process keeps its objects consistent without a GIL.</summary>
    public static readonly bool Enabled;

    // Explicit, so that the switch is read at first use, not earlier: a host can still set it at the start of Main.
    static FreeThreading()
    {
        string? env = Environment.GetEnvironmentVariable(EnvironmentVariable)?.Trim();
        Enabled = (AppContext.TryGetSwitch(SwitchName, out bool on) && on)
            || env == "1" || string.Equals(env, "true", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Enters <paramref name="o"/>'s per-object lock when the mode is on; dispose the result to leave it.
    /// <c>using (FreeThreading.Lock(list)) { ... }</c> compiles to nothing with the mode off.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ObjectLock Lock(object? o) => Enabled && o != null ? new ObjectLock(o) : default;

    /// <summary>
    /// Adds one reference to <paramref name="o"/> atomically; immortal objects are left alone, as 3.13t leaves
    /// them (their count is never written, so the cores do not fight over their cache lines).
    /// </summary>
    internal static void IncRef(PyObject o)
    {
        if (o.RefCount >= PyObject.ImmortalRefCount / 2) return;
        Interlocked.Increment(ref o.RefCount);
    }

    /// <summary>Drops one reference atomically: exactly one thread sees the count reach zero and releases the object.</summary>
    internal static void DecRef(PyObject o, bool fromDealloc = false)
    {
        if (o.RefCount >= PyObject.ImmortalRefCount / 2) return;
        if (Interlocked.Decrement(ref o.RefCount) != 0) return;
        if (fromDealloc) Trashcan.Release(o);
        else o.FreeAtZeroRefCount();
    }
}
