using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>bisect: bisect_left/right and insort_left/right with lo, hi and key, as CPython's _bisect.</summary>
public static class BisectModule
{
    private static readonly string[] Names = { "a", "x", "lo", "hi", "key" };

    /// <summary>Makes bisect.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("bisect");
        m.AddFunction("bisect_left", (ts2, a, kw) => PyValue.Int(Search(ts2, "bisect_left", a, kw, left: true, out _)));
        m.AddFunction("bisect_right", (ts2, a, kw) => PyValue.Int(Search(ts2, "bisect_right", a, kw, left: false, out _)));
        m.AddFunction("insort_left", (ts2, a, kw) => Insort(ts2, "insort_left", a, kw, left: true));
        m.AddFunction("insort_right", (ts2, a, kw) => Insort(ts2, "insort_right", a, kw, left: false));
        foreach (var (alias, name) in new[] { ("bisect", "bisect_right"), ("insort", "insort_right") })
        {
            var f = m.GetGlobal(name);
            m.SetGlobal(alias, f);
            f.DecRef();
        }
        return m;
    }

    private static long Search(ThreadState ts, string name, ReadOnlySpan<PyValue> a, string[]? kw, bool left, out PyValue[] p)
    {
        p = CallArguments.Bind(name, a, kw, Names, 2);
        long lo = 0, hi;
        if (!p[2].IsUnbound && !Numbers.TryLong(p[2], out lo)) throw PyErr.TypeError($"'{p[2].Type.Name}' object cannot be interpreted as an integer");
        if (lo < 0) throw PyErr.ValueError("lo must be non-negative");
        if (p[3].IsUnbound || p[3].IsNone) hi = Ops.Length(ts, p[0]);
        else if (!Numbers.TryLong(p[3], out hi)) throw PyErr.TypeError($"'{p[3].Type.Name}' object cannot be interpreted as an integer");
        var key = p[4].IsUnbound ? PyValue.None : p[4];
        var seq = p[0];
        PyValue x = p[1];
        bool keyedX = false;
        if (name.StartsWith("insort", StringComparison.Ordinal) && !key.IsNone) { x = Ops.Call(ts, key, new[] { p[1] }, null); keyedX = true; }
        try
        {
            while (lo < hi)
            {
                long mid = (long)((ulong)(lo + hi) / 2);
                var item = seq.Obj is PyList l && mid < l.Items.Count ? l.Items[(int)mid].NewRef() : Ops.GetItem(ts, seq, PyValue.Int(mid));
                PyValue itemKey;
                try { itemKey = key.IsNone ? item.NewRef() : Ops.Call(ts, key, new[] { item }, null); }
                finally { item.DecRef(); }
                bool goRight;
                try { goRight = left ? Ops.OrderBool(ts, itemKey, x, CompareOp.Lt) : !Ops.OrderBool(ts, x, itemKey, CompareOp.Lt); }
                finally { itemKey.DecRef(); }
                if (goRight) lo = mid + 1; else hi = mid;
            }
            return lo;
        }
        finally { if (keyedX) x.DecRef(); }
    }

    private static PyValue Insort(ThreadState ts, string name, ReadOnlySpan<PyValue> a, string[]? kw, bool left)
    {
        long i = Search(ts, name, a, kw, left, out var p);
        if (p[0].Obj is PyList list) { list.Items.Insert((int)i, p[1].NewRef()); return PyValue.None; }
        var insert = Ops.GetAttr(ts, p[0], "insert");
        try { Ops.Call(ts, insert, new[] { PyValue.Int(i), p[1] }, null).DecRef(); }
        finally { insert.DecRef(); }
        return PyValue.None;
    }
}
