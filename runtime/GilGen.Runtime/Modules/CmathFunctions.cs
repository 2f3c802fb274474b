using System;

namespace GilGen.Runtime;

/// <summary>
/// The computations behind cmath, each CPython 3.12's (Modules/cmathmodule.c) step for step over the same C library
/// functions (.NET's Math calls the C library's on Linux; log1p and hypot come from <see cref="NativeMath"/>), so results
/// agree to the bit. Each returns the C99 Annex G result and, as CPython's functions set errno, an
/// <see cref="CmathError"/>: <see cref="CmathError.Domain"/> where Annex G signals divide-by-zero or invalid (the
/// module raises ValueError), <see cref="CmathError.Range"/> where it signals overflow (OverflowError).
/// </summary>
internal static class CmathFunctions
{
    /// <summary>CPython's errno after a cmath function: 0, EDOM or ERANGE.</summary>
    internal enum CmathError { None, Domain, Range }

    // DBL_MANT_DIG and the scale factors cmathmodule.c derives from it (CM_SCALE_UP, CM_SCALE_DOWN).
    private const int MantissaDigits = 53;
    private const int ScaleUp = 2 * (MantissaDigits / 2) + 1;
    private const int ScaleDown = -(ScaleUp + 1) / 2;
    private const double Ln2 = 0.6931471805599453094;
    private const double Ln10 = 2.302585092994045684;
    // DBL_MIN, the smallest normal double.
    private const double DblMin = 2.2250738585072014e-308;
    private const double Inf = double.PositiveInfinity;
    // CM_LARGE_DOUBLE and the values derived from it: past them the usual formulas would overflow needlessly.
    private static readonly double LargeDouble = double.MaxValue / 4.0;
    private static readonly double SqrtLargeDouble = Math.Sqrt(LargeDouble);
    private static readonly double LogLargeDouble = Math.Log(LargeDouble);
    private static readonly double SqrtDblMin = Math.Sqrt(DblMin);

    private static bool IsFinite((double Re, double Im) z) => double.IsFinite(z.Re) && double.IsFinite(z.Im);

    /// <summary>cmath_acos_impl: from the square roots of 1 - z and 1 + z; log|z| directly for huge parts.</summary>
    public static (double Re, double Im) Acos((double Re, double Im) z, out CmathError error)
    {
        error = CmathError.None;
        if (!IsFinite(z)) return CmathSpecialValues.Lookup(CmathSpecialValues.Acos, z);
        if (Math.Abs(z.Re) > LargeDouble || Math.Abs(z.Im) > LargeDouble)
        {
            // acos(z) ~ -i log(2z) there; halving the parts keeps hypot from overflowing. The two cases keep the branch
            // cut's continuity, as CPython's do.
            double re = Math.Atan2(Math.Abs(z.Im), z.Re);
            double logModulus = Math.Log(ComplexMath.Hypot(z.Re / 2.0, z.Im / 2.0)) + Ln2 * 2.0;
            return z.Re < 0.0 ? (re, -Math.CopySign(logModulus, z.Im)) : (re, Math.CopySign(logModulus, -z.Im));
        }
        var s1 = Sqrt((1.0 - z.Re, -z.Im), out _);
        var s2 = Sqrt((1.0 + z.Re, z.Im), out _);
        return (2.0 * Math.Atan2(s1.Re, s2.Re), Math.Asinh(s2.Re * s1.Im - s2.Im * s1.Re));
    }

    /// <summary>cmath_acosh_impl: from the square roots of z - 1 and z + 1; log|z| directly for huge parts.</summary>
    public static (double Re, double Im) Acosh((double Re, double Im) z, out CmathError error)
    {
        error = CmathError.None;
        if (!IsFinite(z)) return CmathSpecialValues.Lookup(CmathSpecialValues.Acosh, z);
        if (Math.Abs(z.Re) > LargeDouble || Math.Abs(z.Im) > LargeDouble)
            return (Math.Log(ComplexMath.Hypot(z.Re / 2.0, z.Im / 2.0)) + Ln2 * 2.0, Math.Atan2(z.Im, z.Re));
        var s1 = Sqrt((z.Re - 1.0, z.Im), out _);
        var s2 = Sqrt((z.Re + 1.0, z.Im), out _);
        return (Math.Asinh(s1.Re * s2.Re + s1.Im * s2.Im), 2.0 * Math.Atan2(s1.Im, s2.Re));
    }

