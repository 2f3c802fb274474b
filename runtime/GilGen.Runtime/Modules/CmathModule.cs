using System;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// The <c>cmath</c> module, all of CPython 3.12's: the constants and every function, computed as CPython computes them
/// (<see cref="CmathFunctions"/>, with the special-value tables of <see cref="CmathSpecialValues"/> for infinite and NaN
/// arguments) so results agree to the bit, and raising where CPython's errno says so: ValueError("math domain error")
/// for EDOM, OverflowError("math range error") for ERANGE.
/// </summary>
public static class CmathModule
{
    /// <summary>Makes cmath.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("cmath");
        MathModule.SetConstants(m);
        MathModule.SetOwned(m, "infj", PyValue.From(new PyComplex(0.0, double.PositiveInfinity)));
        MathModule.SetOwned(m, "nanj", PyValue.From(new PyComplex(0.0, CmathSpecialValues.NaN)));
        Unary(m, "acos", CmathFunctions.Acos);
        Unary(m, "acosh", CmathFunctions.Acosh);
        Unary(m, "asin", CmathFunctions.Asin);
        Unary(m, "asinh", CmathFunctions.Asinh);
        Unary(m, "atan", CmathFunctions.Atan);
        Unary(m, "atanh", CmathFunctions.Atanh);
        Unary(m, "cos", CmathFunctions.Cos);
        Unary(m, "cosh", CmathFunctions.Cosh);
        Unary(m, "exp", CmathFunctions.Exp);
        Unary(m, "log10", CmathFunctions.Log10);
        Unary(m, "sin", CmathFunctions.Sin);
        Unary(m, "sinh", CmathFunctions.Sinh);
        Unary(m, "sqrt", CmathFunctions.Sqrt);
        Unary(m, "tan", CmathFunctions.Tan);
        Unary(m, "tanh", CmathFunctions.Tanh);
        m.AddFunction("log", (ts2, a, kw) =>
        {
            new BuiltinArguments("log", a, kw).NoKeywords().Expect(1, 2);
            var x = CmathFunctions.Log(Argument(ts2, a[0], "log"), out var error);
            if (a.Length == 2)
            {
                // CPython's cmath_log_impl lets c_log of the base set errno afresh, so only the base's error counts
                // (log(0, 2) is -inf+nanj, no error), and _Py_c_quot adds EDOM for a zero divisor (log(2, 1)).
                var y = CmathFunctions.Log(Argument(ts2, a[1], "log"), out error);
                x = ComplexMath.Div(x, y, out var quotientError);
                if (quotientError != ComplexMath.Error.None) error = CmathFunctions.CmathError.Domain;
            }
            Check(error);
            return PyValue.From(new PyComplex(x.Re, x.Im));
        });
        m.AddFunction("phase", (ts2, a, kw) =>
        {
            double phi = CmathFunctions.Phase(Argument(ts2, One(a, kw, "phase"), "phase"), out var error);
            Check(error);
            return PyValue.Float(phi);
        });
        m.AddFunction("polar", (ts2, a, kw) =>
        {
            var z = Argument(ts2, One(a, kw, "polar"), "polar");
            double r = ComplexMath.Abs(z, out bool overflow);
            if (overflow) throw PyErr.OverflowError("math range error");
            // atan2's errno is overwritten by _Py_c_abs's in CPython, so the phase's underflow is no error here.
            var items = new[] { PyValue.Float(r), PyValue.Float(CmathFunctions.Phase(z, out _)) };
            return PyValue.From(new PyTuple(items));
        });
        m.AddFunction("rect", (ts2, a, kw) =>
        {
            new BuiltinArguments("rect", a, kw).NoKeywords().Expect(2, 2);
            double r = Real(a[0], "rect"), phi = Real(a[1], "rect");
            var z = CmathFunctions.Rect(r, phi, out var error);
            Check(error);
            return PyValue.From(new PyComplex(z.Re, z.Im));
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

    /// <summary>math_error, as the Py_complex_protected return converter applies it: EDOM and ERANGE become Python's errors.</summary>
    private static void Check(CmathFunctions.CmathError error)
    {
        if (error == CmathFunctions.CmathError.Domain) throw PyErr.ValueError("math domain error");
        if (error == CmathFunctions.CmathError.Range) throw PyErr.OverflowError("math range error");
    }

    // PyComplex_AsCComplex, with the message of cmath's argument conversion.
    private static (double Re, double Im) Argument(ThreadState ts, PyValue v, string name) =>
        ComplexMethods.TryParts(ts, v, useComplexMethod: true, out var parts, out _) ? parts : throw PyErr.TypeError($"must be real number, not {v.Type.Name}");

    private static double Real(PyValue v, string name) =>
        Numbers.TryDouble(v, out double d) ? d : throw PyErr.TypeError($"must be real number, not {v.Type.Name}");

    private static PyValue One(ReadOnlySpan<PyValue> a, string[]? kw, string name) => new BuiltinArguments("cmath." + name, a, kw).NoKeywords().Expect(1, 1)[0];

    // A function of one complex argument whose errno decides the error: the signature of CmathFunctions' functions.
    private delegate (double Re, double Im) ComplexFunction((double Re, double Im) z, out CmathFunctions.CmathError error);

    private static void Unary(PyModule m, string name, ComplexFunction f) =>
        m.AddFunction(name, (ts, a, kw) =>
        {
            var (re, im) = f(Argument(ts, One(a, kw, name), name), out var error);
            Check(error);
            return PyValue.From(new PyComplex(re, im));
        });

    private static void Predicate(PyModule m, string name, Func<(double Re, double Im), bool> f) =>
        m.AddFunction(name, (ts, a, kw) => PyValue.Bool(f(Argument(ts, One(a, kw, name), name))));

#pragma warning disable CA2255 // ModuleInitializer in a library: intended, it only fills a name table
    [ModuleInitializer]
    internal static void Register() => ModuleRegistry.RegisterBuiltinModule("cmath", Create);
#pragma warning restore CA2255
}
