using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// collections.OrderedDict: a dict with move_to_end, popitem(last=) and order-sensitive equality. A Python subclass's
/// instances are <see cref="SubclassedOrderedDict"/>s.
/// </summary>
public class PyOrderedDict : PyDict
{
    /// <summary>The class collections.OrderedDict.</summary>
    public static readonly PyType OrderedDictType = CreateType();

    /// <inheritdoc/>
    public override PyType Type => OrderedDictType;

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => Count == 0 ? $"{Type.Name}()" : $"{Type.Name}({base.ReprString(ts)})";

    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other)
    {
        if (other.Obj is not PyOrderedDict o) return base.EqualsValue(ts, other);
        if (o.Count != Count) return false;
        using var mine = Table.Entries().GetEnumerator();
        using var theirs = o.Table.Entries().GetEnumerator();
        while (mine.MoveNext() && theirs.MoveNext())
            if (!Ops.EqualsBool(ts, mine.Current.Key, theirs.Current.Key) || !Ops.EqualsBool(ts, mine.Current.Value, theirs.Current.Value)) return false;
        return true;
    }

    private void MoveToEnd(ThreadState ts, PyValue key, bool last)
    {
        key.IncRef();
        try
        {
            if (!Remove(ts, key, out var value)) throw PyErr.KeyError(key);
            if (last) { Set(ts, key, value); value.DecRef(); return; }
            var rest = new List<(PyValue, PyValue)>(Table.Entries());
            foreach (var (k, v) in rest) { k.IncRef(); v.IncRef(); }
            foreach (var v in Table.Clear()) v.DecRef();
            Set(ts, key, value);
            value.DecRef();
            foreach (var (k, v) in rest) { Set(ts, k, v); k.DecRef(); v.DecRef(); }
        }
        finally { key.DecRef(); }
    }

    /// <summary>
    /// od_copy for a subclass: its class called without arguments, then every key walked in the dict's order, each
    /// value read and written through the subclass's own __getitem__ and __setitem__. While the order stays as it was
    /// (the table's version), the walk follows a snapshot of the keys; once a __getitem__ changed it, the walk goes on from
    /// the key it just read, wherever that key now is, as CPython's walk of the linked nodes does: an LRU cache's
    /// __getitem__, which moves the key to the end, ends the walk there.
    /// </summary>
    private static PyValue CopySubclassed(ThreadState ts, PyValue self, PyOrderedDict src)
    {
        var copy = Ops.Call(ts, PyValue.From(src.Type), ReadOnlySpan<PyValue>.Empty, null);
        var keys = new List<PyValue>(src.Count);
        foreach (var (k, _) in src.Table.Entries()) keys.Add(k.NewRef());
        int version = src.Table.Version;
        bool done = false;
        try
        {
            for (int i = 0; i < keys.Count; )
            {
                var key = keys[i];
                var value = Ops.GetItem(ts, self, key);
                try { Ops.SetItem(ts, copy, key, value); }
                finally { value.DecRef(); }
                if (src.Table.Version == version) { i++; continue; }
                // The order changed: the rest of the walk is what follows this key now.
                int after = src.IndexAfter(ts, key);
                if (after < 0) break;
                foreach (var k in keys) k.DecRef();
                keys.Clear();
                foreach (var (k, _) in src.Table.Entries()) keys.Add(k.NewRef());
                version = src.Table.Version;
                i = after;
            }
            done = true;
        }
        finally
        {
            foreach (var k in keys) k.DecRef();
            if (!done) copy.DecRef();
        }
        return copy;
    }

    // The position of the key after key in the current order, or -1 when key is last or gone.
    private int IndexAfter(ThreadState ts, PyValue key)
    {
        int i = 0;
        bool seen = false;
        foreach (var (k, _) in Table.Entries())
        {
            if (seen) return i;
            seen = Ops.Is(k, key) || Ops.EqualsBool(ts, k, key);
            i++;
        }
        return -1;
    }

    private static PyType CreateType()
    {
        var t = new PyType("OrderedDict", PyType.Dict_, (ts, type, a, kw) =>
        {
            if (type.IsHeapType) return BuiltinSubclassing.InitializeNew(ts, new SubclassedOrderedDict(type), type, a, kw);
            int npos = a.Length - (kw?.Length ?? 0);
            if (npos > 1) throw PyErr.TypeError($"expected at most 1 argument, got {npos}");
            var d = new PyOrderedDict();
            bool done = false;
            try
            {
                if (npos == 1) DictMethods.UpdateFrom(ts, d, a[0]);
                for (int k = 0; k < (kw?.Length ?? 0); k++) { var key = PyValue.Str(kw![k]); d.Set(ts, key, a[npos + k]); key.DecRef(); }
                done = true;
            }
            finally { if (!done) PyValue.From(d).DecRef(); }
            return PyValue.From(d);
        }) { Module = "collections" };
        t.AddMethod("move_to_end", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("move_to_end", a, kw, new[] { "key", "last" }, 1, skip: 1);
            ((PyOrderedDict)a[0].Obj!).MoveToEnd(ts, p[0], p[1].IsUnbound || Ops.IsTrue(ts, p[1]));
            return PyValue.None;
        });
        t.AddMethod("popitem", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("popitem", a, kw, new[] { "last" }, 0, skip: 1);
            var d = (PyOrderedDict)a[0].Obj!;
            if (d.Count == 0) throw PyErr.New(ExceptionTypes.KeyError, "dictionary is empty");
            bool last = p[0].IsUnbound || Ops.IsTrue(ts, p[0]);
            PyValue key = default;
            foreach (var (k, _) in d.Table.Entries()) { key = k; if (!last) break; }
            key.IncRef();
            d.Remove(ts, key, out var value);
            return PyValue.From(new PyTuple(new[] { key, value }));
        });
        t.AddMethod("copy", (ts, a, kw) =>
        {
            var src = (PyOrderedDict)a[0].Obj!;
            if (src is SubclassedOrderedDict) return CopySubclassed(ts, a[0], src);
            var d = new PyOrderedDict();
            foreach (var (k, v) in src.Table.Entries()) d.Set(ts, k, v);
            return PyValue.From(d);
        });
        return t;
    }
}
