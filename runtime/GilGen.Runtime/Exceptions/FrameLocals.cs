using System;

namespace GilGen.Runtime;

/// <summary>
/// The locals, cells and locals dict of a frame an exception left, kept by the traceback entries that name the frame
/// (the exception's own list and each <see cref="PyTraceback"/> object made for it), as CPython's traceback keeps the
/// frame object and, through it, the frame's variables: an object only a local held lives until the exception (or a
/// traceback object taken from it) is released, so its <c>__del__</c> runs after the <c>except</c> block that caught
/// it, not before. The values are released, in the frame's order, when the last holder lets go.
/// </summary>
public sealed class FrameLocals
{
    private PyValue[]? _values;
    private int _holders = 1;

    /// <summary>Takes <paramref name="values"/> and their references (the frame gives them up); one holder.</summary>
    internal FrameLocals(PyValue[] values) => _values = values;

    /// <summary>Another holder (a traceback object made for the entry, or a list the entry is copied into).</summary>
    internal void Hold() => _holders++;

    /// <summary>A holder lets go; the last releases the values in order, as CPython's frame_dealloc clears its locals.</summary>
    internal void Release()
    {
        if (--_holders > 0) return;
        PyValue[]? values = _values;
        _values = null;
        if (values != null) Ops.ReleaseAll(values);
    }
}
