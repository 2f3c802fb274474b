using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Text;

namespace GilGen.Runtime;

/// <summary>dict.keys(), dict.values(), dict.items(): live views of a dict.</summary>
public sealed class PyDictView : PyObject
{
    private readonly PyDict _dict;
    private readonly PyTableIterator.Kind _kind;

    /// <summary>The dict this view shows.</summary>
    internal PyDict Dict => _dict;

    /// <summary>Which of the dict's parts the view shows.</summary>
    internal PyTableIterator.Kind Kind => _kind;

    /// <summary>A view of <paramref name="dict"/> (referenced).</summary>
    public PyDictView(PyDict dict, PyTableIterator.Kind kind) { PyValue.From(dict).IncRef(); _dict = dict; _kind = kind; }
    /// <inheritdoc/>
    public override PyType Type => _kind switch { PyTableIterator.Kind.Keys => PyType.DictKeys, PyTableIterator.Kind.Values => PyType.DictValues, _ => PyType.DictItems };
    /// <inheritdoc/>
    public override void Dealloc() => PyValue.From(_dict).DecRefFromDealloc();
    /// <inheritdoc/>
    public override long Length(ThreadState ts) => _dict.Count;
    /// <inheritdoc/>
    public override bool IsTrue(ThreadState ts) => _dict.Count != 0;
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(new PyTableIterator(_dict, _dict.Table, _kind,
        _kind switch { PyTableIterator.Kind.Keys => PyType.DictKeyIterator, PyTableIterator.Kind.Values => PyType.DictValueIterator, _ => PyType.DictItemIterator }));
    /// <inheritdoc/>
    public override bool Contains(ThreadState ts, PyValue item)
    {
        if (_kind == PyTableIterator.Kind.Keys) return _dict.TryGet(ts, item, out _);
        return base.Contains(ts, item);
    }
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        var sb = new StringBuilder(Type.Name).Append("([");
        bool first = true;
        foreach (var (k, v) in _dict.Table.Entries())
        {
            if (!first) sb.Append(", ");
            first = false;
            sb.Append(_kind switch
            {
                PyTableIterator.Kind.Keys => Ops.ReprOf(ts, k),
                PyTableIterator.Kind.Values => Ops.ReprOf(ts, v),
                _ => "(" + Ops.ReprOf(ts, k) + ", " + Ops.ReprOf(ts, v) + ")",
            });
        }
        return sb.Append("])").ToString();
    }
}
