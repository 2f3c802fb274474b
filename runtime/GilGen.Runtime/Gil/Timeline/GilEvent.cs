namespace GilGen.Runtime;

/// <summary>One event of a <see cref="GilTimeline"/>.</summary>
/// <param name="Timestamp">When, in <see cref="System.Diagnostics.Stopwatch"/> ticks.</param>
/// <param name="Thread">The thread's index in <see cref="GilTimeline.Threads"/>.</param>
/// <param name="Kind">What happened.</param>
public readonly record struct GilEvent(long Timestamp, int Thread, GilEventKind Kind);
