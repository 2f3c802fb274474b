using System;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// The <c>cmath</c> module, as far as GilGen has it: the constants, <c>sqrt</c>, <c>exp</c>, <c>log</c>, <c>log10</c>,
/// <c>phase</c>, <c>polar</c>, <c>rect</c>, <c>isfinite</c>, <c>isinf</c>, <c>isnan</c> and <c>isclose</c>, each by
/// CPython's algorithm (Modules/cmathmodule.c: the scaling that keeps sqrt and log exact near the ends of the double
/// range, log1p near |z| = 1) over the C library's functions, so results agree to the bit. CPython answers an infinite
/// or NaN argument of sqrt, exp, log and rect from tables of special values, which GilGen does not have yet: those
/// raise NotImplementedError, as do the trigonometric and hyperbolic functions, which the module lacks.
/// </summary>
public static class CmathModule
{
    // DBL_MANT_DIG and the scale factors cmathmodule.c derives from it.
    private const int MantissaDigits = 53;
    private const int ScaleUp = 2 * (MantissaDigits / 2) + 1;
    private const int ScaleDown = -(ScaleUp + 1) / 2;
    private const double Ln2 = 0.6931471805599453094;
    private const double Ln10 = 2.302585092994045684;
    // DBL_MIN, the smallest normal double.
    private const double DblMin = 2.2250738585072014e-308;
    private static readonly double LargeDouble = double.MaxValue / 4.0;
    private static readonly double LogLargeDouble = Math.Log(LargeDouble);

