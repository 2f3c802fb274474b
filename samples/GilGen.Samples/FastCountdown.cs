namespace GilGen.Samples;

/// <summary>
/// Seed 01's countdown written in C# and exported to Python as the module <c>fastcount</c>, the way a C extension
/// would write it: <c>fastcount.count_down(n)</c> runs without the GIL (ReleasesGil), so two Python threads calling
/// it run in parallel under every GIL profile. Used by the regimes experiment and, through
/// <c>gilgen run --exports GilGen.Samples.dll</c>, by benchmarks/gil-regimes.sh. docs/exports.md.
/// </summary>
[GilExtensionModule("fastcount")]
public static partial class FastCountdown
{
    /// <summary>Counts <paramref name="n"/> down to zero without the GIL; returns what is left (0).</summary>
    [GilExport(ReleasesGil = true)]
    public static long CountDown(long n)
    {
        // Volatile so that the JIT keeps every turn of the loop: the point is CPU time spent without the GIL.
        long left = n;
        while (System.Threading.Volatile.Read(ref left) > 0)
            System.Threading.Volatile.Write(ref left, left - 1);
        return left;
    }
}
