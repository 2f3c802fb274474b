namespace GilGen.Runtime;

/// <summary>
/// The one place that decides which thread runs Python code next. Everything that takes or gives up
/// the GIL goes through it: <see cref="GilGen.GilInterpreter.Ensure"/>, a thread starting and ending,
/// <see cref="ThreadState.AllowThreads"/> around blocking waits, and <see cref="ThreadState.HandleEvalBreaker"/>
/// at checkpoints. Generated code never decides; so a deterministic scheduler (seeded, virtual time,
/// baton passing) replaces the default <see cref="Gil"/> without any change to generated code.
/// </summary>
/// <remarks>
/// Contract for implementations: at most one thread state holds the GIL at any time;
/// <see cref="TakeGil"/> returns only once the caller holds it; <see cref="DropGil"/> is called only by
/// the holder. A policy that wants a say at honoured checkpoints sets the drop request
/// (<see cref="GilGen.GilInterpreter.SetGilDropRequest"/>); the running thread then calls
/// <see cref="YieldAtCheckpoint"/> at its next honoured checkpoint.
/// </remarks>
public interface ISchedulingPolicy
{
    /// <summary>Seconds a waiter lets pass before asking for a switch (<c>sys.getswitchinterval</c>).</summary>
    double SwitchInterval { get; set; }

    /// <summary>Counters for tests and the timeline: switches, drop requests, forced-switch waits.</summary>
    GilCounters Counters { get; }

    /// <summary>True when <paramref name="ts"/> holds the GIL now.</summary>
    bool IsHeldBy(ThreadState ts);

    /// <summary>Blocks the calling OS thread until <paramref name="ts"/> may run Python code (take_gil).</summary>
    void TakeGil(ThreadState ts);

    /// <summary>Gives up the GIL held by <paramref name="ts"/> (drop_gil); <paramref name="reason"/> says why.</summary>
    void DropGil(ThreadState ts, GilDropReason reason);

    /// <summary>
    /// Called by the holder at an honoured checkpoint while a drop request is pending: give the GIL to
    /// whoever should run next and return when <paramref name="ts"/> holds it again.
    /// </summary>
    void YieldAtCheckpoint(ThreadState ts);

    /// <summary>
    /// Called by the holder when it has just released a thread that waits with the GIL dropped and will
    /// ask for the GIL as soon as the operating system runs it (a new thread's starter, whose
    /// <c>start()</c> waits for the thread to begin). CPython's waiter starts its timed wait within
    /// microseconds of that; a policy that measures intervals by the holder's progress
    /// (<see cref="CheckpointPace"/>) starts counting now, so the outcome does not hang on how fast the
    /// operating system wakes the waiter. Other policies may ignore it.
    /// </summary>
    void ExpectWaiter();
}
