using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Text;

namespace GilGen.Runtime;

/// <summary>A dict: insertion-ordered, holding references to its keys and values. Not sealed: collections.defaultdict, Counter and OrderedDict derive from it.</summary>
public class PyDict : PyObject
{
    /// <summary>The entries.</summary>
    public readonly OrderedTable Table = new();
    /// <inheritdoc/>
    public override PyType Type => PyType.Dict_;
    /// <summary>Number of items.</summary>
    public int Count => Table.Count;

    /// <summary>d[key] = value; key and value borrowed.</summary>
    public void Set(ThreadState? ts, PyValue key, PyValue value)
    {
        Ops.HashOf(ts, key);
        using var section = FreeThreading.Lock(this);
        key.IncRef(); value.IncRef();
        if (Table.Set(key, value, out var previous)) { key.DecRef(); previous.DecRef(); }
    }

    /// <summary>d[key] for a C# string key (borrowed value), or false.</summary>
    public bool TryGet(ThreadState? ts, PyValue key, out PyValue value)
    {
        Ops.HashOf(ts, key);
        using var section = FreeThreading.Lock(this);
        return Table.TryGet(key, out value);
    }

    /// <summary>Removes a key; <paramref name="value"/> is the reference the dict held (now the caller's).</summary>
    public bool Remove(ThreadState? ts, PyValue key, out PyValue value)
    {
        Ops.HashOf(ts, key);
        using var section = FreeThreading.Lock(this);
        if (!Table.Remove(key, out var k, out value)) return false;
        k.DecRef();
        return true;
    }

    /// <inheritdoc/>
    public override void Dealloc() => Table.ReleaseFromDealloc();
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        using var section = FreeThreading.Lock(this);
        if (!ReprGuard.Enter(this)) return "{...}";
        try
        {
            var sb = new StringBuilder("{");
            bool first = true;
            foreach (var (k, v) in Table.Entries())
            {
                if (!first) sb.Append(", ");
                first = false;
                sb.Append(Ops.ReprOf(ts, k)).Append(": ").Append(Ops.ReprOf(ts, v));
            }
            return sb.Append('}').ToString();
        }
        finally { ReprGuard.Exit(this); }
    }
    /// <inheritdoc/>
    public override bool IsTrue(ThreadState ts) => Count != 0;
    /// <inheritdoc/>
    public override long Hash(ThreadState? ts) => throw PyErr.TypeError("unhashable type: 'dict'");
    /// <inheritdoc/>
    public override long Length(ThreadState ts) => Count;
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(new PyTableIterator(this, Table, PyTableIterator.Kind.Keys, PyType.DictKeyIterator));
    /// <inheritdoc/>
    public override bool Contains(ThreadState ts, PyValue item) => TryGet(ts, item, out _);
    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other)
    {
        if (other.Obj is not PyDict d) return null;
        using var section = FreeThreading.Lock(this);
        using var level = RecursionLevel.Enter(ts, " in comparison");
        if (d.Count != Count) return false;
        foreach (var (k, v) in Table.Entries())
            if (!d.Table.TryGet(k, out var ov) || !Ops.EqualsBool(ts, v, ov)) return false;
        return true;
    }
    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key)
    {
        // The item is counted under the lock: no other thread can remove and release it in between.
        using (FreeThreading.Lock(this))
            if (TryGet(ts, key, out var v)) return v.NewRef();
        throw PyErr.KeyError(key);
    }
    /// <inheritdoc/>
    public override void SetItem(ThreadState ts, PyValue key, PyValue value) => Set(ts, key, value);
    /// <inheritdoc/>
    public override void DelItem(ThreadState ts, PyValue key)
    {
        if (!Remove(ts, key, out var v)) throw PyErr.KeyError(key);
        v.DecRef();
    }
}
