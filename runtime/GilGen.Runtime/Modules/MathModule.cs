using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>The math module's common functions, with CPython's domain errors.</summary>
public static class MathModule
{
    /// <summary>Makes math.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("math");
        SetConstants(m);
        // CPython's math_1: a NaN from a non-NaN is a domain error; an infinity from a finite argument is a
        // range error for the functions that can overflow and a domain error for the others.
        Unary(m, "sqrt", Math.Sqrt, false);
        Unary(m, "exp", Math.Exp, true);
        Unary(m, "exp2", x => Math.Pow(2.0, x), true);
        Unary(m, "expm1", ExpM1, true);
        Unary(m, "sin", Math.Sin, false);
        Unary(m, "cos", Math.Cos, false);
        Unary(m, "tan", Math.Tan, false);
        Unary(m, "asin", Math.Asin, false);
        Unary(m, "acos", Math.Acos, false);
        Unary(m, "atan", Math.Atan, false);
        Unary(m, "sinh", Math.Sinh, true);
        Unary(m, "cosh", Math.Cosh, true);
        Unary(m, "tanh", Math.Tanh, false);
        Unary(m, "asinh", Math.Asinh, false);
        Unary(m, "acosh", Math.Acosh, false);
        Unary(m, "atanh", x => Math.Abs(x) >= 1 ? double.NaN : Math.Atanh(x), false);
        Unary(m, "cbrt", Math.Cbrt, false);
        Unary(m, "fabs", Math.Abs, false);
        Unary(m, "log1p", x => x <= -1 ? double.NaN : Log1P(x), false);
        Unary(m, "erf", NativeMath.Erf, false);
        Unary(m, "erfc", NativeMath.Erfc, false);
        m.AddFunction("log2", (ts2, a, kw) => PyValue.Float(LogHelper(new BuiltinArguments("math.log2", a, kw).NoKeywords().Expect(1, 1)[0], Math.Log2, "log2")));
        m.AddFunction("log10", (ts2, a, kw) => PyValue.Float(LogHelper(new BuiltinArguments("math.log10", a, kw).NoKeywords().Expect(1, 1)[0], Math.Log10, "log10")));
        Unary(m, "degrees", x => x * (180.0 / Math.PI), false);
        Unary(m, "radians", x => x * (Math.PI / 180.0), false);
        m.AddFunction("atan2", (ts2, a, kw) => PyValue.Float(Math.Atan2(Real(a, 0, "atan2", 2), Real(a, 1, "atan2", 2))));
        m.AddFunction("pow", (ts2, a, kw) =>
        {
            double x = Real(a, 0, "pow", 2), y = Real(a, 1, "pow", 2);
            double r = Math.Pow(x, y);
            if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw Domain();
            if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y))
                throw x == 0 ? Domain() : PyErr.OverflowError("math range error");
            return PyValue.Float(r);
        });
        m.AddFunction("log", (ts2, a, kw) =>
        {
            if (a.Length < 1 || a.Length > 2) throw PyErr.TypeError($"log expected 1 or 2 arguments, got {a.Length}");
            double x = Log(a[0]);
            return PyValue.Float(a.Length == 2 ? x / Log(a[1]) : x);
        });
        m.AddFunction("floor", (ts2, a, kw) => IntegralOf(ts2, a, "floor", Math.Floor));
        m.AddFunction("ceil", (ts2, a, kw) => IntegralOf(ts2, a, "ceil", Math.Ceiling));
        m.AddFunction("trunc", (ts2, a, kw) => IntegralOf(ts2, a, "trunc", Math.Truncate));
        m.AddFunction("isnan", (ts2, a, kw) => PyValue.Bool(double.IsNaN(Real(a, 0, "isnan", 1))));
        m.AddFunction("isinf", (ts2, a, kw) => PyValue.Bool(double.IsInfinity(Real(a, 0, "isinf", 1))));
        m.AddFunction("isfinite", (ts2, a, kw) => PyValue.Bool(double.IsFinite(Real(a, 0, "isfinite", 1))));
        m.AddFunction("isclose", (ts2, a, kw) =>
        {
            var args = new BuiltinArguments("isclose", a, kw).OnlyKeywords("rel_tol", "abs_tol").Expect(2, 2);
            double x = Real(a, 0, "isclose", -1), y = Real(a, 1, "isclose", -1);
            double rel = args.Get(-1, "rel_tol") is PyValue r && Numbers.TryDouble(r, out double rd) ? rd : 1e-9;
            double abs = args.Get(-1, "abs_tol") is PyValue b && Numbers.TryDouble(b, out double bd) ? bd : 0.0;
            if (x == y) return PyValue.True;
            if (double.IsInfinity(x) || double.IsInfinity(y)) return PyValue.False;
            double diff = Math.Abs(y - x);
            return PyValue.Bool(diff <= Math.Abs(rel * y) || diff <= Math.Abs(rel * x) || diff <= abs);
        });
        m.AddFunction("factorial", (ts2, a, kw) =>
        {
            var v = new BuiltinArguments("factorial", a, kw).NoKeywords().Expect(1, 1)[0];
            var n = AsInteger(v);
            if (n.Sign < 0) throw PyErr.ValueError("factorial() not defined for negative values");
            BigInteger r = 1;
            for (int i = 2; i <= (int)n; i++) r *= i;
            return PyValue.Int(r);
        });
        m.AddFunction("gcd", (ts2, a, kw) =>
        {
            BigInteger g = 0;
            for (int i = 0; i < a.Length; i++)
            {
                var n = AsInteger(a[i]);
                g = BigInteger.GreatestCommonDivisor(g, n);
            }
            return PyValue.Int(g);
        });
        m.AddFunction("isqrt", (ts2, a, kw) =>
        {
            var v = new BuiltinArguments("isqrt", a, kw).NoKeywords().Expect(1, 1)[0];
            var n = AsInteger(v);
            if (n.Sign < 0) throw PyErr.ValueError("isqrt() argument must be nonnegative");
            if (n.IsZero) return PyValue.Int(0);
            // Newton's iteration from a power of two at or above the root: it decreases to the floor of the root
            // in O(log bits) steps, where stepping from a double's estimate took as many steps as the estimate's
            // error (about root / 2**53: forever for a 60-digit number).
            var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
            while (true)
            {
                var y = (x + n / x) >> 1;
                if (y >= x) break;
                x = y;
            }
            return PyValue.Int(x);
        });
        m.AddFunction("copysign", (ts2, a, kw) => PyValue.Float(Math.CopySign(Real(a, 0, "copysign", 2), Real(a, 1, "copysign", 2))));
        MathExtras.Install(m);
        return m;
    }

    internal static PyException Domain() => PyErr.ValueError("math domain error");

    private static double Check(double r, double x) =>
        double.IsInfinity(r) && double.IsFinite(x) ? throw PyErr.OverflowError("math range error") : r;

    private static double Log(PyValue v) => LogHelper(v, Math.Log, "log");

    // CPython's loghelper: an int is converted to float when it fits, else split as m * 2**e so that
    // log(m) + log(2) * e can be computed anyway; zero and negative numbers are domain errors.
    private static double LogHelper(PyValue v, Func<double, double> func, string name)
    {
        if (Numbers.TryInt(v, out var n) && v.Obj is not PyFloat)
        {
            if (n.Sign <= 0) throw Domain();
            double d = (double)n;
            if (double.IsFinite(d)) return func(d);
            long e = (long)n.GetBitLength();
            var top = n >> (int)(e - 63);
            bool sticky = !(top << (int)(e - 63)).Equals(n);
            ulong bits = (ulong)top | (sticky ? 1UL : 0UL);
            double m = Math.ScaleB((double)bits, -63);
            return func(m) + func(2.0) * e;
        }
        double x = AsDouble(v);
        if (x <= 0) throw Domain();
        return func(x);
    }

    internal static double Real(ReadOnlySpan<PyValue> a, int i, string name, int expected)
    {
        if (expected >= 0 && a.Length != expected)
            throw PyErr.TypeError(expected == 1 ? $"math.{name}() takes exactly one argument ({a.Length} given)" : $"{name} expected {expected} arguments, got {a.Length}");
        if (i >= a.Length) throw PyErr.TypeError($"{name} expected more arguments");
        return AsDouble(a[i]);
    }

    /// <summary>
    /// PyNumber_Index: the value of an int or bool, else of what the object's <c>__index__</c> returns (an int); so
    /// gcd, isqrt, factorial, comb, perm and operator.index take a numbers.Integral written in Python.
    /// </summary>
    internal static BigInteger AsInteger(PyValue v)
    {
        if (Numbers.TryInt(v, out var n)) return n;
        if (v.Obj is not null && v.Obj is not PyFloat && v.Type.Lookup("__index__") is PyValue toIndex && ThreadState.Running is ThreadState ts)
        {
            var made = Ops.Call(ts, toIndex, new[] { v }, null);
            try
            {
                return Numbers.TryInt(made, out n) && made.Obj is not PyBool ? n
                    : throw PyErr.TypeError($"__index__ returned non-int (type {made.Type.Name})");
            }
            finally { made.DecRef(); }
        }
        throw PyErr.TypeError($"'{v.Type.Name}' object cannot be interpreted as an integer");
    }

    /// <summary>
    /// PyFloat_AsDouble: the value of a float, int or bool, else of what the object's <c>__float__</c> returns (a
    /// float), else of its <c>__index__</c>; so math's functions take a fractions.Fraction or a user's number.
    /// </summary>
    internal static double AsDouble(PyValue v)
    {
        if (Numbers.TryDouble(v, out double x)) return x;
        if (v.Obj is not null && ThreadState.Running is ThreadState ts)
        {
            if (v.Type.Lookup("__float__") is PyValue toFloat)
            {
                var made = Ops.Call(ts, toFloat, new[] { v }, null);
                try
                {
                    return made.Obj is PyFloat f ? f.Value
                        : throw PyErr.TypeError($"{v.Type.Name}.__float__ returned non-float (type {made.Type.Name})");
                }
                finally { made.DecRef(); }
            }
            if (v.Type.Lookup("__index__") is PyValue toIndex)
            {
                var made = Ops.Call(ts, toIndex, new[] { v }, null);
                try
                {
                    return Numbers.TryInt(made, out _) && Numbers.TryDouble(made, out double d) ? d
                        : throw PyErr.TypeError($"__index__ returned non-int (type {made.Type.Name})");
                }
                finally { made.DecRef(); }
            }
        }
        throw PyErr.TypeError($"must be real number, not {v.Type.Name}");
    }

    private static void Unary(PyModule m, string name, Func<double, double> f, bool canOverflow) =>
        m.AddFunction(name, (ts, a, kw) =>
        {
            double x = Real(a, 0, name, 1);
            double r = f(x);
            if (double.IsNaN(r) && !double.IsNaN(x)) throw Domain();
            if (double.IsInfinity(r) && double.IsFinite(x)) throw canOverflow ? PyErr.OverflowError("math range error") : Domain();
            return PyValue.Float(r);
        });

    // log1p and expm1 accurate near zero (CPython calls the C library's, which are correctly rounded there).
    private static double Log1P(double x) => NativeMath.Log1P(x);
    private static double ExpM1(double x) => NativeMath.ExpM1(x);

    // math.floor, ceil and trunc: a float's or int's own value; any other object's __floor__, __ceil__ or __trunc__
    // (floor and ceil of an object without one take its float value; trunc has no such fallback, as in CPython).
    private static PyValue IntegralOf(ThreadState ts, ReadOnlySpan<PyValue> a, string name, Func<double, double> f)
    {
        if (a.Length != 1) throw PyErr.TypeError($"math.{name}() takes exactly one argument ({a.Length} given)");
        if (Numbers.TryInt(a[0], out var n)) return PyValue.Int(n);
        if (a[0].Obj is not null && (a[0].Obj is not PyFloat || a[0].Obj is SubclassedFloat))
        {
            if (a[0].Type.Lookup($"__{name}__") is PyValue method) return Ops.Call(ts, method, new[] { a[0] }, null);
            if (name == "trunc") throw PyErr.TypeError($"type {a[0].Type.Name} doesn't define __trunc__ method");
        }
        return Numbers.FromDouble(f(Real(a, 0, name, 1)));
    }

    /// <summary>pi, e, tau, inf and nan, which math and cmath both have.</summary>
    internal static void SetConstants(PyModule m)
    {
        SetOwned(m, "pi", PyValue.Float(Math.PI));
        SetOwned(m, "e", PyValue.Float(Math.E));
        SetOwned(m, "tau", PyValue.Float(Math.Tau));
        SetOwned(m, "inf", PyValue.Float(double.PositiveInfinity));
        // A NaN with the sign bit clear (math.copysign(1, math.nan) is 1.0), which .NET's double.NaN is not.
        SetOwned(m, "nan", PyValue.Float(Numbers.PositiveNaN));
    }

    /// <summary>Binds a new reference (stolen) as a module global.</summary>
    internal static void SetOwned(PyModule m, string name, PyValue v) { m.SetGlobal(name, v); v.DecRef(); }
}
