using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>A slice object (start, stop, step), as BUILD_SLICE makes.</summary>
public sealed class PySlice : PyObject
{
    /// <summary>The start bound (None when omitted); a reference held.</summary>
    public PyValue Start { get; private set; }
    /// <summary>The stop bound (None when omitted); a reference held.</summary>
    public PyValue Stop { get; private set; }
    /// <summary>The step (None when omitted); a reference held.</summary>
    public PyValue Step { get; private set; }

    // The last slice this thread released, kept for the next one it makes: CPython keeps one the same way
    // (slice_cache), and `perm[:k + 1] = perm[k::-1]` makes two per statement. Not in checked mode (a released
    // slice stays poisoned there, so a reference-count slip is reported rather than reused) nor without a GIL.
    [ThreadStatic] private static PySlice? t_released;

    /// <summary>Creates a slice; takes new references to the bounds.</summary>
    public PySlice(PyValue start, PyValue stop, PyValue step)
    {
        start.IncRef(); stop.IncRef(); step.IncRef();
        Start = start; Stop = stop; Step = step;
    }

    /// <summary>
    /// A slice of the bounds (new references taken), reusing the one this thread released last when there is one,
    /// as CPython's PySlice_New: the new reference is the caller's.
    /// </summary>
    public static PySlice New(PyValue start, PyValue stop, PyValue step)
    {
        var reused = t_released;
        if (reused is null) return new PySlice(start, stop, step);
        t_released = null;
        start.IncRef(); stop.IncRef(); step.IncRef();
        reused.Start = start; reused.Stop = stop; reused.Step = step;
        reused.RefCount = 1;
        return reused;
    }

    /// <inheritdoc/>
    public override PyType Type => PyType.Slice;
    /// <inheritdoc/>
    public override void Dealloc()
    {
        PyValue start = Start, stop = Stop, step = Step;
        // Cleared first, so a kept slice holds nothing alive; the bounds are released as before, start first.
        Start = Stop = Step = PyValue.None;
        start.DecRefFromDealloc(); stop.DecRefFromDealloc(); step.DecRefFromDealloc();
        if (t_released is null && !CheckedRefCounts.Enabled && !FreeThreading.Enabled && RefCount == ReleasedRefCount)
            t_released = this;
    }
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) =>
        $"slice({Start}, {Stop}, {Step})";

    // slice's one method, installed with the builtin classes' methods (dir(slice) lists it before any slice exists).
    internal static void InstallMethods()
    {
        PyType.Slice.AddMethod("indices", (ts, a, kw) =>
        {
            var arg = new BuiltinArguments("indices", a.Slice(1), kw).NoKeywords().Expect(1, 1)[0];
            long length = SequenceIndex.AsIndex(arg, $"'{arg.Type.Name}' object cannot be interpreted as an integer");
            if (length < 0) throw PyErr.ValueError("length should not be negative");
            ((PySlice)a[0].Obj!).Indices(ts, length, out long start, out long stop, out long step, out _);
            return PyValue.From(new PyTuple(new[] { PyValue.Int(start), PyValue.Int(stop), PyValue.Int(step) }));
        });
    }

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        switch (name)
        {
            case "start": return Start.NewRef();
            case "stop": return Stop.NewRef();
            case "step": return Step.NewRef();
        }
        return base.GetAttrOrNull(ts, name);
    }

    /// <summary>PySlice_GetIndicesEx: clamps to <paramref name="length"/> and counts the selected items.</summary>
    public void Indices(ThreadState ts, long length, out long start, out long stop, out long step, out long count)
    {
        const string msg = "slice indices must be integers or None or have an __index__ method";
        step = Step.IsNone ? 1 : SequenceIndex.AsSliceIndex(Step, msg);
        if (step == 0) throw PyErr.ValueError("slice step cannot be zero");
        // As PySlice_Unpack: -step must not overflow.
        if (step < -long.MaxValue) step = -long.MaxValue;
        long lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
        start = Start.IsNone ? (step < 0 ? upper : lower) : Clamp(SequenceIndex.AsSliceIndex(Start, msg), length, lower, upper);
        stop = Stop.IsNone ? (step < 0 ? lower : upper) : Clamp(SequenceIndex.AsSliceIndex(Stop, msg), length, lower, upper);
        if (step < 0) count = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        else count = start < stop ? (stop - start - 1) / step + 1 : 0;
    }

    private static long Clamp(long v, long length, long lower, long upper)
    {
        if (v < 0) { v += length; if (v < lower) v = lower; }
        else if (v > upper) v = upper;
        return v;
    }
}