    /// <summary>cmath_asin_impl: asin(z) = -i asinh(iz), so the branch cuts and special values are asinh's.</summary>
    public static (double Re, double Im) Asin((double Re, double Im) z, out CmathError error)
    {
        var s = Asinh((-z.Im, z.Re), out error);
        return (s.Im, -s.Re);
    }

    /// <summary>cmath_asinh_impl: from the square roots of 1 + iz and 1 - iz; log|z| directly for huge parts.</summary>
    public static (double Re, double Im) Asinh((double Re, double Im) z, out CmathError error)
    {
        error = CmathError.None;
        if (!IsFinite(z)) return CmathSpecialValues.Lookup(CmathSpecialValues.Asinh, z);
        if (Math.Abs(z.Re) > LargeDouble || Math.Abs(z.Im) > LargeDouble)
        {
            double logModulus = Math.Log(ComplexMath.Hypot(z.Re / 2.0, z.Im / 2.0)) + Ln2 * 2.0;
            double re = z.Im >= 0.0 ? Math.CopySign(logModulus, z.Re) : -Math.CopySign(logModulus, -z.Re);
            return (re, Math.Atan2(z.Im, Math.Abs(z.Re)));
        }
        var s1 = Sqrt((1.0 + z.Im, -z.Re), out _);
        var s2 = Sqrt((1.0 - z.Im, z.Re), out _);
        return (Math.Asinh(s1.Re * s2.Im - s2.Re * s1.Im), Math.Atan2(z.Im, s1.Re * s2.Re - s1.Im * s2.Im));
    }

    /// <summary>cmath_atan_impl: atan(z) = -i atanh(iz), so atan(±1j) is atanh's domain error.</summary>
    public static (double Re, double Im) Atan((double Re, double Im) z, out CmathError error)
    {
        var s = Atanh((-z.Im, z.Re), out error);
        return (s.Im, -s.Re);
    }

    /// <summary>
    /// cmath_atanh_impl: reduced to a nonnegative real part by atanh(-z) = -atanh(z); 1/z ± iπ/2 for huge z; C99's
    /// infinity at 1 ± 0j (a domain error), a formula of its own just off it; log1p elsewhere.
    /// </summary>
    public static (double Re, double Im) Atanh((double Re, double Im) z, out CmathError error)
    {
        error = CmathError.None;
        if (!IsFinite(z)) return CmathSpecialValues.Lookup(CmathSpecialValues.Atanh, z);
        if (z.Re < 0.0)
        {
            var n = Atanh((-z.Re, -z.Im), out error);
            return (-n.Re, -n.Im);
        }
        double ay = Math.Abs(z.Im);
        if (z.Re > SqrtLargeDouble || ay > SqrtLargeDouble)
        {
            double h = ComplexMath.Hypot(z.Re / 2.0, z.Im / 2.0);
            // The two negations cancel except for a zero imaginary part, where they keep the cut's continuity.
            return (z.Re / 4.0 / h / h, -Math.CopySign(Math.PI / 2.0, -z.Im));
        }
        if (z.Re == 1.0 && ay < SqrtDblMin)
        {
            if (ay == 0.0)
            {
                error = CmathError.Domain;
                return (Inf, z.Im);
            }
            return (-Math.Log(Math.Sqrt(ay) / Math.Sqrt(ComplexMath.Hypot(ay, 2.0))), Math.CopySign(Math.Atan2(2.0, -ay) / 2, z.Im));
        }
        return (NativeMath.Log1P(4.0 * z.Re / ((1 - z.Re) * (1 - z.Re) + ay * ay)) / 4.0,
                -Math.Atan2(-2.0 * z.Im, (1 - z.Re) * (1 + z.Re) - ay * ay) / 2.0);
    }

