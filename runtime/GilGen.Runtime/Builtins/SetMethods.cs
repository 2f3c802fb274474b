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

    // The operations follow setobject.c step by step (which table is walked, which is probed, when a copy is made),
    // because the order of the result's hash table, and so its iteration order, depends on it.

    /// <summary>Adds every item of an iterable (set_update_internal).</summary>
    public static void UpdateFrom(ThreadState ts, PySet set, PyValue iterable)
    {
        if (iterable.Obj is PySet other) { set.Table.Merge(other.Table); return; }
        if (iterable.Obj is PyDict d && d.GetType() == typeof(PyDict))
        {
            set.Table.Reserve(d.Count);
            foreach (var (k, _) in d.Table.Entries()) set.Add(ts, k);
            return;
        }
        var it = Ops.GetIter(ts, iterable);
        try
        {
            while (Ops.ForIter(ts, it, out var v)) { try { set.Add(ts, v); } finally { v.DecRef(); } }
        }
        finally { it.DecRef(); }
    }

    private static PySet Copy(ThreadState ts, PySet s, bool frozen)
    {
        var c = new PySet(frozen);
        c.Table.Merge(s.Table);
        return c;
    }

    private static PySet FromIterable(ThreadState ts, PyValue v, bool frozen)
    {
        var made = new PySet(frozen);
        bool done = false;
        try { UpdateFrom(ts, made, v); done = true; }
        finally { if (!done) PyValue.From(made).DecRef(); }
        return made;
    }

    private static PySet AsSet(ThreadState ts, PyValue v)
    {
        if (v.Obj is PySet s) { PyValue.From(s).IncRef(); return s; }
        return FromIterable(ts, v, frozen: false);
    }

    private static void AddKnown(PySet set, PyValue key, long hash)
    {
        if (set.Table.AddWithHash(key, hash)) key.IncRef();
    }

    private static long HashOf(ThreadState ts, PyValue v) => v.IsInt ? NumericHash.OfLong(v.IntValue) : Ops.HashOf(ts, v);

    /// <summary>set_intersection: walks the smaller set probing the larger, or walks a non-set iterable.</summary>
    private static PySet Intersection(ThreadState ts, PySet so, PyValue other)
    {
        if (ReferenceEquals(other.Obj, so)) return Copy(ts, so, so.Frozen);
        var result = new PySet(so.Frozen);
        if (other.Obj is PySet o)
        {
            var (big, small) = o.Count > so.Count ? (o, so) : (so, o);
            foreach (var (k, h) in small.Table.KeysWithHashes())
                if (big.Table.ContainsWithHash(k, h)) AddKnown(result, k, h);
            return result;
        }
        bool done = false;
        try
        {
            foreach (var v in Ops.ToList(ts, other))
            {
                try { long h = HashOf(ts, v); if (so.Table.ContainsWithHash(v, h)) AddKnown(result, v, h); }
                finally { v.DecRef(); }
            }
            done = true;
        }
        finally { if (!done) PyValue.From(result).DecRef(); }
        return result;
    }

    /// <summary>set_difference_update_internal: discards every item of other.</summary>
    private static void DifferenceUpdate(ThreadState ts, PySet so, PyValue other)
    {
        if (ReferenceEquals(other.Obj, so)) { foreach (var v in so.Table.Clear()) v.DecRef(); return; }
        if (other.Obj is PySet o)
        {
            foreach (var (k, h) in o.Table.KeysWithHashes())
                if (so.Table.RemoveWithHash(k, h, out var stored)) stored.DecRef();
        }
        else
        {
            foreach (var v in Ops.ToList(ts, other)) { so.Discard(ts, v); v.DecRef(); }
        }
        so.Table.DropDummies();
    }

    /// <summary>set_difference: copy-and-discard when the other is small or not a set, else walk this set.</summary>
    private static PySet Difference(ThreadState ts, PySet so, PyValue other)
    {
        int otherSize = other.Obj switch { PySet o => o.Count, PyDict d when d.GetType() == typeof(PyDict) => d.Count, _ => -1 };
        if (otherSize < 0 || (so.Count >> 2) > otherSize)
        {
            var copy = Copy(ts, so, so.Frozen);
            bool done = false;
            try { DifferenceUpdate(ts, copy, other); done = true; }
            finally { if (!done) PyValue.From(copy).DecRef(); }
            return copy;
        }
        var result = new PySet(so.Frozen);
        foreach (var (k, h) in so.Table.KeysWithHashes())
        {
            bool present = other.Obj is PySet os ? os.Table.ContainsWithHash(k, h) : ((PyDict)other.Obj!).Contains(ts, k);
            if (!present) AddKnown(result, k, h);
        }
        return result;
    }

    /// <summary>set_symmetric_difference_update: each item of other is discarded when present, else added.</summary>
    private static void SymmetricDifferenceUpdate(ThreadState ts, PySet so, PyValue other)
    {
        if (ReferenceEquals(other.Obj, so)) { foreach (var v in so.Table.Clear()) v.DecRef(); return; }
        var o = AsSet(ts, other);
        try
        {
            foreach (var (k, h) in o.Table.KeysWithHashes())
            {
                if (so.Table.RemoveWithHash(k, h, out var stored)) stored.DecRef();
                else AddKnown(so, k, h);
            }
        }
        finally { PyValue.From(o).DecRef(); }
    }

    /// <summary>set_symmetric_difference: a copy of other, updated with this set.</summary>
    private static PySet SymmetricDifference(ThreadState ts, PySet so, PyValue other)
    {
        var result = FromIterable(ts, other, so.Frozen);
        bool done = false;
        try { SymmetricDifferenceUpdate(ts, result, PyValue.From(so)); done = true; }
        finally { if (!done) PyValue.From(result).DecRef(); }
        return result;
    }

    /// <summary>a | b, a &amp; b, a - b, a ^ b (in place for |=, &amp;=, -=, ^= on a set).</summary>
    public static PyValue Operator(ThreadState ts, PySet a, PySet b, BinaryOp op, bool inplace)
    {
        var bv = PyValue.From(b);
        if (inplace && !a.Frozen)
        {
            switch (op)
            {
                case BinaryOp.Or: UpdateFrom(ts, a, bv); break;
                case BinaryOp.And:
                    var tmp = Intersection(ts, a, bv);
                    a.Table.Swap(tmp.Table);
                    PyValue.From(tmp).DecRef();
                    break;
                case BinaryOp.Sub: DifferenceUpdate(ts, a, bv); break;
                default: SymmetricDifferenceUpdate(ts, a, bv); break;
            }
            return PyValue.From(a).NewRef();
        }
        return PyValue.From(Combine(ts, a, bv, op));
    }

    private static PySet Combine(ThreadState ts, PySet so, PyValue other, BinaryOp op)
    {
        switch (op)
        {
            case BinaryOp.Or:
                var result = Copy(ts, so, so.Frozen);
                bool done = false;
                try { UpdateFrom(ts, result, other); done = true; }
                finally { if (!done) PyValue.From(result).DecRef(); }
                return result;
            case BinaryOp.And: return Intersection(ts, so, other);
            case BinaryOp.Sub: return Difference(ts, so, other);
            default: return SymmetricDifference(ts, so, other);
        }
    }

    /// <summary>set.union(*others) and the other multi-argument forms (set_union, set_intersection_multi, set_difference_multi).</summary>
    private static PyValue Combine(ThreadState ts, ReadOnlySpan<PyValue> a, BinaryOp op)
    {
        var self = Self(a);
        if (a.Length == 1) return PyValue.From(Copy(ts, self, self.Frozen));
        if (op == BinaryOp.Xor)
        {
            if (a.Length != 2) throw PyErr.TypeError($"symmetric_difference() takes exactly one argument ({a.Length - 1} given)");
            return PyValue.From(SymmetricDifference(ts, self, a[1]));
        }
        PySet acc;
        if (op == BinaryOp.Or)
        {
            acc = Copy(ts, self, self.Frozen);
            bool updated = false;
            try { for (int i = 1; i < a.Length; i++) UpdateFrom(ts, acc, a[i]); updated = true; }
            finally { if (!updated) PyValue.From(acc).DecRef(); }
            return PyValue.From(acc);
        }
        acc = op == BinaryOp.And ? Copy(ts, self, self.Frozen) : Difference(ts, self, a[1]);
        bool done = false;
        try
        {
            for (int i = op == BinaryOp.And ? 1 : 2; i < a.Length; i++)
            {
                if (op == BinaryOp.Sub) { DifferenceUpdate(ts, acc, a[i]); continue; }
                var next = Intersection(ts, acc, a[i]);
                PyValue.From(acc).DecRef();
                acc = next;
            }
            done = true;
        }
        finally { if (!done) PyValue.From(acc).DecRef(); }
        return PyValue.From(acc);
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
            if (Self(a).Table.Pop(out var v)) return v;
            throw PyErr.New(ExceptionTypes.KeyError, "pop from an empty set");
        });
        t.AddMethod("clear", (ts, a, kw) => { foreach (var v in Self(a).Table.Clear()) v.DecRef(); return PyValue.None; });
        t.AddMethod("update", (ts, a, kw) => { for (int i = 1; i < a.Length; i++) UpdateFrom(ts, Self(a), a[i]); return PyValue.None; });
        t.AddMethod("difference_update", (ts, a, kw) =>
        {
            for (int i = 1; i < a.Length; i++) DifferenceUpdate(ts, Self(a), a[i]);
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
            Self(a).Table.Swap(((PySet)r.Obj!).Table);
            r.DecRef();
            return PyValue.None;
        });
    }
}
