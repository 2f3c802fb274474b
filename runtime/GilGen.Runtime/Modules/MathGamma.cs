using System;

namespace GilGen.Runtime;

/// <summary>
/// math.gamma and math.lgamma as CPython's mathmodule.c computes them (m_tgamma, m_lgamma): the Lanczos
/// approximation with its g = 6.0246..., a table for small integers and the reflection formula for negative
/// arguments, so the results are CPython's bit for bit. The error is reported as CPython's errno is.
/// </summary>
public static class MathGamma
{
    private const double LanczosG = 6.024680040776729583740234375;
    private const double LanczosGMinusHalf = 5.524680040776729583740234375;

    private static readonly double[] LanczosNum =
    {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };

    private static readonly double[] LanczosDen =
    {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };

    private static readonly double[] GammaIntegral =
    {
        1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0, 3628800.0, 39916800.0, 479001600.0, 6227020800.0,
        87178291200.0, 1307674368000.0, 20922789888000.0, 355687428096000.0, 6402373705728000.0, 121645100408832000.0,
        2432902008176640000.0, 51090942171709440000.0, 1124000727777607680000.0,
    };

    /// <summary>How the C function reported trouble: errno EDOM or ERANGE.</summary>
    internal enum Errno { None, Domain, Range }

    /// <summary>Installs gamma and lgamma on <paramref name="m"/>.</summary>
    public static void Install(PyModule m)
    {
        Add(m, "gamma", TGamma);
        Add(m, "lgamma", LGamma);
    }

    private static void Add(PyModule m, string name, Func<double, (double, Errno)> f) =>
        m.AddFunction(name, (ts, a, kw) =>
        {
            var x = new BuiltinArguments(name, a, kw).NoKeywords().Expect(1, 1)[0];
            if (!Numbers.TryDouble(x, out double d)) throw PyErr.TypeError($"must be real number, not {x.Type.Name}");
            var (r, errno) = f(d);
            // math_1a's is_error: EDOM is a domain error, ERANGE an overflow unless the result underflowed.
            if (errno == Errno.Domain) throw PyErr.ValueError("math domain error");
            if (errno == Errno.Range && Math.Abs(r) >= 1.5) throw PyErr.OverflowError("math range error");
            return PyValue.Float(r);
        });

    private static double LanczosSum(double x)
    {
        double num = 0.0, den = 0.0;
        if (x < 5.0)
        {
            for (int i = LanczosNum.Length; --i >= 0;)
            {
                num = num * x + LanczosNum[i];
                den = den * x + LanczosDen[i];
            }
        }
        else
        {
            for (int i = 0; i < LanczosNum.Length; i++)
            {
                num = num / x + LanczosNum[i];
                den = den / x + LanczosDen[i];
            }
        }
        return num / den;
    }

    /// <summary>sin(pi * x) for finite x, exact at the integers and half-integers.</summary>
    private static double SinPi(double x)
    {
        double y = Math.Abs(x) % 2.0;
        int n = (int)Math.Round(2.0 * y, MidpointRounding.AwayFromZero);
        double r = n switch
        {
            0 => Math.Sin(Math.PI * y),
            1 => Math.Cos(Math.PI * (y - 0.5)),
            2 => Math.Sin(Math.PI * (1.0 - y)),
            3 => -Math.Cos(Math.PI * (y - 1.5)),
            _ => Math.Sin(Math.PI * (y - 2.0)),
        };
        return Math.CopySign(1.0, x) * r;
    }

    private static (double, Errno) TGamma(double x)
    {
        if (!double.IsFinite(x)) return double.IsNaN(x) || x > 0.0 ? (x, Errno.None) : (double.NaN, Errno.Domain);
        if (x == 0.0) return (Math.CopySign(double.PositiveInfinity, x), Errno.Domain);
        if (x == Math.Floor(x))
        {
            if (x < 0.0) return (double.NaN, Errno.Domain);
            if (x <= GammaIntegral.Length) return (GammaIntegral[(int)x - 1], Errno.None);
        }
        double absx = Math.Abs(x);
        if (absx < 1e-20)
        {
            double tiny = 1.0 / x;
            return (tiny, double.IsInfinity(tiny) ? Errno.Range : Errno.None);
        }
        if (absx > 200.0) return x < 0.0 ? (0.0 / SinPi(x), Errno.None) : (double.PositiveInfinity, Errno.Range);

        double y = absx + LanczosGMinusHalf, z;
        // The error of the sum y, kept apart as mathmodule.c does.
        if (absx > LanczosGMinusHalf)
        {
            double q = y - absx;
            z = q - LanczosGMinusHalf;
        }
        else
        {
            double q = y - LanczosGMinusHalf;
            z = q - absx;
        }
        z = z * LanczosG / y;
        double r;
        if (x < 0.0)
        {
            r = -Math.PI / SinPi(absx) / absx * Math.Exp(y) / LanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) r /= Math.Pow(y, absx - 0.5);
            else
            {
                double sqrtpow = Math.Pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        }
        else
        {
            r = LanczosSum(absx) / Math.Exp(y);
            r += z * r;
            if (absx < 140.0) r *= Math.Pow(y, absx - 0.5);
            else
            {
                double sqrtpow = Math.Pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return (r, double.IsInfinity(r) ? Errno.Range : Errno.None);
    }

    internal static (double, Errno) LGamma(double x)
    {
        if (!double.IsFinite(x)) return double.IsNaN(x) ? (x, Errno.None) : (double.PositiveInfinity, Errno.None);
        if (x == Math.Floor(x) && x <= 2.0) return x <= 0.0 ? (double.PositiveInfinity, Errno.Domain) : (0.0, Errno.None);
        double absx = Math.Abs(x);
        if (absx < 1e-20) return (-Math.Log(absx), Errno.None);
        double r = Math.Log(LanczosSum(absx)) - LanczosG;
        r += (absx - 0.5) * (Math.Log(absx + LanczosG - 0.5) - 1);
        if (x < 0.0) r = Math.Log(Math.PI) - Math.Log(Math.Abs(SinPi(absx))) - Math.Log(absx) - r;
        return (r, double.IsInfinity(r) ? Errno.Range : Errno.None);
    }
}
