using System.Threading;
using GilGen.Runtime;
using ThreadState = GilGen.Runtime.ThreadState;

namespace GilGen.Emitter.Tests.Exports;

/// <summary>
/// An extension module made by GilGen's generator in this test project (it is one of the project's analyzers),
/// registered when the test assembly loads: what the export tests import from Python.
/// </summary>
[GilExtensionModule("testexports")]
public static partial class TestExports
{
    /// <summary>The barrier <see cref="MeetInside"/> waits at; the test that calls it sets it.</summary>
    public static Barrier? Meeting;

    /// <summary>1² + 2² + ... + n².</summary>
    [GilExport]
    public static long SumSquares(long n)
    {
        long sum = 0;
        for (long i = 1; i <= n; i++) sum += i * i;
        return sum;
    }

    /// <summary>Converts a float and a C int.</summary>
    [GilExport]
    public static double Scale(double x, int factor) => x * factor;

    /// <summary>A str and a truth value.</summary>
    [GilExport]
    public static string Greet(string name, bool loud) => loud ? "HELLO, " + name.ToUpperInvariant() + "!" : "hello, " + name;

    /// <summary>A list in, an array out.</summary>
    [GilExport]
    public static long[] Squares(List<long> values) => values.Select(v => v * v).ToArray();

    /// <summary>No arguments, no result: None.</summary>
    [GilExport]
    public static void Nothing() { }

    /// <summary>Integer division: DivideByZeroException for b == 0.</summary>
    [GilExport]
    public static long Divide(long a, long b) => a / b;

    /// <summary>Throws an exception with no Python counterpart.</summary>
    [GilExport("fail_with")]
    public static void Fail(string message) => throw new InvalidOperationException(message);

    /// <summary>Throws ArgumentOutOfRangeException (a ValueError).</summary>
    [GilExport]
    public static long CheckedSqrt(long n) => n < 0 ? throw new ArgumentOutOfRangeException(nameof(n), "n must not be negative") : (long)Math.Sqrt(n);

    /// <summary>What an object parameter receives.</summary>
    [GilExport]
    public static string Describe(object? value) => value switch
    {
        null => "null",
        object[] items => "object[" + items.Length + "]",
        PyValue python => "PyValue " + python.Type.Name,
        _ => value.GetType().Name,
    };

    /// <summary>A PyValue in (borrowed) and out (a new reference).</summary>
    [GilExport]
    public static PyValue Same(PyValue value) => value.NewRef();

    /// <summary>Counts down without the GIL.</summary>
    [GilExport(ReleasesGil = true)]
    public static long Spin(long n)
    {
        while (n > 0) n--;
        return n;
    }

    /// <summary>Inside the call, with the GIL released: true when no thread of the interpreter holds the GIL.</summary>
    [GilExport(ReleasesGil = true)]
    public static bool GilIsFree()
    {
        var ts = ThreadState.Running!;
        return !ts.HoldsGil && ts.Interp.ThreadStates().All(t => !ts.Interp.Scheduler.IsHeldBy(t));
    }

    /// <summary>The same from an export that keeps the GIL: true when the calling thread holds it.</summary>
    [GilExport]
    public static bool GilIsHeld()
    {
        var ts = ThreadState.Running!;
        return ts.HoldsGil && ts.Interp.Scheduler.IsHeldBy(ts);
    }

    /// <summary>Waits at <see cref="Meeting"/> without the GIL: true when every party arrived within ten seconds.</summary>
    [GilExport(ReleasesGil = true)]
    public static bool MeetInside() => Meeting!.SignalAndWait(TimeSpan.FromSeconds(10));

    /// <summary>Calls Python although the GIL is released: the runtime refuses.</summary>
    [GilExport(ReleasesGil = true)]
    public static long TouchPython()
    {
        var ts = ThreadState.Running!;
        Ops.Call(ts, PyValue.None, ReadOnlySpan<PyValue>.Empty, null).DecRef();
        return 0;
    }

    /// <summary>Makes a blocking call that would give up the GIL, which it does not hold.</summary>
    [GilExport(ReleasesGil = true)]
    public static void BlockWithoutGil()
    {
        using (ThreadState.Running!.AllowThreads()) { }
    }
}
