using System;

namespace GilGen.Runtime;

/// <summary>Methods of range: index and count.</summary>
public static class RangeMethods
{
    /// <summary>Installs the methods on <paramref name="t"/>.</summary>
    public static void Install(PyType t)
    {
        ReadOnlyAttribute.Install(t, "start", v => PyValue.Int(((PyRange)v.Obj!).Start));
        ReadOnlyAttribute.Install(t, "stop", v => PyValue.Int(((PyRange)v.Obj!).Stop));
        ReadOnlyAttribute.Install(t, "step", v => PyValue.Int(((PyRange)v.Obj!).Step));
        t.AddMethod("index", (ts, a, kw) =>
        {
            new BuiltinArguments("index", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            var r = (PyRange)a[0].Obj!;
            if (IndexOf(r, a[1]) is long i) return PyValue.Int(i);
            if (!Numbers.TryInt(a[1], out _) && r.Contains(ts, a[1]))
            {
                for (long k = 0; k < r.Count; k++) if (Ops.EqualsBool(ts, PyValue.Int(r.Start + k * r.Step), a[1])) return PyValue.Int(k);
            }
            throw PyErr.ValueError($"{Ops.ReprOf(ts, a[1])} is not in range");
        });
        t.AddMethod("count", (ts, a, kw) =>
        {
            new BuiltinArguments("count", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            var r = (PyRange)a[0].Obj!;
            if (Numbers.TryInt(a[1], out _)) return PyValue.Int(IndexOf(r, a[1]) is null ? 0 : 1);
            long n = 0;
            for (long k = 0; k < r.Count; k++) if (Ops.EqualsBool(ts, PyValue.Int(r.Start + k * r.Step), a[1])) n++;
            return PyValue.Int(n);
        });
    }

    private static long? IndexOf(PyRange r, PyValue v)
    {
        if (!Numbers.TryLong(v, out long x) || v.Obj is PyFloat) return null;
        long offset = x - r.Start;
        if (offset % r.Step != 0) return null;
        long k = offset / r.Step;
        return k >= 0 && k < r.Count ? k : null;
    }
}
