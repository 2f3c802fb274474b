using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>Methods of dict.</summary>
public static class DictMethods
{
    private static PyDict Self(ReadOnlySpan<PyValue> a) => (PyDict)a[0].Obj!;

    /// <summary>A shallow copy.</summary>
    public static PyDict CopyOf(ThreadState ts, PyDict d)
    {
        var c = new PyDict();
        foreach (var (k, v) in d.Table.Entries()) c.Set(ts, k, v);
        return c;
    }

    /// <summary>dict.update(other): a dict, a mapping with keys(), or an iterable of pairs.</summary>
    public static void UpdateFrom(ThreadState ts, PyDict d, PyValue other)
    {
        if (other.Obj is PyDict src)
        {
            foreach (var (k, v) in new List<(PyValue, PyValue)>(src.Table.Entries())) d.Set(ts, k, v);
            return;
        }
        // Any other mapping, as CPython's dict_merge: one with keys() (a class's, collections', a mappingproxy).
        if (other.Obj is not null && other.Type.Lookup("keys") is not null)
        {
            var keysMethod = Ops.GetAttr(ts, other, "keys");
            PyValue keysView;
            try { keysView = Ops.Call(ts, keysMethod, ReadOnlySpan<PyValue>.Empty, null); }
            finally { keysMethod.DecRef(); }
            PyValueList keys;
            try { keys = Ops.ToList(ts, keysView); }
            finally { keysView.DecRef(); }
            foreach (var k in keys) { var v = Ops.GetItem(ts, other, k); d.Set(ts, k, v); v.DecRef(); k.DecRef(); }
            return;
        }
        var items = Ops.ToList(ts, other);
        PyException? notSequence = null;
        try
        {
            for (int i = 0; i < items.Count; i++)
            {
                var pair = Ops.ToList(ts, items[i]);
                try
                {
                    if (pair.Count != 2)
                        throw PyErr.ValueError($"dictionary update sequence element #{i} has length {pair.Count}; 2 is required");
                    d.Set(ts, pair[0], pair[1]);
                }
                finally { foreach (var p in pair) p.DecRef(); }
            }
        }
        catch (PyException e) when (e.Value.Type == ExceptionTypes.TypeError && e.Instance.StrString(ts).EndsWith("is not iterable"))
        {
            // Thrown after the catch, not in it (a recursion through the items would keep a dispatch per level on
            // the stack).
            notSequence = PyErr.TypeError("cannot convert dictionary update sequence element #0 to a sequence");
        }
        finally { foreach (var x in items) x.DecRef(); }
        if (notSequence != null) throw notSequence;
    }

    /// <summary>Installs the methods on <paramref name="t"/>.</summary>
    public static void Install(PyType t)
    {
        t.AddMethod("get", (ts, a, kw) =>
        {
            new BuiltinArguments("get", a.Slice(1), kw).NoKeywords().Expect(1, 2);
            if (Self(a).TryGet(ts, a[1], out var v)) return v.NewRef();
            return a.Length > 2 ? a[2].NewRef() : PyValue.None;
        });
        t.AddMethod("keys", (ts, a, kw) => PyValue.From(new PyDictView(Self(a), PyTableIterator.Kind.Keys)));
        t.AddMethod("values", (ts, a, kw) => PyValue.From(new PyDictView(Self(a), PyTableIterator.Kind.Values)));
        t.AddMethod("items", (ts, a, kw) => PyValue.From(new PyDictView(Self(a), PyTableIterator.Kind.Items)));
        t.AddMethod("pop", (ts, a, kw) =>
        {
            new BuiltinArguments("pop", a.Slice(1), kw).NoKeywords().Expect(1, 2);
            if (Self(a).Remove(ts, a[1], out var v)) return v;
            if (a.Length > 2) return a[2].NewRef();
            throw PyErr.KeyError(a[1]);
        });
        t.AddMethod("popitem", (ts, a, kw) =>
        {
            var d = Self(a);
            if (!d.Table.RemoveLast(out var k, out var v)) throw PyErr.New(ExceptionTypes.KeyError, "popitem(): dictionary is empty");
            return PyValue.From(new PyTuple(new[] { k, v }));
        });
        t.AddMethod("setdefault", (ts, a, kw) =>
        {
            new BuiltinArguments("setdefault", a.Slice(1), kw).NoKeywords().Expect(1, 2);
            var d = Self(a);
            if (d.TryGet(ts, a[1], out var v)) return v.NewRef();
            var dflt = a.Length > 2 ? a[2] : PyValue.None;
            d.Set(ts, a[1], dflt);
            return dflt.NewRef();
        });
        t.AddMethod("update", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("update", a.Slice(1), kw).Expect(0, 1);
            var d = Self(a);
            if (args.Count == 1) UpdateFrom(ts, d, a[1]);
            if (kw != null)
                for (int i = 0; i < kw.Length; i++) { var k = PyValue.Str(kw[i]); d.Set(ts, k, a[1 + args.Count + i]); k.DecRef(); }
            return PyValue.None;
        });
        t.AddMethod("copy", (ts, a, kw) => PyValue.From(CopyOf(ts, Self(a))));
        t.AddMethod("clear", (ts, a, kw) => { foreach (var v in Self(a).Table.Clear()) v.DecRef(); return PyValue.None; });
        t.Dict["fromkeys"] = PyValue.From(new PyBuiltinFunction("fromkeys", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("fromkeys", a, kw).NoKeywords().Expect(1, 2);
            var d = new PyDict();
            var value = args.Count > 1 ? a[1] : PyValue.None;
            foreach (var k in Ops.ToList(ts, a[0])) { d.Set(ts, k, value); k.DecRef(); }
            return PyValue.From(d);
        }));
    }
}
