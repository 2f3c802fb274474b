using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>A slice object (start, stop, step), as BUILD_SLICE makes.</summary>
public sealed class PySlice : PyObject
{
    /// <summary>The bounds (None when omitted); references held.</summary>
    public readonly PyValue Start, Stop, Step;
    /// <summary>Creates a slice; takes new references to the bounds.</summary>
    public PySlice(PyValue start, PyValue stop, PyValue step)
    {
        start.IncRef(); stop.IncRef(); step.IncRef();
        Start = start; Stop = stop; Step = step;
    }
    /// <inheritdoc/>
    public override PyType Type => PyType.Slice;
    /// <inheritdoc/>
    public override void Dealloc() { Start.DecRef(); Stop.DecRef(); Step.DecRef(); }
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) =>
        $"slice({Start}, {Stop}, {Step})";

    // slice's one method, installed before the first slice exists.
    static PySlice()
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
