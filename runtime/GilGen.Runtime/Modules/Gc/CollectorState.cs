namespace GilGen.Runtime;

/// <summary>
/// What the <c>gc</c> module of one interpreter remembers: whether automatic collection is on, the thresholds, the
/// debug flags and how many collections of each generation <c>gc.collect</c> made. GilGen frees objects by reference
/// counting alone and has no cycle collector, so these settings change nothing else; they read back as set.
/// </summary>
internal sealed class CollectorState
{
    /// <summary>gc.isenabled(): on at startup, as CPython's.</summary>
    public bool Enabled = true;

    /// <summary>gc.get_threshold(): CPython 3.12's defaults until set_threshold.</summary>
    public long Threshold0 = 700, Threshold1 = 10, Threshold2 = 10;

    /// <summary>gc.get_debug().</summary>
    public long DebugFlags;

    /// <summary>The collections made of each generation (gc.get_stats()'s "collections").</summary>
    public readonly long[] Collections = new long[3];
}
