using System;

namespace GilGen.Runtime;

/// <summary>
/// math.sumprod as CPython 3.12 computes it, so that its float results agree bit for bit (statistics' covariance,
/// correlation and linear_regression depend on them). A run of pairs of exact ints (not bools) is summed in a 64-bit integer
/// while it does not overflow; a run of pairs of floats (or a float and an int) is summed in triple-length
/// floating point (Ogita, Rump and Oishi's error-free transformations) while the total stays finite; each run's
/// total is added to the running total when the run ends, and any other pair goes through the * and + operators.
/// Once a pair leaves the int path or the float path, that path stays closed.
/// </summary>
internal static class MathSumprod
{
    // A number as a float's rounded value plus an error term: hi + lo exactly.
    private readonly record struct DoubleLength(double Hi, double Lo);

    // hi + lo + tiny, each much smaller than the one before.
    private readonly record struct TripleLength(double Hi, double Lo, double Tiny);

    /// <summary>math.sumprod(p, q).</summary>
    public static PyValue SumProd(ThreadState ts, PyValue pIterable, PyValue qIterable)
    {
        var p = Ops.ToList(ts, pIterable);
        PyValueList? q = null;
        try
        {
            q = Ops.ToList(ts, qIterable);
            if (p.Count != q.Count) throw PyErr.ValueError("Inputs are not the same length");
            return Sum(ts, p, q);
        }
        finally
        {
            foreach (var v in p) v.DecRef();
            if (q is not null) foreach (var v in q) v.DecRef();
        }
    }

    private static PyValue Sum(ThreadState ts, PyValueList p, PyValueList q)
    {
        var total = PyValue.Int(0);
        try
        {
            bool intPath = true, intInUse = false, fltPath = true, fltInUse = false;
            long intTotal = 0;
            var fltTotal = new TripleLength(0.0, 0.0, 0.0);
            for (int i = 0; ; i++)
            {
                bool finished = i == p.Count;
                if (intPath)
                {
                    if (!finished && AddIntProduct(p[i], q[i], ref intTotal))
                    {
                        intInUse = true;
                        continue;
                    }
                    intPath = false;
                    if (intInUse) AddToTotal(ts, ref total, PyValue.Int(intTotal));
                    intInUse = false;
                }
                if (fltPath)
                {
                    if (!finished && FloatPair(p[i], q[i], out double x, out double y))
                    {
                        var next = Fma(x, y, fltTotal);
                        if (double.IsFinite(next.Hi))
                        {
                            fltTotal = next;
                            fltInUse = true;
                            continue;
                        }
                    }
                    fltPath = false;
                    if (fltInUse) AddToTotal(ts, ref total, PyValue.Float(ToDouble(fltTotal)));
                    fltInUse = false;
                }
                if (finished) break;
                AddToTotal(ts, ref total, Ops.Mul(ts, p[i], q[i]));
            }
            var result = total;
            total = default;
            return result;
        }
        finally { total.DecRef(); }
    }

    // total += term; the term's reference is taken.
    private static void AddToTotal(ThreadState ts, ref PyValue total, PyValue term)
    {
        try
        {
            var sum = Ops.Add(ts, total, term);
            total.DecRef();
            total = sum;
        }
        finally { term.DecRef(); }
    }

    // PyLong_CheckExact: not a bool, nor an instance of an int subclass.
    private static bool IsExactInt(PyValue v) => v.IsInt || (v.Obj is PyLong && v.Obj is not SubclassedInt);

    // A float's partner on the float path may be a bool too (a vector of bools selecting data).
    private static bool IsIntOrBool(PyValue v) => IsExactInt(v) || v.Obj is PyBool;

    private static bool IsExactFloat(PyValue v) => v.Obj is PyFloat && v.Obj is not SubclassedFloat;

    // intTotal += x * y when both are ints and nothing overflows 64 bits.
    private static bool AddIntProduct(PyValue a, PyValue b, ref long intTotal)
    {
        if (!IsExactInt(a) || !IsExactInt(b) || !Numbers.TryLong(a, out long x) || !Numbers.TryLong(b, out long y)) return false;
        long hi = Math.BigMul(x, y, out long product);
        if (hi != (product >> 63)) return false;
        long sum = unchecked(intTotal + product);
        if (((intTotal ^ sum) & (product ^ sum)) < 0) return false;
        intTotal = sum;
        return true;
    }

    // Two floats, or a float and an int (or bool) that converts to a float without overflow.
    private static bool FloatPair(PyValue a, PyValue b, out double x, out double y)
    {
        x = y = 0;
        bool aFloat = IsExactFloat(a), bFloat = IsExactFloat(b);
        if (!(aFloat && (bFloat || IsIntOrBool(b))) && !(bFloat && IsIntOrBool(a))) return false;
        return ToDouble(a, out x) && ToDouble(b, out y);
    }

    private static bool ToDouble(PyValue v, out double d)
    {
        try { return Numbers.TryDouble(v, out d); }
        catch (PyException) { d = 0; return false; } // an int too large for a float: the generic path reports it
    }

    private static DoubleLength TwoSum(double a, double b)
    {
        double x = a + b, z = x - a;
        return new DoubleLength(x, (a - (x - z)) + (b - z));
    }

    private static DoubleLength TwoProduct(double x, double y)
    {
        double z = x * y;
        return new DoubleLength(z, Math.FusedMultiplyAdd(x, y, -z));
    }

    // total + x * y, kept to three parts.
    private static TripleLength Fma(double x, double y, TripleLength total)
    {
        var product = TwoProduct(x, y);
        var sum = TwoSum(total.Hi, product.Hi);
        var r1 = TwoSum(total.Lo, product.Lo);
        var r2 = TwoSum(r1.Hi, sum.Lo);
        return new TripleLength(sum.Hi, r2.Hi, total.Tiny + r1.Lo + r2.Lo);
    }

    private static double ToDouble(TripleLength total)
    {
        var last = TwoSum(total.Lo, total.Hi);
        return total.Tiny + last.Lo + last.Hi;
    }
}
