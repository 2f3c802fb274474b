using System.Runtime.CompilerServices;
using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// Whether this process runs, or has run, an interpreter without a GIL (<see cref="GilGen.RuntimeProfile.FreeThreaded"/>),
/// and so must keep its objects consistent without one, as CPython 3.13t does: reference counts change
/// atomically, and lists, dicts, sets and global variables take a per-object lock around each operation
/// (3.13t's <c>Py_BEGIN_CRITICAL_SECTION</c>). See docs/architecture/design.md §4.
/// </summary>
/// <remarks>
/// <para>
/// Objects are shared by every interpreter of a process (builtin types, interned constants, small ints), so
/// the mode is process-wide and sticky: it turns on when the first free-threaded interpreter is made and
/// stays on, since objects of that interpreter may outlive it. Until then every check is one read of a
/// static field and a branch that is never taken, which is all the GIL profiles pay.
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
    // Not readonly: it changes once, from false to true, while the process runs.
    private static bool s_active;

    /// <summary>True once a free-threaded interpreter exists in this process.</summary>
    public static bool Active
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => s_active;
    }

    /// <summary>Turns the mode on for the rest of the process (called when a free-threaded interpreter is made).</summary>
    internal static void Activate() => Volatile.Write(ref s_active, true);

    /// <summary>
    /// Enters <paramref name="o"/>'s per-object lock when the mode is on; dispose the result to leave it.
    /// <c>using (FreeThreading.Lock(list)) { ... }</c> costs the GIL profiles one read and one branch.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ObjectLock Lock(object? o) => s_active && o != null ? new ObjectLock(o) : default;

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
    internal static void DecRef(PyObject o)
    {
        if (o.RefCount >= PyObject.ImmortalRefCount / 2) return;
        if (Interlocked.Decrement(ref o.RefCount) == 0) o.FreeAtZeroRefCount();
    }
}
