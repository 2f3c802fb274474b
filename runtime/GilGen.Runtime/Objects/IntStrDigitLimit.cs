using System.Numerics;

namespace GilGen.Runtime;

/// <summary>
/// CPython's limit on decimal int/str conversions (PEP 651's sibling, CVE-2020-10735): 4300 digits by
/// default, per interpreter, changed with sys.set_int_max_str_digits. Bases that are powers of two are exempt.
/// </summary>
public static class IntStrDigitLimit
{
    /// <summary>CPython's default, sys.int_info.default_max_str_digits.</summary>
    public const int Default = 4300;
    /// <summary>The smallest non-zero limit sys.set_int_max_str_digits accepts.</summary>
    public const int Threshold = 640;

    private static int LimitOf(ThreadState? ts) => (ts ?? ThreadState.Running)?.Interp.IntMaxStrDigits ?? Default;

    /// <summary>Raises CPython's ValueError when a decimal literal of <paramref name="digits"/> digits is over the limit.</summary>
    public static void CheckParse(int digits)
    {
        int limit = LimitOf(null);
        if (limit > 0 && digits > limit)
            throw PyErr.ValueError($"Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");
    }

    /// <summary>The decimal digits of |<paramref name="value"/>|, or CPython's ValueError when there are more than the limit.</summary>
    public static string Decimal(ThreadState? ts, BigInteger value)
    {
        string digits = BigInteger.Abs(value).ToString(System.Globalization.CultureInfo.InvariantCulture);
        int limit = LimitOf(ts);
        if (limit > 0 && digits.Length > limit)
            throw PyErr.ValueError($"Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        return digits;
    }
}
