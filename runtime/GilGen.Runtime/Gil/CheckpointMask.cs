namespace GilGen.Runtime;

/// <summary>
/// Bits of <see cref="GilGen.GilInterpreter.EvalBreaker"/>. Each checkpoint site in generated code carries
/// the mask of the profiles that honour it and tests <c>(interp.EvalBreaker &amp; mask) != 0</c>; an
/// interpreter only ever sets the bit of its own profile, so a site its profile does not honour never
/// fires, and the fast path stays one volatile read and one branch.
/// </summary>
public static class CheckpointMask
{
    /// <summary>Honoured by <see cref="GilGen.RuntimeProfile.Modern"/>.</summary>
    public const int Modern = 1;

    /// <summary>Honoured by <see cref="GilGen.RuntimeProfile.Py39"/>.</summary>
    public const int Py39 = 2;

    /// <summary>Honoured by the CPython 2.7 profile (the old, tick-counting GIL).</summary>
    public const int Py27 = 4;

    /// <summary>
    /// Set while a paced switch interval is counted coarsely (<see cref="CheckpointPace"/>): only counting
    /// sites test it, backward jumps and entries, which subtract their weight in
    /// <see cref="GilGen.GilInterpreter.IsCheckDue"/> without leaving the generated code.
    /// </summary>
    public const int Paced = 8;

    /// <summary>The bit an interpreter of <paramref name="profile"/> sets when it wants a check.</summary>
    public static int For(GilGen.RuntimeProfile profile) => profile switch
    {
        GilGen.RuntimeProfile.Modern => Modern,
        GilGen.RuntimeProfile.Py39 => Py39,
        GilGen.RuntimeProfile.Py27 => Py27,
        // No GIL to drop: the eval breaker only serves pending calls and asynchronous exceptions, which
        // 3.13t checks where 3.13 does, i.e. at modern's sites.
        GilGen.RuntimeProfile.FreeThreaded => Modern,
        _ => throw new System.ArgumentOutOfRangeException(nameof(profile), profile, "unknown runtime profile"),
    };
}
