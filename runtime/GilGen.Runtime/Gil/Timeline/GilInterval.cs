namespace GilGen.Runtime;

/// <summary>A stretch of one thread's time in a <see cref="GilTimeline"/>.</summary>
/// <param name="Thread">The thread's index in <see cref="GilTimeline.Threads"/>.</param>
/// <param name="Kind">What it was doing.</param>
/// <param name="Start">Seconds from the start of recording.</param>
/// <param name="End">Seconds from the start of recording.</param>
public readonly record struct GilInterval(int Thread, GilIntervalKind Kind, double Start, double End)
{
    /// <summary>The length in seconds.</summary>
    public double Duration => End - Start;
}
