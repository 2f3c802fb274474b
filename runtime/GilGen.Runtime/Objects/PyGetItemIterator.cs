using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>The old sequence protocol: iterates o[0], o[1], ... until IndexError.</summary>
public sealed class PyGetItemIterator : PyObject
{
    private PyValue _seq;
    private long _index;
    /// <summary>Iterates <paramref name="seq"/> (referenced).</summary>
    public PyGetItemIterator(PyValue seq) { _seq = seq.NewRef(); }
    /// <inheritdoc/>
    public override PyType Type => PyType.Iterator;
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(this).NewRef();
    /// <inheritdoc/>
    public override void Dealloc() { var s = _seq; _seq = PyValue.None; s.DecRefFromDealloc(); }
    /// <inheritdoc/>
    public override bool Next(ThreadState ts, out PyValue next)
    {
        try
        {
            next = Ops.GetItem(ts, _seq, PyValue.Int(_index++));
            return true;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.IndexError) || e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            e.Value.DecRef();
            next = default;
            return false;
        }
    }
}
