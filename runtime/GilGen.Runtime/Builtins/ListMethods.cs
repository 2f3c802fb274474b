using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>Methods of list.</summary>
public static class ListMethods
{
    private static PyList Self(ReadOnlySpan<PyValue> a) => (PyList)a[0].Obj!;

    /// <summary>list.extend(iterable) (also list += iterable).</summary>
    public static void ExtendFrom(ThreadState ts, PyList list, PyValue iterable)
    {
        if (ReferenceEquals(iterable.Obj, list)) { foreach (var v in list.Items.ToArray()) list.Items.Add(v.NewRef()); return; }
        list.Items.AddRange(Ops.ToList(ts, iterable));
    }

    /// <summary>Installs the methods on <paramref name="t"/>.</summary>
    public static void Install(PyType t)
    {
        t.AddMethod("append", (ts, a, kw) =>
        {
            new BuiltinArguments("append", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            Self(a).Items.Add(a[1].NewRef());
            return PyValue.None;
        });
        t.AddMethod("extend", (ts, a, kw) =>
        {
            new BuiltinArguments("extend", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            ExtendFrom(ts, Self(a), a[1]);
            return PyValue.None;
        });
        t.AddMethod("insert", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("insert", a.Slice(1), kw).NoKeywords().Expect(2, 2);
            var items = Self(a).Items;
            long i = args.GetLong(0, null, 0);
            if (i < 0) { i += items.Count; if (i < 0) i = 0; }
            if (i > items.Count) i = items.Count;
            items.Insert((int)i, a[2].NewRef());
            return PyValue.None;
        });
        t.AddMethod("pop", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("pop", a.Slice(1), kw).NoKeywords().Expect(0, 1);
            var items = Self(a).Items;
            if (items.Count == 0) throw PyErr.IndexError("pop from empty list");
            long i = args.GetLong(0, null, -1);
            if (i < 0) i += items.Count;
            if (i < 0 || i >= items.Count) throw PyErr.IndexError("pop index out of range");
            var v = items[(int)i];
            items.RemoveAt((int)i);
            return v; // the list's reference becomes the caller's
        });
        t.AddMethod("remove", (ts, a, kw) =>
        {
            new BuiltinArguments("remove", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            var items = Self(a).Items;
            for (int i = 0; i < items.Count; i++)
                if (Ops.EqualsBool(ts, items[i], a[1])) { var v = items[i]; items.RemoveAt(i); v.DecRef(); return PyValue.None; }
            throw PyErr.ValueError("list.remove(x): x not in list");
        });
        t.AddMethod("index", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("index", a.Slice(1), kw).NoKeywords().Expect(1, 3);
            var items = Self(a).Items;
            long start = args.GetSliceIndex(1, 0), stop = args.GetSliceIndex(2, items.Count);
            if (start < 0) start = Math.Max(0, start + items.Count);
            if (stop < 0) stop = Math.Max(0, stop + items.Count);
            for (long i = start; i < Math.Min(stop, items.Count); i++)
                if (Ops.EqualsBool(ts, items[(int)i], a[1])) return PyValue.Int(i);
            throw PyErr.ValueError($"{Ops.ReprOf(ts, a[1])} is not in list");
        });
        t.AddMethod("count", (ts, a, kw) =>
        {
            new BuiltinArguments("count", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            long n = 0;
            foreach (var v in Self(a).Items.ToArray()) if (Ops.EqualsBool(ts, v, a[1])) n++;
            return PyValue.Int(n);
        });
        t.AddMethod("reverse", (ts, a, kw) => { Self(a).Items.Reverse(); return PyValue.None; });
        t.AddMethod("copy", (ts, a, kw) => PyValue.From(PyList.FromBorrowed(Self(a).Items.ToArray())));
        t.AddMethod("clear", (ts, a, kw) =>
        {
            var items = Self(a).Items;
            var old = items.ToArray();
            items.Clear();
            // Last item first, as CPython's list_clear: the order in which the items' __del__ run.
            for (int i = old.Length - 1; i >= 0; i--) old[i].DecRef();
            return PyValue.None;
        });
        t.AddMethod("sort", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("sort", a.Slice(1), kw).OnlyKeywords("key", "reverse");
            if (args.Count > 0) throw PyErr.TypeError("sort() takes no positional arguments");
            var key = args.Get(-1, "key");
            bool reverse = args.Get(-1, "reverse") is PyValue r && Ops.IsTrue(ts, r);
            ListSort.Sort(ts, Self(a).Items, key is PyValue k && !k.IsNone ? k : null, reverse);
            return PyValue.None;
        });
    }
}
