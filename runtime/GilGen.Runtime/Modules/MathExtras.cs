using System;
using System.Collections.Generic;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>
/// The rest of CPython 3.12's math module: integer combinatorics, float decomposition, exact summation
/// (fsum's msum), and hypot/dist with CPython's correctly rounded vector norm.
/// </summary>
internal static class MathExtras
{
    private const double DblMin = 2.2250738585072014e-308;

    /// <summary>Adds the functions to math.</summary>
    public static void Install(PyModule m)
    {
        m.AddFunction("comb", (ts, a, kw) =>
        {
            new BuiltinArguments("comb", a, kw).NoKeywords().Expect(2, 2);
            var n = Integer(a[0]); var k = Integer(a[1]);
            if (n.Sign < 0) throw PyErr.ValueError("n must be a non-negative integer");
            if (k.Sign < 0) throw PyErr.ValueError("k must be a non-negative integer");
            if (k > n) return PyValue.Int(0);
            if (k > n - k) k = n - k;
            BigInteger r = 1;
            for (BigInteger i = 1; i <= k; i++) r = r * (n - k + i) / i;
            return PyValue.Int(r);
        });
        m.AddFunction("perm", (ts, a, kw) =>
        {
            new BuiltinArguments("perm", a, kw).NoKeywords().Expect(1, 2);
            var n = Integer(a[0]);
            if (n.Sign < 0) throw PyErr.ValueError("n must be a non-negative integer");
            var k = a.Length == 2 && !a[1].IsNone ? Integer(a[1]) : n;
            if (k.Sign < 0) throw PyErr.ValueError("k must be a non-negative integer");
            if (k > n) return PyValue.Int(0);
            BigInteger r = 1;
            for (BigInteger i = n - k + 1; i <= n; i++) r *= i;
            return PyValue.Int(r);
        });
        m.AddFunction("lcm", (ts, a, kw) =>
        {
            new BuiltinArguments("lcm", a, kw).NoKeywords();
            BigInteger l = 1;
            foreach (var v in a)
            {
                var n = BigInteger.Abs(Integer(v));
                if (n.IsZero || l.IsZero) { l = 0; continue; }
                l = l / BigInteger.GreatestCommonDivisor(l, n) * n;
            }
            return PyValue.Int(l);
        });
        m.AddFunction("prod", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("prod", a, kw).OnlyKeywords("start").Expect(1, 1);
            var acc = (args.Get(-1, "start") ?? PyValue.Int(1)).NewRef();
            var items = Ops.ToList(ts, a[0]);
            bool done = false;
            try
            {
                foreach (var v in items) { var next = Ops.Mul(ts, acc, v); acc.DecRef(); acc = next; }
                done = true;
                return acc;
            }
            finally
            {
                if (!done) acc.DecRef();
                foreach (var v in items) v.DecRef();
            }
        });
        m.AddFunction("fmod", (ts, a, kw) =>
        {
            double x = MathModule.Real(a, 0, "fmod", 2), y = MathModule.Real(a, 1, "fmod", 2);
            if (double.IsInfinity(y) && double.IsFinite(x)) return PyValue.Float(x);
            double r = x % y; // C#'s % on doubles is C's fmod
            if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw MathModule.Domain();
            return PyValue.Float(r);
        });
        m.AddFunction("remainder", (ts, a, kw) =>
        {
            double x = MathModule.Real(a, 0, "remainder", 2), y = MathModule.Real(a, 1, "remainder", 2);
            if (double.IsNaN(x)) return PyValue.Float(x);
            if (double.IsNaN(y)) return PyValue.Float(y);
            if (double.IsInfinity(x) || y == 0) throw MathModule.Domain();
            if (double.IsInfinity(y)) return PyValue.Float(x);
            return PyValue.Float(Math.IEEERemainder(x, y));
        });
        m.AddFunction("modf", (ts, a, kw) =>
        {
            double x = MathModule.Real(a, 0, "modf", 1);
            double whole = double.IsInfinity(x) ? x : Math.Truncate(x);
            double frac = double.IsInfinity(x) ? Math.CopySign(0.0, x) : double.IsNaN(x) ? x : Math.CopySign(x - whole, x);
            return PyValue.From(new PyTuple(new[] { PyValue.Float(frac), PyValue.Float(whole) }));
        });
        m.AddFunction("frexp", (ts, a, kw) =>
        {
            double x = MathModule.Real(a, 0, "frexp", 1);
            if (x == 0 || double.IsNaN(x) || double.IsInfinity(x))
                return PyValue.From(new PyTuple(new[] { PyValue.Float(x), PyValue.Int(0) }));
            int e = Math.ILogB(x) + 1;
            double mant = Math.ScaleB(x, -e);
            return PyValue.From(new PyTuple(new[] { PyValue.Float(mant), PyValue.Int(e) }));
        });
        m.AddFunction("ldexp", (ts, a, kw) =>
        {
            new BuiltinArguments("ldexp", a, kw).NoKeywords().Expect(2, 2);
            double x = MathModule.Real(a, 0, "ldexp", 2);
            if (!Numbers.TryInt(a[1], out var e)) throw PyErr.TypeError("Expected an int as second argument to ldexp.");
            if (x == 0 || !double.IsFinite(x)) return PyValue.Float(x);
            int ei = e > 100000 ? 100000 : e < -100000 ? -100000 : (int)e;
            double r = Math.ScaleB(x, ei);
            if (double.IsInfinity(r)) throw PyErr.OverflowError("math range error");
            return PyValue.Float(r);
        });
        m.AddFunction("nextafter", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("nextafter", a, kw).OnlyKeywords("steps").Expect(2, 2);
            double x = MathModule.Real(a, 0, "nextafter", -1), y = MathModule.Real(a, 1, "nextafter", -1);
            long steps = 1;
            if (args.Get(-1, "steps") is PyValue s && !s.IsNone)
            {
                steps = args.GetLong(-1, "steps", 1);
                if (steps < 0) throw PyErr.ValueError("steps must be a non-negative integer");
            }
            for (long i = 0; i < steps && x != y && !double.IsNaN(x); i++) x = x < y ? Math.BitIncrement(x) : Math.BitDecrement(x);
            if (double.IsNaN(y)) x = y;
            else if (x == y) x = y;
            return PyValue.Float(x);
        });
        m.AddFunction("ulp", (ts, a, kw) =>
        {
            double x = Math.Abs(MathModule.Real(a, 0, "ulp", 1));
            if (double.IsNaN(x) || double.IsInfinity(x)) return PyValue.Float(x);
            double next = Math.BitIncrement(x);
            if (double.IsInfinity(next)) return PyValue.Float(x - Math.BitDecrement(x));
            return PyValue.Float(next - x);
        });
        m.AddFunction("fsum", (ts, a, kw) => PyValue.Float(FSum(ts, new BuiltinArguments("fsum", a, kw).NoKeywords().Expect(1, 1)[0])));
        m.AddFunction("hypot", (ts, a, kw) =>
        {
            new BuiltinArguments("hypot", a, kw).NoKeywords();
            var vec = new double[a.Length];
            for (int i = 0; i < a.Length; i++) vec[i] = Math.Abs(MathModule.Real(a, i, "hypot", -1));
            return PyValue.Float(Norm(vec));
        });
        m.AddFunction("dist", (ts, a, kw) =>
        {
            new BuiltinArguments("dist", a, kw).NoKeywords().Expect(2, 2);
            if (a[0].Obj is not (PyTuple or PyList) || a[1].Obj is not (PyTuple or PyList))
                throw PyErr.TypeError("dist(): argument 1 must be tuple, not " + (a[0].Obj is PyTuple or PyList ? a[1] : a[0]).Type.Name);
            var p = Ops.ToList(ts, a[0]); var q = Ops.ToList(ts, a[1]);
            try
            {
                if (p.Count != q.Count) throw PyErr.ValueError("both points must have the same number of dimensions");
                var vec = new double[p.Count];
                for (int i = 0; i < vec.Length; i++)
                {
                    if (!Numbers.TryDouble(p[i], out double x) || !Numbers.TryDouble(q[i], out double y)) throw PyErr.TypeError("must be real number, not " + (Numbers.TryDouble(p[i], out _) ? q[i] : p[i]).Type.Name);
                    vec[i] = Math.Abs(x - y);
                }
                return PyValue.Float(Norm(vec));
            }
            finally { foreach (var v in p) v.DecRef(); foreach (var v in q) v.DecRef(); }
        });
        MathGamma.Install(m);
        m.AddFunction("sumprod", (ts, a, kw) =>
        {
            new BuiltinArguments("sumprod", a, kw).NoKeywords().Expect(2, 2);
            return MathSumprod.SumProd(ts, a[0], a[1]);
        });
    }

    private static BigInteger Integer(PyValue v) => MathModule.AsInteger(v);

    /// <summary>CPython's msum: the exactly rounded sum of the iterable's floats.</summary>
    private static double FSum(ThreadState ts, PyValue iterable)
    {
        var p = new List<double>();
        double specialSum = 0.0, infSum = 0.0;
        var it = Ops.GetIter(ts, iterable);
        try
        {
            while (Ops.ForIter(ts, it, out var item))
            {
                double x;
                try { x = MathModule.AsDouble(item); }
                finally { item.DecRef(); }
                double xsave = x;
                int i = 0;
                for (int j = 0; j < p.Count; j++)
                {
                    double y = p[j];
                    if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                    double hi = x + y, yr = hi - x, lo = y - yr;
                    if (lo != 0.0) p[i++] = lo;
                    x = hi;
                }
                p.RemoveRange(i, p.Count - i);
                if (x != 0.0)
                {
                    if (!double.IsFinite(x))
                    {
                        if (double.IsFinite(xsave)) throw PyErr.OverflowError("intermediate overflow in fsum");
                        if (double.IsInfinity(xsave)) infSum += xsave;
                        specialSum += xsave;
                        p.Clear();
                    }
                    else p.Add(x);
                }
            }
        }
        finally { it.DecRef(); }
        if (specialSum != 0.0)
        {
            if (double.IsNaN(infSum)) throw PyErr.ValueError("-inf + inf in fsum");
            return specialSum;
        }
        double sum = 0.0;
        int n = p.Count;
        if (n > 0)
        {
            sum = p[--n];
            double lo = 0;
            while (n > 0)
            {
                double x = sum, y = p[--n];
                sum = x + y;
                double yr = sum - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)))
            {
                double y = lo * 2.0, x = sum + y, yr = x - sum;
                if (y == yr) sum = x;
            }
        }
        return sum;
    }

    /// <summary>CPython 3.12's vector_norm: the Euclidean norm of non-negative values, correctly rounded.</summary>
    private static double Norm(double[] vec)
    {
        double max = 0.0;
        bool foundNan = false;
        foreach (var x in vec) { if (double.IsNaN(x)) foundNan = true; if (x > max) max = x; }
        return Norm(vec, max, foundNan);
    }

    private static double Norm(double[] vec, double max, bool foundNan)
    {
        int n = vec.Length;
        if (double.IsInfinity(max)) return max;
        if (foundNan) return double.NaN;
        if (max == 0.0 || n <= 1) return max;
        int maxE = Math.ILogB(max) + 1;
        if (maxE < -1023)
        {
            for (int i = 0; i < n; i++) vec[i] /= DblMin; // subnormals to normals
            return DblMin * Norm(vec, max / DblMin, foundNan);
        }
        double scale = Math.ScaleB(1.0, -maxE);
        double csum = 1.0, frac1 = 0.0, frac2 = 0.0;
        for (int i = 0; i < n; i++)
        {
            double x = vec[i] * scale;
            double prHi = x * x, prLo = Math.FusedMultiplyAdd(x, x, -prHi);
            double smHi = csum + prHi, smLo = prHi - (smHi - csum);
            csum = smHi;
            frac1 += prLo;
            frac2 += smLo;
        }
        double h = Math.Sqrt(csum - 1.0 + (frac1 + frac2));
        {
            double prHi = -h * h, prLo = Math.FusedMultiplyAdd(-h, h, -prHi);
            double smHi = csum + prHi, smLo = prHi - (smHi - csum);
            csum = smHi;
            frac1 += prLo;
            frac2 += smLo;
        }
        double corr = csum - 1.0 + (frac1 + frac2);
        h += corr / (2.0 * h);
        return h / scale;
    }
}