    /// <summary>Makes cmath.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("cmath");
        MathModule.SetConstants(m);
        MathModule.SetOwned(m, "infj", PyValue.From(new PyComplex(0.0, double.PositiveInfinity)));
        MathModule.SetOwned(m, "nanj", PyValue.From(new PyComplex(0.0, double.NaN)));
        Unary(m, "sqrt", Sqrt);
        Unary(m, "exp", Exp);
        Unary(m, "log10", z => { var (re, im) = Log(z, "log10"); return (re / Ln10, im / Ln10); });
        m.AddFunction("log", (ts2, a, kw) =>
        {
            new BuiltinArguments("log", a, kw).NoKeywords().Expect(1, 2);
            var x = Log(Argument(ts2, a[0], "log"), "log");
            if (a.Length == 2)
            {
                var y = Log(Argument(ts2, a[1], "log"), "log");
                x = ComplexMath.Div(x, y, out var error);
                if (error != ComplexMath.Error.None) throw PyErr.ValueError("math domain error");
            }
            return PyValue.From(new PyComplex(x.Re, x.Im));
        });
        m.AddFunction("phase", (ts2, a, kw) => PyValue.Float(Phase(Argument(ts2, One(a, kw, "phase"), "phase"))));
        m.AddFunction("polar", (ts2, a, kw) =>
        {
            var z = Argument(ts2, One(a, kw, "polar"), "polar");
            double r = ComplexMath.Abs(z, out bool overflow);
            if (overflow) throw PyErr.OverflowError("math range error");
            var items = new[] { PyValue.Float(r), PyValue.Float(Phase(z)) };
            return PyValue.From(new PyTuple(items));
        });
        m.AddFunction("rect", (ts2, a, kw) =>
        {
            new BuiltinArguments("rect", a, kw).NoKeywords().Expect(2, 2);
            double r = Real(a[0], "rect"), phi = Real(a[1], "rect");
            if (!double.IsFinite(r) || !double.IsFinite(phi)) throw NotBuilt("rect");
            // CPython's workaround for phi == -0.0 (bpo-18513): the imaginary part keeps phi's sign.
            return phi == 0.0 ? PyValue.From(new PyComplex(r, r * phi)) : PyValue.From(new PyComplex(r * Math.Cos(phi), r * Math.Sin(phi)));
        });
        Predicate(m, "isfinite", z => double.IsFinite(z.Re) && double.IsFinite(z.Im));
        Predicate(m, "isinf", z => double.IsInfinity(z.Re) || double.IsInfinity(z.Im));
        Predicate(m, "isnan", z => double.IsNaN(z.Re) || double.IsNaN(z.Im));
        m.AddFunction("isclose", (ts2, a, kw) =>
        {
            var args = new BuiltinArguments("isclose", a, kw).OnlyKeywords("rel_tol", "abs_tol").Expect(2, 2);
            var x = Argument(ts2, a[0], "isclose");
            var y = Argument(ts2, a[1], "isclose");
            double rel = args.Get(-1, "rel_tol") is PyValue r ? Real(r, "isclose") : 1e-9;
            double abs = args.Get(-1, "abs_tol") is PyValue b ? Real(b, "isclose") : 0.0;
            if (rel < 0.0 || abs < 0.0) throw PyErr.ValueError("tolerances must be non-negative");
            if (x.Re == y.Re && x.Im == y.Im) return PyValue.True;
            if (double.IsInfinity(x.Re) || double.IsInfinity(x.Im) || double.IsInfinity(y.Re) || double.IsInfinity(y.Im)) return PyValue.False;
            // cmath_isclose_impl ignores an overflow of the moduli (errno is not read there).
            double diff = ComplexMath.Abs(ComplexMath.Sub(x, y), out _);
            return PyValue.Bool(diff <= rel * ComplexMath.Abs(y, out _) || diff <= rel * ComplexMath.Abs(x, out _) || diff <= abs);
        });
        return m;
    }

    // cmath_sqrt_impl: the square root of |z| scaled by 8 (or, for subnormal parts, by 2**53) so that neither the sum
    // nor the hypotenuse over- or underflows.
    private static (double Re, double Im) Sqrt((double Re, double Im) z)
    {
        if (!double.IsFinite(z.Re) || !double.IsFinite(z.Im)) throw NotBuilt("sqrt");
        if (z.Re == 0.0 && z.Im == 0.0) return (0.0, z.Im);
        double ax = Math.Abs(z.Re), ay = Math.Abs(z.Im), s;
        if (ax < DblMin && ay < DblMin)
        {
            // The hypotenuse would be subnormal.
            ax = Math.ScaleB(ax, ScaleUp);
            s = Math.ScaleB(Math.Sqrt(ax + ComplexMath.Hypot(ax, Math.ScaleB(ay, ScaleUp))), ScaleDown);
        }
        else
        {
            ax /= 8.0;
            s = 2.0 * Math.Sqrt(ax + ComplexMath.Hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return z.Re >= 0.0 ? (s, Math.CopySign(d, z.Im)) : (d, Math.CopySign(s, z.Im));
    }

    // cmath_exp_impl, with its OverflowError when a part overflows.
    private static (double Re, double Im) Exp((double Re, double Im) z)
    {
        if (!double.IsFinite(z.Re) || !double.IsFinite(z.Im)) throw NotBuilt("exp");
        (double Re, double Im) r;
        if (z.Re > LogLargeDouble)
        {
            double l = Math.Exp(z.Re - 1.0);
            r = (l * Math.Cos(z.Im) * Math.E, l * Math.Sin(z.Im) * Math.E);
        }
        else
        {
            double l = Math.Exp(z.Re);
            r = (l * Math.Cos(z.Im), l * Math.Sin(z.Im));
        }
        if (double.IsInfinity(r.Re) || double.IsInfinity(r.Im)) throw PyErr.OverflowError("math range error");
        return r;
    }

    // c_log: log|z| computed without overflow for huge parts, with scaling for subnormal ones and log1p near |z| = 1.
    private static (double Re, double Im) Log((double Re, double Im) z, string name)
    {
        if (!double.IsFinite(z.Re) || !double.IsFinite(z.Im)) throw NotBuilt(name);
        double ax = Math.Abs(z.Re), ay = Math.Abs(z.Im), re;
        if (ax > LargeDouble || ay > LargeDouble) re = Math.Log(ComplexMath.Hypot(ax / 2.0, ay / 2.0)) + Ln2;
        else if (ax < DblMin && ay < DblMin)
        {
            if (ax > 0.0 || ay > 0.0)
                re = Math.Log(ComplexMath.Hypot(Math.ScaleB(ax, MantissaDigits), Math.ScaleB(ay, MantissaDigits))) - MantissaDigits * Ln2;
            else throw PyErr.ValueError("math domain error");
        }
        else
        {
            double h = ComplexMath.Hypot(ax, ay);
            if (0.71 <= h && h <= 1.73)
            {
                double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
                re = NativeMath.Log1P((am - 1) * (am + 1) + an * an) / 2.0;
            }
            else re = Math.Log(h);
        }
        return (re, Math.Atan2(z.Im, z.Re));
    }

    // c_atan2: the argument, with C99's answers for infinite parts.
    private static double Phase((double Re, double Im) z)
    {
        if (double.IsNaN(z.Re) || double.IsNaN(z.Im)) return double.NaN;
        if (double.IsInfinity(z.Im))
        {
            if (double.IsInfinity(z.Re)) return Math.CopySign(Math.CopySign(1.0, z.Re) == 1.0 ? 0.25 * Math.PI : 0.75 * Math.PI, z.Im);
            return Math.CopySign(0.5 * Math.PI, z.Im);
        }
        if (double.IsInfinity(z.Re) || z.Im == 0.0) return Math.CopySign(Math.CopySign(1.0, z.Re) == 1.0 ? 0.0 : Math.PI, z.Im);
        return Math.Atan2(z.Im, z.Re);
    }

    private static PyException NotBuilt(string name) =>
        PyErr.NotImplementedError($"GilGen's cmath.{name} does not support infinite or NaN arguments yet");

    // PyComplex_AsCComplex, with the message of cmath's argument conversion.
    private static (double Re, double Im) Argument(ThreadState ts, PyValue v, string name) =>
        ComplexMethods.TryParts(ts, v, useComplexMethod: true, out var parts, out _) ? parts : throw PyErr.TypeError($"must be real number, not {v.Type.Name}");

    private static double Real(PyValue v, string name) =>
        Numbers.TryDouble(v, out double d) ? d : throw PyErr.TypeError($"must be real number, not {v.Type.Name}");

    private static PyValue One(ReadOnlySpan<PyValue> a, string[]? kw, string name) => new BuiltinArguments("cmath." + name, a, kw).NoKeywords().Expect(1, 1)[0];

    private static void Unary(PyModule m, string name, Func<(double Re, double Im), (double Re, double Im)> f) =>
        m.AddFunction(name, (ts, a, kw) =>
        {
            var (re, im) = f(Argument(ts, One(a, kw, name), name));
            return PyValue.From(new PyComplex(re, im));
        });

    private static void Predicate(PyModule m, string name, Func<(double Re, double Im), bool> f) =>
        m.AddFunction(name, (ts, a, kw) => PyValue.Bool(f(Argument(ts, One(a, kw, name), name))));

#pragma warning disable CA2255 // ModuleInitializer in a library: intended, it only fills a name table
    [ModuleInitializer]
    internal static void Register() => ModuleRegistry.RegisterBuiltinModule("cmath", Create);
#pragma warning restore CA2255
}
