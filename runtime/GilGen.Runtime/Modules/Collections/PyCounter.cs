using System;
using System.Collections.Generic;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// collections.Counter: a dict of counts (missing keys count 0) with most_common, elements, update and
/// subtract that add counts, total, and the multiset operators + - | &amp;, as collections/__init__.py
/// defines them (same results, same order). A Python subclass's instances are <see cref="SubclassedCounter"/>s.
/// </summary>
public class PyCounter : PyDict
{
    /// <summary>The class collections.Counter.</summary>
    public static readonly PyType CounterType = CreateType();
    private static readonly PyType ElementsType = new("chain", PyType.Object) { Module = "itertools", IsBaseType = false };

    /// <inheritdoc/>
    public override PyType Type => CounterType;

    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key) => TryGet(ts, key, out var v) ? v.NewRef() : PyValue.Int(0);

    /// <inheritdoc/>
    public override void DelItem(ThreadState ts, PyValue key)
    {
        if (Remove(ts, key, out var v)) v.DecRef();
    }

    /// <summary>most_common(): (key, count) pairs by count, largest first, ties in insertion order.</summary>
    private PyValueList MostCommon(ThreadState ts)
    {
        var pairs = new PyValueList();
        foreach (var (k, v) in Table.Entries())
        {
            k.IncRef(); v.IncRef();
            pairs.Add(PyValue.From(new PyTuple(new[] { k, v })));
        }
        var getCount = PyValue.From(new PyBuiltinFunction("count", (t, a, kw) => ((PyTuple)a[0].Obj!).Items[1].NewRef()));
        bool sorted = false;
        try { ListSort.Sort(ts, pairs, getCount, reverse: true); sorted = true; }
        finally { if (!sorted) foreach (var p in pairs) p.DecRef(); }
        return pairs;
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        // Counter.__repr__ names self.__class__.
        string name = Type.Name;
        if (Count == 0) return name + "()";
        if (ts is null) return name + "(" + base.ReprString(ts) + ")";
        PyValueList pairs;
        try { pairs = MostCommon(ts); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.TypeError)) { e.Value.DecRef(); return name + "(" + base.ReprString(ts) + ")"; }
        var sb = new StringBuilder(name).Append("({");
        for (int i = 0; i < pairs.Count; i++)
        {
            var t = (PyTuple)pairs[i].Obj!;
            if (i > 0) sb.Append(", ");
            sb.Append(Ops.ReprOf(ts, t.Items[0])).Append(": ").Append(Ops.ReprOf(ts, t.Items[1]));
        }
        foreach (var p in pairs) p.DecRef();
        return sb.Append("})").ToString();
    }

    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other)
    {
        // 3.10+: missing elements count as zero.
        if (other.Obj is not PyCounter o || ts is null) return base.EqualsValue(ts, other);
        return Covers(ts, this, o) && Covers(ts, o, this);
    }

    private static bool Covers(ThreadState ts, PyCounter a, PyCounter b)
    {
        foreach (var (k, v) in a.Table.Entries())
        {
            var w = b.GetItem(ts, k);
            try { if (!Ops.EqualsBool(ts, v, w)) return false; }
            finally { w.DecRef(); }
        }
        return true;
    }

    /// <summary>update/subtract: adds (sign 1) or subtracts (sign -1) counts from a mapping or an iterable of elements.</summary>
    public void AddCounts(ThreadState ts, PyValue source, int sign)
    {
        if (source.Obj is PyDict src)
        {
            foreach (var (k, v) in new List<(PyValue, PyValue)>(src.Table.Entries())) Bump(ts, k, v, sign);
            return;
        }
        var one = PyValue.Int(1);
        foreach (var x in Ops.ToList(ts, source))
        {
            try { Bump(ts, x, one, sign); }
            finally { x.DecRef(); }
        }
    }

    private void Bump(ThreadState ts, PyValue key, PyValue by, int sign)
    {
        // self.get(elem, 0), as Counter.update and subtract read it: never a subclass's __missing__.
        var current = TryGet(ts, key, out var held) ? held.NewRef() : PyValue.Int(0);
        try
        {
            var next = sign > 0 ? Ops.Add(ts, current, by) : Ops.Sub(ts, current, by);
            Set(ts, key, next);
            next.DecRef();
        }
        finally { current.DecRef(); }
    }

    private delegate PyValue? Combine(ThreadState ts, PyValue mine, PyValue theirs);

    private static bool Positive(ThreadState ts, PyValue v) => Ops.OrderBool(ts, v, PyValue.Int(0), CompareOp.Gt);
    private static bool Negative(ThreadState ts, PyValue v) => Ops.OrderBool(ts, v, PyValue.Int(0), CompareOp.Lt);

    private static PyValue Binary(ThreadState ts, ReadOnlySpan<PyValue> a, string op)
    {
        if (a[0].Obj is not PyCounter self || a[1].Obj is not PyCounter other) return PyValue.From(PyNotImplemented.Instance);
        var result = new PyCounter();
        bool done = false;
        try
        {
            foreach (var (k, count) in new List<(PyValue, PyValue)>(self.Table.Entries()))
            {
                var theirs = other.GetItem(ts, k);
                try
                {
                    PyValue newCount = op switch
                    {
                        "+" => Ops.Add(ts, count, theirs),
                        "-" => Ops.Sub(ts, count, theirs),
                        "|" => (Ops.OrderBool(ts, count, theirs, CompareOp.Lt) ? theirs : count).NewRef(),
                        _ => (Ops.OrderBool(ts, count, theirs, CompareOp.Lt) ? count : theirs).NewRef(),
                    };
                    if (Positive(ts, newCount)) result.Set(ts, k, newCount);
                    newCount.DecRef();
                }
                finally { theirs.DecRef(); }
            }
            if (op != "&")
            {
                foreach (var (k, count) in new List<(PyValue, PyValue)>(other.Table.Entries()))
                {
                    if (self.TryGet(ts, k, out _)) continue;
                    if (op == "-")
                    {
                        if (!Negative(ts, count)) continue;
                        var neg = Ops.Sub(ts, PyValue.Int(0), count);
                        result.Set(ts, k, neg);
                        neg.DecRef();
                    }
                    else if (Positive(ts, count)) result.Set(ts, k, count);
                }
            }
            done = true;
        }
        finally { if (!done) PyValue.From(result).DecRef(); }
        return PyValue.From(result);
    }

    private static PyValue Unary(ThreadState ts, PyValue selfValue, bool negate)
    {
        var self = (PyCounter)selfValue.Obj!;
        var result = new PyCounter();
        foreach (var (k, count) in self.Table.Entries())
        {
            if (!negate && Positive(ts, count)) result.Set(ts, k, count);
            else if (negate && Negative(ts, count)) { var n = Ops.Sub(ts, PyValue.Int(0), count); result.Set(ts, k, n); n.DecRef(); }
        }
        return PyValue.From(result);
    }

    private static PyCounter Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyCounter c ? c : throw PyErr.TypeError("descriptor requires a 'Counter' object");

    private static void UpdateFromArgs(ThreadState ts, PyCounter c, ReadOnlySpan<PyValue> a, string[]? kw, int skip, int sign, string name)
    {
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw - skip;
        if (npos > 1) throw PyErr.TypeError($"expected at most 1 argument, got {npos}");
        if (npos == 1 && !a[skip].IsNone) c.AddCounts(ts, a[skip], sign);
        for (int k = 0; k < nkw; k++) { var key = PyValue.Str(kw![k]); c.Bump(ts, key, a[skip + npos + k], sign); key.DecRef(); }
    }

    private static PyType CreateType()
    {
        var t = new PyType("Counter", PyType.Dict_, (ts, type, a, kw) =>
        {
            if (type.IsHeapType) return BuiltinSubclassing.InitializeNew(ts, new SubclassedCounter(type), type, a, kw);
            var c = new PyCounter();
            bool done = false;
            try { UpdateFromArgs(ts, c, a, kw, 0, 1, "Counter"); done = true; }
            finally { if (!done) PyValue.From(c).DecRef(); }
            return PyValue.From(c);
        }) { Module = "collections" };
        // Counter.__init__(iterable=None, /, **kwds): counts them, for a subclass's super().__init__(...).
        t.AddMethod("__init__", (ts, a, kw) => { UpdateFromArgs(ts, Self(a), a, kw, 1, 1, "Counter"); return PyValue.None; });
        t.AddMethod("update", (ts, a, kw) => { UpdateFromArgs(ts, Self(a), a, kw, 1, 1, "update"); return PyValue.None; });
        t.AddMethod("subtract", (ts, a, kw) => { UpdateFromArgs(ts, Self(a), a, kw, 1, -1, "subtract"); return PyValue.None; });
        t.AddMethod("most_common", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("most_common", a, kw, new[] { "n" }, 0, skip: 1);
            var pairs = Self(a).MostCommon(ts);
            if (!p[0].IsUnbound && !p[0].IsNone)
            {
                if (!Numbers.TryLong(p[0], out long n)) { foreach (var x in pairs) x.DecRef(); throw PyErr.TypeError($"'{p[0].Type.Name}' object cannot be interpreted as an integer"); }
                int keep = (int)Math.Max(0, Math.Min(n, pairs.Count));
                for (int i = keep; i < pairs.Count; i++) pairs[i].DecRef();
                pairs.RemoveRange(keep, pairs.Count - keep);
            }
            return PyValue.From(new PyList(pairs));
        });
        t.AddMethod("elements", (ts, a, kw) =>
        {
            var c = Self(a);
            var snapshot = new List<(PyValue, long)>();
            foreach (var (k, v) in c.Table.Entries())
            {
                if (!Numbers.TryLong(v, out long n)) throw PyErr.TypeError($"'{v.Type.Name}' object cannot be interpreted as an integer");
                if (n > 0) { k.IncRef(); snapshot.Add((k, n)); }
            }
            return PyValue.From(new PyNativeIterator(ElementsType, Array.Empty<PyValue>(), ctx => Elements(snapshot)));
        });
        t.AddMethod("total", (ts, a, kw) =>
        {
            var acc = PyValue.Int(0);
            foreach (var (_, v) in Self(a).Table.Entries()) { var next = Ops.Add(ts, acc, v); acc.DecRef(); acc = next; }
            return acc;
        });
        t.AddMethod("copy", (ts, a, kw) =>
        {
            // Counter.copy: self.__class__(self) for a subclass.
            if (a.Length > 0 && a[0].Obj is SubclassedCounter) return BuiltinSubclassing.CopyByCallingClass(ts, a[0], CounterType, a[0]);
            var c = new PyCounter();
            foreach (var (k, v) in Self(a).Table.Entries()) c.Set(ts, k, v);
            return PyValue.From(c);
        });
        t.AddMethod("__add__", (ts, a, kw) => Binary(ts, a, "+"));
        t.AddMethod("__sub__", (ts, a, kw) => Binary(ts, a, "-"));
        t.AddMethod("__or__", (ts, a, kw) => Binary(ts, a, "|"));
        t.AddMethod("__and__", (ts, a, kw) => Binary(ts, a, "&"));
        t.AddMethod("__pos__", (ts, a, kw) => Unary(ts, a[0], false));
        t.AddMethod("__neg__", (ts, a, kw) => Unary(ts, a[0], true));
        t.Dict["fromkeys"] = PyValue.From(new PyBuiltinFunction("fromkeys", (ts, a, kw) =>
            throw PyErr.NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")));
        return t;
    }

    private static IEnumerable<PyValue> Elements(List<(PyValue Key, long Count)> snapshot)
    {
        try
        {
            foreach (var (k, n) in snapshot)
                for (long i = 0; i < n; i++) yield return k.NewRef();
        }
        finally { foreach (var (k, _) in snapshot) k.DecRef(); }
    }
}
