using System;
using System.Runtime.InteropServices;

namespace GilGen.Runtime;

/// <summary>
/// The C library's erf, erfc, log1p, expm1 and hypot, which CPython's math module and complex numbers call: .NET has no
/// erf, and calling the same libm gives the same bits as CPython on the same machine.
/// </summary>
internal static class NativeMath
{
    private const string LibM = "libm.so.6";

    [DllImport(LibM, EntryPoint = "erf")] private static extern double CErf(double x);
    [DllImport(LibM, EntryPoint = "erfc")] private static extern double CErfc(double x);
    [DllImport(LibM, EntryPoint = "log1p")] private static extern double CLog1P(double x);
    [DllImport(LibM, EntryPoint = "expm1")] private static extern double CExpM1(double x);
    [DllImport(LibM, EntryPoint = "hypot")] private static extern double CHypot(double x, double y);

    private static double Call(Func<double, double> native, double x, string name)
    {
        if (!OperatingSystem.IsLinux()) throw PyErr.NotImplementedError($"GilGen's math.{name} needs the C library's libm (Linux) and does not support this platform yet");
        return native(x);
    }

    /// <summary>erf(x).</summary>
    public static double Erf(double x) => Call(CErf, x, "erf");
    /// <summary>erfc(x).</summary>
    public static double Erfc(double x) => Call(CErfc, x, "erfc");
    /// <summary>log1p(x).</summary>
    public static double Log1P(double x) => Call(CLog1P, x, "log1p");
    /// <summary>expm1(x).</summary>
    public static double ExpM1(double x) => Call(CExpM1, x, "expm1");

    /// <summary>
    /// hypot(x, y): the C library's on Linux, which CPython's complex abs and powers and cmath use; elsewhere
    /// .NET's, which can differ from it in the last bit.
    /// </summary>
    public static double Hypot(double x, double y) => OperatingSystem.IsLinux() ? CHypot(x, y) : double.Hypot(x, y);
}
