using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Text;

namespace GilGen.Runtime;

/// <summary>A mutable sequence; holds a reference to each item. Not sealed: instances of Python subclasses of list derive from it (SubclassedBuiltins.cs).</summary>
public class PyList : PyObject
{
    /// <summary>The items (owned references).</summary>
    public readonly PyValueList Items;
    /// <summary>An empty list.</summary>
    public PyList() => Items = new PyValueList();
    /// <summary>Takes ownership of the references in <paramref name="items"/>.</summary>
    public PyList(PyValueList items) => Items = items;

    /// <summary>A new list holding new references to <paramref name="items"/>.</summary>
    public static PyList FromBorrowed(ReadOnlySpan<PyValue> items)
    {
        var list = new PyValueList(items.Length);
        foreach (var v in items) { v.IncRef(); list.Add(v); }
        return new PyList(list);
    }

    /// <inheritdoc/>
    public override PyType Type => PyType.List;
    /// <inheritdoc/>
    public override void Dealloc()
    {
        var items = Items.ToArray();
        Items.Clear();
        // Last item first, as CPython's list_dealloc: the order in which the items' __del__ run.
        for (int i = items.Length - 1; i >= 0; i--) items[i].DecRef();
    }
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        using var section = FreeThreading.Lock(this);
        if (!ReprGuard.Enter(this)) return "[...]";
        try
        {
            var sb = new StringBuilder("[");
            for (int i = 0; i < Items.Count; i++) { if (i > 0) sb.Append(", "); sb.Append(Ops.ReprOf(ts, Items[i])); }
            return sb.Append(']').ToString();
        }
        finally { ReprGuard.Exit(this); }
    }
    /// <inheritdoc/>
    public override bool IsTrue(ThreadState ts) => Items.Count != 0;
    /// <inheritdoc/>
    public override long Hash(ThreadState? ts) => throw PyErr.TypeError("unhashable type: 'list'");
    /// <inheritdoc/>
    public override long Length(ThreadState ts) => Items.Count;
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(new PySequenceIterator(this, PyType.ListIterator));
    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other)
    {
        using var section = FreeThreading.Lock(this);
        if (other.Obj is not PyList t) return null;
        if (t.Items.Count != Items.Count) return false;
        for (int i = 0; i < Items.Count && i < t.Items.Count; i++) if (!Ops.EqualsBool(ts, Items[i], t.Items[i])) return false;
        return true;
    }
    /// <inheritdoc/>
    public override int? CompareTo(ThreadState? ts, PyValue other)
    {
        using var section = FreeThreading.Lock(this);
        return other.Obj is PyList t ? SequenceCompare.Compare(ts, Items, t.Items) : null;
    }
    /// <inheritdoc/>
    public override bool Contains(ThreadState ts, PyValue item)
    {
        using var section = FreeThreading.Lock(this);
        for (int i = 0; i < Items.Count; i++) if (Ops.EqualsBool(ts, Items[i], item)) return true;
        return false;
    }
    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key)
    {
        using var section = FreeThreading.Lock(this);
        if (key.IsInt)
        {
            long i = key.IntValue;
            if (i < 0) i += Items.Count;
            if ((ulong)i >= (ulong)Items.Count) throw PyErr.IndexError("list index out of range");
            return Items[(int)i].NewRef();
        }
        if (key.Obj is PySlice slice)
        {
            slice.Indices(ts, Items.Count, out long start, out _, out long step, out long count);
            var list = new PyValueList((int)count);
            for (long i = 0, j = start; i < count; i++, j += step) list.Add(Items[(int)j].NewRef());
            return PyValue.From(new PyList(list));
        }
        return Items[(int)SequenceIndex.Normalize(ts, key, Items.Count, "list")].NewRef();
    }
    /// <inheritdoc/>
    public override void SetItem(ThreadState ts, PyValue key, PyValue value)
    {
        using var section = FreeThreading.Lock(this);
        if (key.Obj is PySlice slice)
        {
            var replacement = Ops.ToList(ts, value);
            slice.Indices(ts, Items.Count, out long start, out long stop, out long step, out long count);
            if (step == 1)
            {
                if (stop < start) stop = start;
                var removed = Items.GetRange((int)start, (int)(stop - start));
                Items.RemoveRange((int)start, (int)(stop - start));
                Items.InsertRange((int)start, replacement);
                foreach (var r in removed) r.DecRef();
                return;
            }
            if (replacement.Count != count)
            {
                foreach (var r in replacement) r.DecRef();
                throw PyErr.ValueError($"attempt to assign sequence of size {replacement.Count} to extended slice of size {count}");
            }
            for (long i = 0, j = start; i < count; i++, j += step) { var old = Items[(int)j]; Items[(int)j] = replacement[(int)i]; old.DecRef(); }
            return;
        }
        long idx = SequenceIndex.AsIndex(key, $"list indices must be integers or slices, not {key.Type.Name}");
        if (idx < 0) idx += Items.Count;
        if (idx < 0 || idx >= Items.Count) throw PyErr.IndexError("list assignment index out of range");
        value.IncRef();
        var prev = Items[(int)idx];
        Items[(int)idx] = value;
        prev.DecRef();
    }
    /// <inheritdoc/>
    public override void DelItem(ThreadState ts, PyValue key)
    {
        using var section = FreeThreading.Lock(this);
        if (key.Obj is PySlice slice)
        {
            slice.Indices(ts, Items.Count, out long start, out _, out long step, out long count);
            var positions = new List<int>();
            for (long i = 0, j = start; i < count; i++, j += step) positions.Add((int)j);
            positions.Sort();
            var removed = new PyValueList();
            for (int k = positions.Count - 1; k >= 0; k--) { removed.Add(Items[positions[k]]); Items.RemoveAt(positions[k]); }
            foreach (var r in removed) r.DecRef();
            return;
        }
        long idx = SequenceIndex.AsIndex(key, $"list indices must be integers or slices, not {key.Type.Name}");
        if (idx < 0) idx += Items.Count;
        if (idx < 0 || idx >= Items.Count) throw PyErr.IndexError("list assignment index out of range");
        var old = Items[(int)idx];
        Items.RemoveAt((int)idx);
        old.DecRef();
    }
}
