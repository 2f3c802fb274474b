using System;

namespace GilGen.Runtime;

/// <summary>
/// cmath's answers for an infinite or NaN argument: CPython's tables (Modules/cmathmodule.c, filled in cmath_exec), which
/// give C99 Annex G's results, indexed by the <see cref="SpecialType"/> of the real part (row) and of the imaginary part
/// (column). The cells where both parts are finite and nonzero are never read: CPython fills them with an unlikely
/// placeholder, and so does this file, so that a cell read by mistake shows rather than passing for a result.
/// </summary>
internal static class CmathSpecialValues
{
    /// <summary>special_type's classes of a double; the order is the tables' row and column order.</summary>
    internal enum SpecialType { NegativeInfinity, Negative, NegativeZero, PositiveZero, Positive, PositiveInfinity, NaN }

    private const double P = Math.PI;
    private const double P14 = 0.25 * Math.PI;
    private const double P12 = 0.5 * Math.PI;
    private const double P34 = 0.75 * Math.PI;
    private const double Inf = double.PositiveInfinity;
    /// <summary>Py_NAN (<see cref="Numbers.PositiveNaN"/>): the tables (and c_atan2) answer with C's NaN.</summary>
    public static readonly double NaN = Numbers.PositiveNaN;
    private static readonly double N = NaN;
    // CPython's placeholder for the unreachable finite cells.
    private const double U = -9.5426319407711027e33;

    /// <summary>special_type: the class of <paramref name="d"/>, by sign and finiteness (zeros by their sign bit).</summary>
    public static SpecialType Classify(double d)
    {
        if (double.IsFinite(d))
        {
            bool positive = Math.CopySign(1.0, d) == 1.0;
            if (d != 0) return positive ? SpecialType.Positive : SpecialType.Negative;
            return positive ? SpecialType.PositiveZero : SpecialType.NegativeZero;
        }
        if (double.IsNaN(d)) return SpecialType.NaN;
        return Math.CopySign(1.0, d) == 1.0 ? SpecialType.PositiveInfinity : SpecialType.NegativeInfinity;
    }

    /// <summary>The cell of <paramref name="table"/> for <paramref name="z"/>'s parts.</summary>
    public static (double Re, double Im) Lookup((double Re, double Im)[,] table, (double Re, double Im) z) =>
        table[(int)Classify(z.Re), (int)Classify(z.Im)];

    /// <summary>acos.</summary>
    public static readonly (double Re, double Im)[,] Acos =
    {
        { (P34, Inf), (P, Inf), (P, Inf), (P, -Inf), (P, -Inf), (P34, -Inf), (N, Inf) },
        { (P12, Inf), (U, U), (U, U), (U, U), (U, U), (P12, -Inf), (N, N) },
        { (P12, Inf), (U, U), (P12, 0.0), (P12, -0.0), (U, U), (P12, -Inf), (P12, N) },
        { (P12, Inf), (U, U), (P12, 0.0), (P12, -0.0), (U, U), (P12, -Inf), (P12, N) },
        { (P12, Inf), (U, U), (U, U), (U, U), (U, U), (P12, -Inf), (N, N) },
        { (P14, Inf), (0.0, Inf), (0.0, Inf), (0.0, -Inf), (0.0, -Inf), (P14, -Inf), (N, Inf) },
        { (N, Inf), (N, N), (N, N), (N, N), (N, N), (N, -Inf), (N, N) },
    };

    /// <summary>acosh.</summary>
    public static readonly (double Re, double Im)[,] Acosh =
    {
        { (Inf, -P34), (Inf, -P), (Inf, -P), (Inf, P), (Inf, P), (Inf, P34), (Inf, N) },
        { (Inf, -P12), (U, U), (U, U), (U, U), (U, U), (Inf, P12), (N, N) },
        { (Inf, -P12), (U, U), (0.0, -P12), (0.0, P12), (U, U), (Inf, P12), (N, N) },
        { (Inf, -P12), (U, U), (0.0, -P12), (0.0, P12), (U, U), (Inf, P12), (N, N) },
        { (Inf, -P12), (U, U), (U, U), (U, U), (U, U), (Inf, P12), (N, N) },
        { (Inf, -P14), (Inf, -0.0), (Inf, -0.0), (Inf, 0.0), (Inf, 0.0), (Inf, P14), (Inf, N) },
        { (Inf, N), (N, N), (N, N), (N, N), (N, N), (Inf, N), (N, N) },
    };

