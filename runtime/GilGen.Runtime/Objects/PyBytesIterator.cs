namespace GilGen.Runtime;

/// <summary>Iterates a bytes or bytearray, yielding ints; holds the object until exhausted.</summary>
public sealed class PyBytesIterator : PyObject
{
    private PyObject? _seq;
    private int _index;
    private readonly PyType _type;

    /// <summary>Iterates <paramref name="seq"/> (a <see cref="PyBytes"/> or <see cref="PyByteArray"/>).</summary>
    public PyBytesIterator(PyObject seq, PyType type) { seq.RefCount++; _seq = seq; _type = type; }
    /// <inheritdoc/>
    public override PyType Type => _type;
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(this).NewRef();
    /// <inheritdoc/>
    public override void Dealloc() => Release();
    private void Release() { var s = _seq; _seq = null; if (s != null) PyValue.From(s).DecRef(); }

    /// <inheritdoc/>
    public override bool Next(ThreadState ts, out PyValue next)
    {
        switch (_seq)
        {
            case PyBytes b when _index < b.Data.Length: next = PyValue.Int(b.Data[_index++]); return true;
            case PyByteArray a when _index < a.Data.Count: next = PyValue.Int(a.Data[_index++]); return true;
        }
        Release();
        next = default;
        return false;
    }
}
