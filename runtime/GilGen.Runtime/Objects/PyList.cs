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
        // Last item first, as CPython's list_dealloc: the order in which the items' __del__ run. Each item is taken
        // off before it is released, in place (no copy of the items: this ran for every list freed).
        while (Items.Count > 0) Items.TakeLast().DecRefFromDealloc();
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
        using var level = RecursionLevel.Enter(ts, " in comparison");
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
            AssignSlice(ts, slice, value);
            return;
        }
        long idx = SequenceIndex.AsItemIndex(key, "list");
        if (idx < 0) idx += Items.Count;
        if (idx < 0 || idx >= Items.Count) throw PyErr.IndexError("list assignment index out of range");
        value.IncRef();
        var prev = Items[(int)idx];
        Items[(int)idx] = value;
        prev.DecRef();
    }

    // self[slice] = value. The replacement is read in place when it is an exact list other than this one or an exact
    // tuple (CPython's PySequence_Fast), else copied into a new list first. The removed items are released after
    // the list is updated, last first for a simple slice (list_ass_slice) and first first for an extended one
    // (list_ass_subscript), so a __del__ they run sees the list as CPython's would.
    private void AssignSlice(ThreadState ts, PySlice slice, PyValue value)
    {
        // The slice first, then the replacement, as CPython (its bounds' errors come before the value's).
        slice.Indices(ts, Items.Count, out long start, out long stop, out long step, out long count);
        bool inPlace = !FreeThreading.Enabled
            && (value.Obj is PyList source && source.GetType() == typeof(PyList) && source != this
                || value.Obj is PyTuple tuple && tuple.GetType() == typeof(PyTuple));
        PyValueList? copied = null;
        if (!inPlace)
        {
            int before = Items.Count;
            copied = SequenceFast(ts, value, step == 1 ? "can only assign an iterable" : "must assign iterable to extended slice");
            // Iterating ran Python code, which may have changed this list: a simple slice's bounds are clamped to
            // it again (list_ass_slice does the same); an extended one is taken again.
            if (step == 1)
            {
                start = Math.Clamp(start, 0, Items.Count);
                stop = Math.Clamp(stop, start, Items.Count);
            }
            else if (Items.Count != before) slice.Indices(ts, Items.Count, out start, out stop, out step, out count);
        }
        ReadOnlySpan<PyValue> replacement = copied != null ? copied.AsSpan()
            : value.Obj is PyList list ? list.Items.AsSpan() : ((PyTuple)value.Obj!).Items;
        if (step == 1)
        {
            if (stop < start) stop = start;
            int removeCount = (int)(stop - start);
            var onStack = default(RecycledItems);
            Span<PyValue> recycle = removeCount <= RecycledItems.Length ? ((Span<PyValue>)onStack)[..removeCount] : new PyValue[removeCount];
            Items.AsSpan().Slice((int)start, removeCount).CopyTo(recycle);
            if (copied == null) foreach (var v in replacement) v.IncRef();
            Items.ReplaceRange((int)start, removeCount, replacement);
            for (int k = removeCount - 1; k >= 0; k--) recycle[k].DecRef();
            return;
        }
        if (replacement.Length != count)
        {
            int length = replacement.Length;
            if (copied != null) foreach (var r in copied) r.DecRef();
            throw PyErr.ValueError($"attempt to assign sequence of size {length} to extended slice of size {count}");
        }
        var garbage = default(RecycledItems);
        Span<PyValue> removed = count <= RecycledItems.Length ? ((Span<PyValue>)garbage)[..(int)count] : new PyValue[count];
        for (long i = 0, j = start; i < count; i++, j += step)
        {
            removed[(int)i] = Items[(int)j];
            var v = replacement[(int)i];
            if (copied == null) v.IncRef();
            Items[(int)j] = v;
        }
        foreach (var r in removed) r.DecRef();
    }

    // The items of an iterable as new references (PySequence_Fast for what is not an exact list or tuple): a
    // value that is not iterable raises TypeError with `message`.
    private static PyValueList SequenceFast(ThreadState ts, PyValue value, string message)
    {
        // Without a GIL, ToList snapshots a dict or set under its lock: it takes the value itself.
        if (FreeThreading.Enabled) return Ops.ToList(ts, value);
        PyValue iterator;
        PyException? notIterable = null;
        // Thrown after the catch, not in it (a recursion through __iter__ would keep a dispatch per level on the stack).
        try { iterator = Ops.GetIter(ts, value); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError))
        {
            e.Value.DecRef();
            notIterable = PyErr.TypeError(message);
            iterator = default;
        }
        if (notIterable != null) throw notIterable;
        try { return Ops.ToList(ts, iterator); }
        finally { iterator.DecRef(); }
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
        long idx = SequenceIndex.AsItemIndex(key, "list");
        if (idx < 0) idx += Items.Count;
        if (idx < 0 || idx >= Items.Count) throw PyErr.IndexError("list assignment index out of range");
        var old = Items[(int)idx];
        Items.RemoveAt((int)idx);
        old.DecRef();
    }
}
