using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>Methods of set and frozenset, and the set operators.</summary>
public static class SetMethods
{
    private static PySet Self(ReadOnlySpan<PyValue> a) => (PySet)a[0].Obj!;

    /// <summary>Adds every item of an iterable.</summary>
    public static void UpdateFrom(ThreadState ts, PySet set, PyValue iterable)
    {
        foreach (var v in Ops.ToList(ts, iterable)) { set.Add(ts, v); v.DecRef(); }
    }

    private static PySet Copy(ThreadState ts, PySet s, bool frozen)
    {
        var c = new PySet(frozen);
        foreach (var v in s.Items()) c.Add(ts, v);
        return c;
    }

    private static PySet AsSet(ThreadState ts, PyValue v)
    {
        if (v.Obj is PySet s) { s.RefCount++; return s; }
        var made = new PySet();
        UpdateFrom(ts, made, v);
        return made;
    }

    /// <summary>a | b, a &amp; b, a - b, a ^ b (in place for |=, &amp;=, -=, ^= on a set).</summary>
    public static PyValue Operator(ThreadState ts, PySet a, PySet b, BinaryOp op, bool inplace)
    {
        var result = new PySet(a.Frozen);
        switch (op)
        {
            case BinaryOp.Or: foreach (var v in a.Items()) result.Add(ts, v); foreach (var v in b.Items()) result.Add(ts, v); break;
            case BinaryOp.And: foreach (var v in a.Items()) if (b.Table.ContainsKey(v)) result.Add(ts, v); break;
            case BinaryOp.Sub: foreach (var v in a.Items()) if (!b.Table.ContainsKey(v)) result.Add(ts, v); break;
            default:
                foreach (var v in a.Items()) if (!b.Table.ContainsKey(v)) result.Add(ts, v);
                foreach (var v in b.Items()) if (!a.Table.ContainsKey(v)) result.Add(ts, v);
                break;
        }
        if (!inplace || a.Frozen) return PyValue.From(result);
        foreach (var v in a.Table.Clear()) v.DecRef();
        foreach (var v in result.Items()) a.Add(ts, v);
        PyValue.From(result).DecRef();
        return PyValue.From(a).NewRef();
    }

    private static PyValue Combine(ThreadState ts, ReadOnlySpan<PyValue> a, BinaryOp op)
    {
        var acc = PyValue.From(Copy(ts, Self(a), Self(a).Frozen));
        for (int i = 1; i < a.Length; i++)
        {
            var other = AsSet(ts, a[i]);
            var next = Operator(ts, (PySet)acc.Obj!, other, op, false);
            PyValue.From(other).DecRef();
            acc.DecRef();
            acc = next;
        }
        return acc;
    }

    /// <summary>Installs the methods on <paramref name="t"/>; mutating ones only when <paramref name="mutable"/>.</summary>
    public static void Install(PyType t, bool mutable)
    {
        t.AddMethod("union", (ts, a, kw) => Combine(ts, a, BinaryOp.Or));
        t.AddMethod("intersection", (ts, a, kw) => Combine(ts, a, BinaryOp.And));
        t.AddMethod("difference", (ts, a, kw) => Combine(ts, a, BinaryOp.Sub));
        t.AddMethod("symmetric_difference", (ts, a, kw) => Combine(ts, a, BinaryOp.Xor));
        t.AddMethod("issubset", (ts, a, kw) => { var o = AsSet(ts, a[1]); try { return PyValue.Bool(Self(a).IsSubsetOf(o)); } finally { PyValue.From(o).DecRef(); } });
        t.AddMethod("issuperset", (ts, a, kw) => { var o = AsSet(ts, a[1]); try { return PyValue.Bool(o.IsSubsetOf(Self(a))); } finally { PyValue.From(o).DecRef(); } });
        t.AddMethod("isdisjoint", (ts, a, kw) =>
        {
            var o = AsSet(ts, a[1]);
            try { foreach (var v in o.Items()) if (Self(a).Table.ContainsKey(v)) return PyValue.False; return PyValue.True; }
            finally { PyValue.From(o).DecRef(); }
        });
        t.AddMethod("copy", (ts, a, kw) => PyValue.From(Copy(ts, Self(a), Self(a).Frozen)));
        if (!mutable) return;
        t.AddMethod("add", (ts, a, kw) => { new BuiltinArguments("add", a.Slice(1), kw).NoKeywords().Expect(1, 1); Self(a).Add(ts, a[1]); return PyValue.None; });
        t.AddMethod("discard", (ts, a, kw) => { Self(a).Discard(ts, a[1]); return PyValue.None; });
        t.AddMethod("remove", (ts, a, kw) =>
        {
            if (!Self(a).Discard(ts, a[1])) throw PyErr.KeyError(a[1]);
            return PyValue.None;
        });
        t.AddMethod("pop", (ts, a, kw) =>
        {
            var s = Self(a);
            foreach (var v in s.Items())
            {
                v.IncRef();
                s.Discard(ts, v);
                return v;
            }
            throw PyErr.New(ExceptionTypes.KeyError, "pop from an empty set");
        });
        t.AddMethod("clear", (ts, a, kw) => { foreach (var v in Self(a).Table.Clear()) v.DecRef(); return PyValue.None; });
        t.AddMethod("update", (ts, a, kw) => { for (int i = 1; i < a.Length; i++) UpdateFrom(ts, Self(a), a[i]); return PyValue.None; });
        t.AddMethod("difference_update", (ts, a, kw) =>
        {
            for (int i = 1; i < a.Length; i++) foreach (var v in Ops.ToList(ts, a[i])) { Self(a).Discard(ts, v); v.DecRef(); }
            return PyValue.None;
        });
        t.AddMethod("symmetric_difference_update", (ts, a, kw) =>
        {
            new BuiltinArguments("symmetric_difference_update", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            var other = AsSet(ts, a[1]);
            var s = Self(a);
            try
            {
                foreach (var v in other.Items())
                {
                    if (s.Table.ContainsKey(v)) s.Discard(ts, v);
                    else s.Add(ts, v);
                }
            }
            finally { PyValue.From(other).DecRef(); }
            return PyValue.None;
        });
        t.AddMethod("intersection_update", (ts, a, kw) =>
        {
            var r = Combine(ts, a, BinaryOp.And);
            var s = Self(a);
            foreach (var v in s.Table.Clear()) v.DecRef();
            foreach (var v in ((PySet)r.Obj!).Items()) s.Add(ts, v);
            r.DecRef();
            return PyValue.None;
        });
    }
}