    /// <summary>cmath_cos_impl: cos(z) = cosh(iz).</summary>
    public static (double Re, double Im) Cos((double Re, double Im) z, out CmathError error) => Cosh((-z.Im, z.Re), out error);

    /// <summary>
    /// cmath_cosh_impl: an infinite real part beside a finite nonzero imaginary one gets its infinities' signs from cos and
    /// sin; other special values from the table (a domain error for an infinite imaginary part beside a non-NaN); an overflow
    /// is a range error, avoided where only cosh of the real part would overflow by taking e out of it.
    /// </summary>
    public static (double Re, double Im) Cosh((double Re, double Im) z, out CmathError error)
    {
        if (!IsFinite(z))
        {
            (double Re, double Im) s;
            if (double.IsInfinity(z.Re) && double.IsFinite(z.Im) && z.Im != 0.0)
                s = z.Re > 0
                    ? (Math.CopySign(Inf, Math.Cos(z.Im)), Math.CopySign(Inf, Math.Sin(z.Im)))
                    : (Math.CopySign(Inf, Math.Cos(z.Im)), -Math.CopySign(Inf, Math.Sin(z.Im)));
            else s = CmathSpecialValues.Lookup(CmathSpecialValues.Cosh, z);
            error = double.IsInfinity(z.Im) && !double.IsNaN(z.Re) ? CmathError.Domain : CmathError.None;
            return s;
        }
        (double Re, double Im) r;
        if (Math.Abs(z.Re) > LogLargeDouble)
        {
            double xMinusOne = z.Re - Math.CopySign(1.0, z.Re);
            r = (Math.Cos(z.Im) * Math.Cosh(xMinusOne) * Math.E, Math.Sin(z.Im) * Math.Sinh(xMinusOne) * Math.E);
        }
        else r = (Math.Cos(z.Im) * Math.Cosh(z.Re), Math.Sin(z.Im) * Math.Sinh(z.Re));
        error = OverflowOf(r);
        return r;
    }

    /// <summary>
    /// cmath_exp_impl: as cosh for special values (the infinities' or zeros' signs from cos and sin; a domain error for an
    /// infinite imaginary part beside a finite or +inf real one); e taken out of exp for a real part near overflow.
    /// </summary>
    public static (double Re, double Im) Exp((double Re, double Im) z, out CmathError error)
    {
        if (!IsFinite(z))
        {
            (double Re, double Im) s;
            if (double.IsInfinity(z.Re) && double.IsFinite(z.Im) && z.Im != 0.0)
                s = z.Re > 0
                    ? (Math.CopySign(Inf, Math.Cos(z.Im)), Math.CopySign(Inf, Math.Sin(z.Im)))
                    : (Math.CopySign(0.0, Math.Cos(z.Im)), Math.CopySign(0.0, Math.Sin(z.Im)));
            else s = CmathSpecialValues.Lookup(CmathSpecialValues.Exp, z);
            error = double.IsInfinity(z.Im) && (double.IsFinite(z.Re) || (double.IsInfinity(z.Re) && z.Re > 0)) ? CmathError.Domain : CmathError.None;
            return s;
        }
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
        error = OverflowOf(r);
        return r;
    }

