using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// A traceback object (<c>exc.__traceback__</c>): one frame the exception passed through, linked by
/// <c>tb_next</c> toward the frame that raised it. An exception records its frames as plain entries while it
/// unwinds (<see cref="PyBaseException.Traceback"/>), which costs no allocation; the objects are made only when
/// Python asks for them, and as CPython's chain grows, by putting new nodes in front of the ones already made.
/// </summary>
public sealed class PyTraceback : PyObject
{
    /// <summary>The type <c>traceback</c>.</summary>
    public static readonly PyType TracebackType = new("traceback", PyType.Object) { IsBaseType = false };

    /// <summary>The frame and line of this node.</summary>
    public readonly TracebackEntry Entry;

    private readonly PyFrame _frame;
    private PyTraceback? _next;   // owned

    /// <summary>A node for <paramref name="entry"/> in front of <paramref name="next"/> (takes a new reference to it).</summary>
    public PyTraceback(TracebackEntry entry, PyTraceback? next)
    {
        Entry = entry;
        entry.Locals?.Hold();
        _frame = new PyFrame(entry.Code, entry.Line);
        if (next != null) PyValue.From(next).IncRef();
        _next = next;
    }

    /// <inheritdoc/>
    public override PyType Type => TracebackType;

    /// <inheritdoc/>
    public override void Dealloc()
    {
        // tb_next first, then the frame, as CPython's tb_dealloc: the innermost frame's locals are released first.
        var next = _next;
        _next = null;
        if (next != null) PyValue.From(next).DecRefFromDealloc();
        Entry.Locals?.Release();
        PyValue.From(_frame).DecRefFromDealloc();
    }

    /// <summary>The entries of the chain that starts at <paramref name="head"/>, outermost first.</summary>
    public static List<TracebackEntry> Entries(PyTraceback? head)
    {
        var entries = new List<TracebackEntry>();
        for (var tb = head; tb != null; tb = tb._next) entries.Add(tb.Entry);
        return entries;
    }

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        switch (name)
        {
            case "tb_frame": return PyValue.From(_frame).NewRef();
            case "tb_lineno": return PyValue.Int(Entry.Line);
            case "tb_next": return _next is null ? PyValue.None : PyValue.From(_next).NewRef();
            case "tb_lasti": throw PyErr.NotImplementedError("GilGen's traceback objects have no tb_lasti: the bytecode runs as compiled C#");
        }
        return base.GetAttrOrNull(ts, name);
    }

    /// <inheritdoc/>
    public override void SetAttr(ThreadState ts, string name, PyValue value)
    {
        if (name == "tb_next") throw PyErr.NotImplementedError("GilGen does not support assigning tb_next yet");
        base.SetAttr(ts, name, value);
    }
}