    /// <summary>asinh (and, through asin(z) = -i asinh(iz), asin).</summary>
    public static readonly (double Re, double Im)[,] Asinh =
    {
        { (-Inf, -P14), (-Inf, -0.0), (-Inf, -0.0), (-Inf, 0.0), (-Inf, 0.0), (-Inf, P14), (-Inf, N) },
        { (-Inf, -P12), (U, U), (U, U), (U, U), (U, U), (-Inf, P12), (N, N) },
        { (-Inf, -P12), (U, U), (-0.0, -0.0), (-0.0, 0.0), (U, U), (-Inf, P12), (N, N) },
        { (Inf, -P12), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (Inf, P12), (N, N) },
        { (Inf, -P12), (U, U), (U, U), (U, U), (U, U), (Inf, P12), (N, N) },
        { (Inf, -P14), (Inf, -0.0), (Inf, -0.0), (Inf, 0.0), (Inf, 0.0), (Inf, P14), (Inf, N) },
        { (Inf, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (Inf, N), (N, N) },
    };

    /// <summary>atanh (and, through atan(z) = -i atanh(iz), atan).</summary>
    public static readonly (double Re, double Im)[,] Atanh =
    {
        { (-0.0, -P12), (-0.0, -P12), (-0.0, -P12), (-0.0, P12), (-0.0, P12), (-0.0, P12), (-0.0, N) },
        { (-0.0, -P12), (U, U), (U, U), (U, U), (U, U), (-0.0, P12), (N, N) },
        { (-0.0, -P12), (U, U), (-0.0, -0.0), (-0.0, 0.0), (U, U), (-0.0, P12), (-0.0, N) },
        { (0.0, -P12), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (0.0, P12), (0.0, N) },
        { (0.0, -P12), (U, U), (U, U), (U, U), (U, U), (0.0, P12), (N, N) },
        { (0.0, -P12), (0.0, -P12), (0.0, -P12), (0.0, P12), (0.0, P12), (0.0, P12), (0.0, N) },
        { (0.0, -P12), (N, N), (N, N), (N, N), (N, N), (0.0, P12), (N, N) },
    };

    /// <summary>cosh (and, through cos(z) = cosh(iz), cos); an infinite real part beside a finite nonzero imaginary one is computed, not read.</summary>
    public static readonly (double Re, double Im)[,] Cosh =
    {
        { (Inf, N), (U, U), (Inf, 0.0), (Inf, -0.0), (U, U), (Inf, N), (Inf, N) },
        { (N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N) },
        { (N, 0.0), (U, U), (1.0, 0.0), (1.0, -0.0), (U, U), (N, 0.0), (N, 0.0) },
        { (N, 0.0), (U, U), (1.0, -0.0), (1.0, 0.0), (U, U), (N, 0.0), (N, 0.0) },
        { (N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N) },
        { (Inf, N), (U, U), (Inf, -0.0), (Inf, 0.0), (U, U), (Inf, N), (Inf, N) },
        { (N, N), (N, N), (N, 0.0), (N, 0.0), (N, N), (N, N), (N, N) },
    };

    /// <summary>exp; an infinite real part beside a finite nonzero imaginary one is computed, not read.</summary>
    public static readonly (double Re, double Im)[,] Exp =
    {
        { (0.0, 0.0), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (0.0, 0.0), (0.0, 0.0) },
        { (N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N) },
        { (N, N), (U, U), (1.0, -0.0), (1.0, 0.0), (U, U), (N, N), (N, N) },
        { (N, N), (U, U), (1.0, -0.0), (1.0, 0.0), (U, U), (N, N), (N, N) },
        { (N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N) },
        { (Inf, N), (U, U), (Inf, -0.0), (Inf, 0.0), (U, U), (Inf, N), (Inf, N) },
        { (N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N) },
    };

    /// <summary>log (and log10, which scales it).</summary>
    public static readonly (double Re, double Im)[,] Log =
    {
        { (Inf, -P34), (Inf, -P), (Inf, -P), (Inf, P), (Inf, P), (Inf, P34), (Inf, N) },
        { (Inf, -P12), (U, U), (U, U), (U, U), (U, U), (Inf, P12), (N, N) },
        { (Inf, -P12), (U, U), (-Inf, -P), (-Inf, P), (U, U), (Inf, P12), (N, N) },
        { (Inf, -P12), (U, U), (-Inf, -0.0), (-Inf, 0.0), (U, U), (Inf, P12), (N, N) },
        { (Inf, -P12), (U, U), (U, U), (U, U), (U, U), (Inf, P12), (N, N) },
        { (Inf, -P14), (Inf, -0.0), (Inf, -0.0), (Inf, 0.0), (Inf, 0.0), (Inf, P14), (Inf, N) },
        { (Inf, N), (N, N), (N, N), (N, N), (N, N), (Inf, N), (N, N) },
    };

    /// <summary>sinh (and, through sin(z) = -i sinh(iz), sin); an infinite real part beside a finite nonzero imaginary one is computed, not read.</summary>
    public static readonly (double Re, double Im)[,] Sinh =
    {
        { (Inf, N), (U, U), (-Inf, -0.0), (-Inf, 0.0), (U, U), (Inf, N), (Inf, N) },
        { (N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N) },
        { (0.0, N), (U, U), (-0.0, -0.0), (-0.0, 0.0), (U, U), (0.0, N), (0.0, N) },
        { (0.0, N), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (0.0, N), (0.0, N) },
        { (N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N) },
        { (Inf, N), (U, U), (Inf, -0.0), (Inf, 0.0), (U, U), (Inf, N), (Inf, N) },
        { (N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N) },
    };

    /// <summary>sqrt.</summary>
    public static readonly (double Re, double Im)[,] Sqrt =
    {
        { (Inf, -Inf), (0.0, -Inf), (0.0, -Inf), (0.0, Inf), (0.0, Inf), (Inf, Inf), (N, Inf) },
        { (Inf, -Inf), (U, U), (U, U), (U, U), (U, U), (Inf, Inf), (N, N) },
        { (Inf, -Inf), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (Inf, Inf), (N, N) },
        { (Inf, -Inf), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (Inf, Inf), (N, N) },
        { (Inf, -Inf), (U, U), (U, U), (U, U), (U, U), (Inf, Inf), (N, N) },
        { (Inf, -Inf), (Inf, -0.0), (Inf, -0.0), (Inf, 0.0), (Inf, 0.0), (Inf, Inf), (Inf, N) },
        { (Inf, -Inf), (N, N), (N, N), (N, N), (N, N), (Inf, Inf), (N, N) },
    };

    /// <summary>tanh (and, through tan(z) = -i tanh(iz), tan); an infinite real part beside a finite nonzero imaginary one is computed, not read.</summary>
    public static readonly (double Re, double Im)[,] Tanh =
    {
        { (-1.0, 0.0), (U, U), (-1.0, -0.0), (-1.0, 0.0), (U, U), (-1.0, 0.0), (-1.0, 0.0) },
        { (N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N) },
        { (N, N), (U, U), (-0.0, -0.0), (-0.0, 0.0), (U, U), (N, N), (N, N) },
        { (N, N), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (N, N), (N, N) },
        { (N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N) },
        { (1.0, 0.0), (U, U), (1.0, -0.0), (1.0, 0.0), (U, U), (1.0, 0.0), (1.0, 0.0) },
        { (N, N), (N, N), (N, -0.0), (N, 0.0), (N, N), (N, N), (N, N) },
    };

    /// <summary>rect, indexed by r (row) and phi (column); an infinite r beside a finite nonzero phi is computed, not read.</summary>
    public static readonly (double Re, double Im)[,] Rect =
    {
        { (Inf, N), (U, U), (-Inf, 0.0), (-Inf, -0.0), (U, U), (Inf, N), (Inf, N) },
        { (N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N) },
        { (0.0, 0.0), (U, U), (-0.0, 0.0), (-0.0, -0.0), (U, U), (0.0, 0.0), (0.0, 0.0) },
        { (0.0, 0.0), (U, U), (0.0, -0.0), (0.0, 0.0), (U, U), (0.0, 0.0), (0.0, 0.0) },
        { (N, N), (U, U), (U, U), (U, U), (U, U), (N, N), (N, N) },
        { (Inf, N), (U, U), (Inf, -0.0), (Inf, 0.0), (U, U), (Inf, N), (Inf, N) },
        { (N, N), (N, N), (N, 0.0), (N, 0.0), (N, N), (N, N), (N, N) },
    };
}
