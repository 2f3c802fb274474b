using System;

namespace GilGen;

/// <summary>
/// CPython's complex arithmetic (Objects/complexobject.c: _Py_c_sum, _Py_c_diff, _Py_c_prod, _Py_c_quot, _Py_c_pow,
/// c_powi) and repr, on (real, imaginary) pairs. One file, compiled into both the runtime (complex objects) and the
/// netstandard2.0 compiler (constant folding, and the reprs dis prints), so a folded constant and the same expression
/// computed at run time agree to the bit.
/// </summary>
internal static class ComplexMath
{
    /// <summary>What went wrong in an operation, for the caller's Python error (CPython's errno).</summary>
    internal enum Error { None, ZeroDivision, ZeroToNegativePower, Overflow }

    public static (double Re, double Im) Add((double Re, double Im) a, (double Re, double Im) b) => (a.Re + b.Re, a.Im + b.Im);

    public static (double Re, double Im) Sub((double Re, double Im) a, (double Re, double Im) b) => (a.Re - b.Re, a.Im - b.Im);

    public static (double Re, double Im) Mul((double Re, double Im) a, (double Re, double Im) b) =>
        (a.Re * b.Re - a.Im * b.Im, a.Re * b.Im + a.Im * b.Re);

    /// <summary>_Py_c_quot: a / b, scaled by the larger part of b; ZeroDivision for b == 0.</summary>
    public static (double Re, double Im) Div((double Re, double Im) a, (double Re, double Im) b, out Error error)
    {
        error = Error.None;
        double absRe = Math.Abs(b.Re), absIm = Math.Abs(b.Im);
        if (absRe >= absIm)
        {
            if (absRe == 0.0)
            {
                error = Error.ZeroDivision;
                return (0.0, 0.0);
            }
            double ratio = b.Im / b.Re;
            double denom = b.Re + b.Im * ratio;
            return ((a.Re + a.Im * ratio) / denom, (a.Im - a.Re * ratio) / denom);
        }
        if (absIm >= absRe)
        {
            double ratio = b.Re / b.Im;
            double denom = b.Re * ratio + b.Im;
            return ((a.Re * ratio + a.Im) / denom, (a.Im * ratio - a.Re) / denom);
        }
        // At least one part of b is a NaN.
        return (double.NaN, double.NaN);
    }

    /// <summary>complex_pow: a small integral exponent by repeated squaring (c_powi), any other through polar form (_Py_c_pow).</summary>
    public static (double Re, double Im) Pow((double Re, double Im) a, (double Re, double Im) b, out Error error)
    {
        error = Error.None;
        (double Re, double Im) p;
        if (b.Im == 0.0 && b.Re == Math.Floor(b.Re) && Math.Abs(b.Re) <= 100.0)
        {
            long n = (long)b.Re;
            if (n > 0) p = PowUnsigned(a, n);
            else p = Div((1.0, 0.0), PowUnsigned(a, -n), out error);
            if (error == Error.ZeroDivision) error = Error.ZeroToNegativePower;
        }
        else p = PolarPow(a, b, out error);
        // _Py_ADJUST_ERANGE2: an infinite part from finite operands is an overflow.
        if (error == Error.None && (double.IsInfinity(p.Re) || double.IsInfinity(p.Im))) error = Error.Overflow;
        return p;
    }

    private static (double Re, double Im) PowUnsigned((double Re, double Im) x, long n)
    {
        (double Re, double Im) r = (1.0, 0.0), p = x;
        long mask = 1;
        while (mask > 0 && n >= mask)
        {
            if ((n & mask) != 0) r = Mul(r, p);
            mask <<= 1;
            p = Mul(p, p);
        }
        return r;
    }

    private static (double Re, double Im) PolarPow((double Re, double Im) a, (double Re, double Im) b, out Error error)
    {
        error = Error.None;
        if (b.Re == 0.0 && b.Im == 0.0) return (1.0, 0.0);
        if (a.Re == 0.0 && a.Im == 0.0)
        {
            if (b.Im != 0.0 || b.Re < 0.0) error = Error.ZeroToNegativePower;
            return (0.0, 0.0);
        }
        double vabs = Hypot(a.Re, a.Im);
        double len = Math.Pow(vabs, b.Re);
        double at = Math.Atan2(a.Im, a.Re);
        double phase = at * b.Re;
        if (b.Im != 0.0)
        {
            len /= Math.Exp(at * b.Im);
            phase += b.Im * Math.Log(vabs);
        }
        return (len * Math.Cos(phase), len * Math.Sin(phase));
    }

    /// <summary>
    /// hypot without intermediate overflow: in the runtime the C library's, as CPython's (GilGen.Runtime.NativeMath); in the
    /// compiler, which folds only constants, a scaled formula that can differ from it in the last bit.
    /// </summary>
    public static double Hypot(double x, double y)
    {
#if NET7_0_OR_GREATER
        return GilGen.Runtime.NativeMath.Hypot(x, y);
#else
        if (double.IsInfinity(x) || double.IsInfinity(y)) return double.PositiveInfinity;
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        x = Math.Abs(x);
        y = Math.Abs(y);
        if (x < y) (x, y) = (y, x);
        if (x == 0.0) return 0.0;
        double r = y / x;
        return x * Math.Sqrt(1.0 + r * r);
#endif
    }

    /// <summary>
    /// _Py_c_abs: the modulus, infinite when a part is (even beside a NaN); <paramref name="overflow"/> when it is infinite
    /// from finite parts (complex abs and cmath each raise their own OverflowError then).
    /// </summary>
    public static double Abs((double Re, double Im) z, out bool overflow)
    {
        // A NaN part beside no infinite one: _Py_c_abs answers Py_NAN (sign bit clear) rather than hypot's NaN, which
        // carries the argument's sign.
        if ((double.IsNaN(z.Re) || double.IsNaN(z.Im)) && !double.IsInfinity(z.Re) && !double.IsInfinity(z.Im))
        {
            overflow = false;
            return BitConverter.Int64BitsToDouble(0x7FF8000000000000);
        }
        double r = Hypot(z.Re, z.Im);
        overflow = double.IsInfinity(r) && !double.IsInfinity(z.Re) && !double.IsInfinity(z.Im) && !double.IsNaN(z.Re) && !double.IsNaN(z.Im);
        return r;
    }

    /// <summary>
    /// complex_repr: the imaginary part alone when the real part is +0 (<c>1j</c>, <c>-2.5j</c>), else both in parentheses
    /// (<c>(1+2j)</c>, <c>(-0-1j)</c>); each part as <see cref="PartRepr"/>.
    /// </summary>
    public static string Repr(double re, double im, Func<double, string> floatRepr)
    {
        if (re == 0.0 && !IsNegative(re)) return PartRepr(im, floatRepr) + "j";
        string imag = PartRepr(im, floatRepr);
        if (imag[0] != '-') imag = "+" + imag;
        return "(" + PartRepr(re, floatRepr) + imag + "j)";
    }

    /// <summary>A part as complex's repr writes it: repr(float) without the ".0" it adds to an integral value ('r' format, no Py_DTSF_ADD_DOT_0).</summary>
    public static string PartRepr(double d, Func<double, string> floatRepr)
    {
        var s = floatRepr(d);
        return s.EndsWith(".0", StringComparison.Ordinal) ? s.Substring(0, s.Length - 2) : s;
    }

    private static bool IsNegative(double d) => BitConverter.DoubleToInt64Bits(d) < 0;
}
