using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>The iterator over a list, tuple, str, bytes or bytearray: an index into the (live) sequence.</summary>
public sealed class PySequenceIterator : PyObject
{
    private PyObject? _seq;
    private int _index;
    private readonly PyType _type;

    /// <summary>Iterates <paramref name="seq"/>, holding a reference to it until exhausted.</summary>
    public PySequenceIterator(PyObject seq, PyType type) { PyValue.From(seq).IncRef(); _seq = seq; _type = type; }
    /// <inheritdoc/>
    public override PyType Type => _type;
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(this).NewRef();
    /// <inheritdoc/>
    public override void Dealloc() => Release();
    private void Release() { var s = _seq; _seq = null; if (s != null) PyValue.From(s).DecRefFromDealloc(); }

    /// <inheritdoc/>
    public override bool Next(ThreadState ts, out PyValue next)
    {
        if (_seq is PyList list)
        {
            // Read and counted under the list's lock, so that no other thread can release the item in between.
            using var section = FreeThreading.Lock(list);
            if (_index < list.Items.Count) { next = list.Items[_index++].NewRef(); return true; }
        }
        switch (_seq)
        {
            case PyTuple t when _index < t.Items.Length: next = t.Items[_index++].NewRef(); return true;
            case PyStr s when _index < s.Value.Length: next = PyStr.OfChar(s.Value[_index++]); return true;
            case PyBytes b when _index < b.Data.Length: next = PyValue.Int(b.Data[_index++]); return true;
        }
        if (_seq is PyByteArray bytes)
        {
            using var section = FreeThreading.Lock(bytes);
            if (_index < bytes.Data.Count) { next = PyValue.Int(bytes.Data[_index++]); return true; }
        }
        Release();
        next = default;
        return false;
    }
}
