using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// Checked reference counts, on the model of CPython's debug build: an object released to zero is
/// poisoned (its <see cref="PyObject.RefCount"/> becomes <see cref="PoisonedRefCount"/> once its
/// Dealloc has run, unless the Dealloc resurrected it), and any later IncRef, DecRef or use through the central <see cref="Ops"/> entry
/// points throws <see cref="RefCountViolationException"/>; so does a count that would go below zero and
/// an object reaching zero a second time. See docs/architecture/runtime-contract.md.
/// </summary>
/// <remarks>
/// The mode is process-wide and read once, when the runtime first asks for it: the AppContext switch
/// <see cref="SwitchName"/> (a <c>RuntimeHostConfigurationOption</c> in the project, or
/// <c>AppContext.SetSwitch</c> before any runtime code runs) or the environment variable
/// <see cref="EnvironmentVariable"/>=1. <see cref="Enabled"/> is a <c>static readonly</c> field, which
/// the JIT folds to a constant in optimized code: in normal mode the checks cost nothing. The explicit
/// static constructor keeps the read precise (at first use, not earlier), so a host can still set the
/// switch at the start of Main.
/// </remarks>
public static class CheckedRefCounts
{
    /// <summary>The AppContext switch that turns the mode on.</summary>
    public const string SwitchName = "GilGen.CheckedRefCounts";

    /// <summary>The environment variable that turns the mode on when set to <c>1</c> (or <c>true</c>).</summary>
    public const string EnvironmentVariable = "GILGEN_CHECKED_REFCOUNTS";

    /// <summary>The count a released object carries in checked mode; no live object can have it.</summary>
    public const long PoisonedRefCount = long.MinValue / 2;

    /// <summary>True when this process checks reference counts.</summary>
    public static readonly bool Enabled;

    [ThreadStatic] private static RefCountViolationException? t_last;

    /// <summary>Forgets the calling OS thread's violations (a reused worker thread about to run another program's thread).</summary>
    internal static void ForgetThread() => t_last = null;

    static CheckedRefCounts()
    {
        Enabled = (AppContext.TryGetSwitch(SwitchName, out bool on) && on) || IsSet(Environment.GetEnvironmentVariable(EnvironmentVariable));
    }

    private static bool IsSet(string? value) =>
        value is not null && (value.Trim() == "1" || value.Trim().Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// True when <paramref name="o"/> has been released (checked mode only). Any count far below zero is the
    /// poison, so that runtime code that bumped the field of a released object directly is still recognized.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPoisoned(PyObject o) => o.RefCount <= PoisonedRefCount / 2;

    /// <summary>Throws when <paramref name="v"/> is a released object; <paramref name="operation"/> names the use. No-op in normal mode.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void CheckAlive(PyValue v, string operation)
    {
        if (Enabled && v.Obj is PyObject o && IsPoisoned(o)) throw UseAfterRelease(o, operation);
    }

    /// <summary>IncRef in checked mode: an object released to zero cannot gain a reference.</summary>
    internal static void IncRef(PyObject o)
    {
        if (FreeThreading.Enabled)
        {
            // No GIL: the test and the increment must be one step, or another thread could release the
            // object in between (3.13t's _Py_TryIncref refuses a released object the same way).
            long seen = Volatile.Read(ref o.RefCount);
            while (true)
            {
                if (seen <= PoisonedRefCount / 2) throw UseAfterRelease(o, "IncRef");
                long found = Interlocked.CompareExchange(ref o.RefCount, seen + 1, seen);
                if (found == seen) return;
                seen = found;
            }
        }
        if (IsPoisoned(o)) throw UseAfterRelease(o, "IncRef");
        o.RefCount++;
    }

    /// <summary>DecRef in checked mode: no use of a released object, no count below zero.</summary>
    internal static void DecRef(PyObject o, bool fromDealloc = false)
    {
        if (FreeThreading.Enabled)
        {
            long seen = Volatile.Read(ref o.RefCount);
            while (true)
            {
                if (seen <= PoisonedRefCount / 2) throw UseAfterRelease(o, "DecRef");
                if (seen <= 0 && !IsResurrected(seen)) throw BelowZero(o);
                long found = Interlocked.CompareExchange(ref o.RefCount, seen - 1, seen);
                if (found != seen) { seen = found; continue; }
                if (seen == 1) Free(o, fromDealloc);
                else if (seen == PyObject.ReleasedRefCount + 1) throw SecondRelease(o);
                return;
            }
        }
        long count = o.RefCount;
        if (IsPoisoned(o)) throw UseAfterRelease(o, "DecRef");
        if (count <= 0 && !IsResurrected(count)) throw BelowZero(o);
        o.RefCount = count - 1;
        if (count == 1) Free(o, fromDealloc);
        else if (count == PyObject.ReleasedRefCount + 1) throw SecondRelease(o);
    }

    private static void Free(PyObject o, bool fromDealloc)
    {
        if (fromDealloc) Trashcan.Release(o);
        else o.FreeAtZeroRefCount();
    }

    // A released object that gained references again (its Dealloc stored it): its count runs up from
    // PyObject.ReleasedRefCount, and losing the last of those references is its second release.
    private static bool IsResurrected(long count) => count > PyObject.ReleasedRefCount && count <= PyObject.ReleasedRefCount / 2;

    private static RefCountViolationException BelowZero(PyObject o) =>
        Violation(o, $"GilGen bug: the reference count of a '{TypeName(o)}' object would go below zero (DecRef at {o.ReferenceCount})");

    /// <summary>The violation for an object that reaches zero after it was released already.</summary>
    internal static RefCountViolationException SecondRelease(PyObject o) =>
        Violation(o, $"GilGen bug: a '{TypeName(o)}' object reached reference count zero a second time (released twice)");

    /// <summary>The violation for a use of a released object.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static RefCountViolationException UseAfterRelease(PyObject o, string operation) =>
        Violation(o, $"GilGen bug: use of a released '{TypeName(o)}' object ({operation})");

    private static RefCountViolationException Violation(PyObject o, string message)
    {
        // Generated code's finally blocks may trip over the same slip while the first exception unwinds and
        // replace it: each violation carries the one this thread raised before, whose stack points at the bug.
        var e = new RefCountViolationException(message, TypeName(o), t_last);
        t_last = e;
        return e;
    }

    private static string TypeName(PyObject o)
    {
        try { return o.Type.Name; }
        catch (Exception) { return o.GetType().Name; }
    }
}
