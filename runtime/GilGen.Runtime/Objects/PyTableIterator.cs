using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>Iterates a dict's keys, values or items, or a set's items; raises if the size changes meanwhile.</summary>
public sealed class PyTableIterator : PyObject
{
    /// <summary>What each step yields.</summary>
    public enum Kind { Keys, Values, Items }

    private PyObject? _owner;
    private readonly IEntryTable _table;
    private readonly Kind _kind;
    private readonly PyType _type;
    private readonly int _version;
    private readonly bool _backwards;
    private int _pos;
    private ResultTuple _result;   // dict.items(): the tuple handed out again

    /// <summary>
    /// Iterates <paramref name="table"/> of <paramref name="owner"/> (referenced until exhausted), from the last entry
    /// to the first when <paramref name="backwards"/> (reversed(dict)).
    /// </summary>
    public PyTableIterator(PyObject owner, IEntryTable table, Kind kind, PyType type, bool backwards = false)
    {
        PyValue.From(owner).IncRef();
        _owner = owner; _table = table; _kind = kind; _type = type; _version = table.Version;
        _backwards = backwards;
        _pos = backwards ? table.Capacity - 1 : 0;
    }
    /// <inheritdoc/>
    public override PyType Type => _type;
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(this).NewRef();
    /// <inheritdoc/>
    public override void Dealloc()
    {
        Release();
        _result.Release();
    }
    private void Release() { var o = _owner; _owner = null; if (o != null) PyValue.From(o).DecRefFromDealloc(); }
    /// <inheritdoc/>
    public override bool Next(ThreadState ts, out PyValue next)
    {
        // Without a GIL the step reads and counts the entry under the container's lock (FreeThreading).
        using var section = FreeThreading.Lock(_owner);
        if (_owner != null && _table.Version != _version)
        {
            _pos = _backwards ? -1 : int.MaxValue;
            throw PyErr.RuntimeError(_owner is PyDict ? "dictionary changed size during iteration" : "Set changed size during iteration");
        }
        while (_owner != null && (_backwards ? _pos >= 0 : _pos < _table.Capacity))
        {
            int i = _backwards ? _pos-- : _pos++;
            var k = _table.KeyAt(i);
            if (k.IsUnbound) continue;
            switch (_kind)
            {
                case Kind.Keys: next = k.NewRef(); break;
                case Kind.Values: next = _table.ValueAt(i).NewRef(); break;
                default:
                    if (_result.TakeForReuse(2) is PyTuple t)
                    {
                        ResultTuple.Replace(t, 0, k.NewRef());
                        ResultTuple.Replace(t, 1, _table.ValueAt(i).NewRef());
                        next = PyValue.From(t);
                    }
                    else next = _result.Make(new[] { k.NewRef(), _table.ValueAt(i).NewRef() });
                    break;
            }
            return true;
        }
        Release();
        next = default;
        return false;
    }
}