    /// <summary>
    /// c_log: log|z| without overflow for huge parts, with scaling for subnormal ones and log1p near |z| = 1; log(±0 ± 0j)
    /// is -inf with a domain error.
    /// </summary>
    public static (double Re, double Im) Log((double Re, double Im) z, out CmathError error)
    {
        error = CmathError.None;
        if (!IsFinite(z)) return CmathSpecialValues.Lookup(CmathSpecialValues.Log, z);
        double ax = Math.Abs(z.Re), ay = Math.Abs(z.Im), re;
        if (ax > LargeDouble || ay > LargeDouble) re = Math.Log(ComplexMath.Hypot(ax / 2.0, ay / 2.0)) + Ln2;
        else if (ax < DblMin && ay < DblMin)
        {
            if (ax > 0.0 || ay > 0.0)
                re = Math.Log(ComplexMath.Hypot(Math.ScaleB(ax, MantissaDigits), Math.ScaleB(ay, MantissaDigits))) - MantissaDigits * Ln2;
            else
            {
                error = CmathError.Domain;
                return (-Inf, Math.Atan2(z.Im, z.Re));
            }
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

    /// <summary>cmath_log10_impl: c_log scaled by 1/ln 10, with c_log's error.</summary>
    public static (double Re, double Im) Log10((double Re, double Im) z, out CmathError error)
    {
        var r = Log(z, out error);
        return (r.Re / Ln10, r.Im / Ln10);
    }

    /// <summary>cmath_sin_impl: sin(z) = -i sinh(iz).</summary>
    public static (double Re, double Im) Sin((double Re, double Im) z, out CmathError error)
    {
        var s = Sinh((-z.Im, z.Re), out error);
        return (s.Im, -s.Re);
    }

    /// <summary>cmath_sinh_impl: as <see cref="Cosh"/>, with sinh's signs.</summary>
    public static (double Re, double Im) Sinh((double Re, double Im) z, out CmathError error)
    {
        if (!IsFinite(z))
        {
            (double Re, double Im) s;
            if (double.IsInfinity(z.Re) && double.IsFinite(z.Im) && z.Im != 0.0)
                s = z.Re > 0
                    ? (Math.CopySign(Inf, Math.Cos(z.Im)), Math.CopySign(Inf, Math.Sin(z.Im)))
                    : (-Math.CopySign(Inf, Math.Cos(z.Im)), Math.CopySign(Inf, Math.Sin(z.Im)));
            else s = CmathSpecialValues.Lookup(CmathSpecialValues.Sinh, z);
            error = double.IsInfinity(z.Im) && !double.IsNaN(z.Re) ? CmathError.Domain : CmathError.None;
            return s;
        }
        (double Re, double Im) r;
        if (Math.Abs(z.Re) > LogLargeDouble)
        {
            double xMinusOne = z.Re - Math.CopySign(1.0, z.Re);
            r = (Math.Cos(z.Im) * Math.Sinh(xMinusOne) * Math.E, Math.Sin(z.Im) * Math.Cosh(xMinusOne) * Math.E);
        }
        else r = (Math.Cos(z.Im) * Math.Sinh(z.Re), Math.Sin(z.Im) * Math.Cosh(z.Re));
        error = OverflowOf(r);
        return r;
    }

    /// <summary>
    /// cmath_sqrt_impl: the square root of |z| scaled by 8 (or, for subnormal parts, by 2**53) so that neither the sum nor
    /// the hypotenuse over- or underflows. Never an error.
    /// </summary>
    public static (double Re, double Im) Sqrt((double Re, double Im) z, out CmathError error)
    {
        error = CmathError.None;
        if (!IsFinite(z)) return CmathSpecialValues.Lookup(CmathSpecialValues.Sqrt, z);
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

    /// <summary>cmath_tan_impl: tan(z) = -i tanh(iz).</summary>
    public static (double Re, double Im) Tan((double Re, double Im) z, out CmathError error)
    {
        var s = Tanh((-z.Im, z.Re), out error);
        return (s.Im, -s.Re);
    }

    /// <summary>
    /// cmath_tanh_impl: (tanh x (1 + tan² y) + i tan y / cosh² x) / (1 + tan² y tanh² x), with 1 - tanh² x as 1/cosh² x
    /// for accuracy and, for a huge real part, as 4 exp(-2|x|) so that cosh does not overflow. Special values as
    /// <see cref="Cosh"/>, ±1 ± 0j for an infinite real part; a domain error for an infinite imaginary part beside a finite
    /// real one. Never an overflow.
    /// </summary>
    public static (double Re, double Im) Tanh((double Re, double Im) z, out CmathError error)
    {
        if (!IsFinite(z))
        {
            (double Re, double Im) s;
            if (double.IsInfinity(z.Re) && double.IsFinite(z.Im) && z.Im != 0.0)
                s = (z.Re > 0 ? 1.0 : -1.0, Math.CopySign(0.0, 2.0 * Math.Sin(z.Im) * Math.Cos(z.Im)));
            else s = CmathSpecialValues.Lookup(CmathSpecialValues.Tanh, z);
            error = double.IsInfinity(z.Im) && double.IsFinite(z.Re) ? CmathError.Domain : CmathError.None;
            return s;
        }
        error = CmathError.None;
        if (Math.Abs(z.Re) > LogLargeDouble)
            return (Math.CopySign(1.0, z.Re), 4.0 * Math.Sin(z.Im) * Math.Cos(z.Im) * Math.Exp(-2.0 * Math.Abs(z.Re)));
        double tx = Math.Tanh(z.Re), ty = Math.Tan(z.Im), cx = 1.0 / Math.Cosh(z.Re);
        double txty = tx * ty, denom = 1.0 + txty * txty;
        return (tx * (1.0 + ty * ty) / denom, ty / denom * cx * cx);
    }

    /// <summary>
    /// cmath_rect_impl: r (cos phi + i sin phi), keeping phi's sign for phi == 0 (bpo-18513); for non-finite arguments "the
    /// spirit of C99": rect(r, t) as exp(log r + it) for positive-signed r, -exp(log(-r) + it) for negative-signed r, and a
    /// domain error for a nonzero r beside an infinite phi.
    /// </summary>
    public static (double Re, double Im) Rect(double r, double phi, out CmathError error)
    {
        error = CmathError.None;
        if (!double.IsFinite(r) || !double.IsFinite(phi))
        {
            (double Re, double Im) s;
            if (double.IsInfinity(r) && double.IsFinite(phi) && phi != 0.0)
                s = r > 0
                    ? (Math.CopySign(Inf, Math.Cos(phi)), Math.CopySign(Inf, Math.Sin(phi)))
                    : (-Math.CopySign(Inf, Math.Cos(phi)), -Math.CopySign(Inf, Math.Sin(phi)));
            else s = CmathSpecialValues.Lookup(CmathSpecialValues.Rect, (r, phi));
            if (r != 0.0 && !double.IsNaN(r) && double.IsInfinity(phi)) error = CmathError.Domain;
            return s;
        }
        return phi == 0.0 ? (r, r * phi) : (r * Math.Cos(phi), r * Math.Sin(phi));
    }

    /// <summary>
    /// c_atan2: the argument, with C99's answers for infinite parts (whatever the platform's atan2 gives).
    /// <paramref name="error"/> is the errno the C library's atan2 leaves: glibc's sets ERANGE when a nonzero y over a
    /// finite x underflows to 0 (phase(4+5e-324j)), which cmath.phase reports as an OverflowError and cmath.polar
    /// never sees (its _Py_c_abs resets errno).
    /// </summary>
    public static double Phase((double Re, double Im) z, out CmathError error)
    {
        error = CmathError.None;
        if (double.IsNaN(z.Re) || double.IsNaN(z.Im)) return CmathSpecialValues.NaN;
        if (double.IsInfinity(z.Im))
        {
            if (double.IsInfinity(z.Re)) return Math.CopySign(Math.CopySign(1.0, z.Re) == 1.0 ? 0.25 * Math.PI : 0.75 * Math.PI, z.Im);
            return Math.CopySign(0.5 * Math.PI, z.Im);
        }
        if (double.IsInfinity(z.Re) || z.Im == 0.0) return Math.CopySign(Math.CopySign(1.0, z.Re) == 1.0 ? 0.0 : Math.PI, z.Im);
        double phi = Math.Atan2(z.Im, z.Re);
        // Both parts are finite and z.Im is nonzero here: glibc's test reduces to the result alone.
        if (phi == 0.0) error = CmathError.Range;
        return phi;
    }

    // The overflow test the exponential functions end with: an infinite part from finite arguments is ERANGE.
    private static CmathError OverflowOf((double Re, double Im) r) =>
        double.IsInfinity(r.Re) || double.IsInfinity(r.Im) ? CmathError.Range : CmathError.None;
}
