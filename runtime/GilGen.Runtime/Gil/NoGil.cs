using System;
using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// The scheduling policy of <see cref="GilGen.RuntimeProfile.FreeThreaded"/> (CPython 3.13t, PEP 703): there
/// is no GIL, so taking it only marks the thread state as attached to the interpreter and never waits, and
/// every thread runs Python code in parallel with the others on whatever core the operating system gives it.
/// </summary>
/// <remarks>
/// What keeps the runtime consistent without a GIL is not here but in the objects: atomic reference counts
/// and per-object locks (<see cref="FreeThreading"/>). "Held" keeps its meaning of "attached and running
/// Python code" (3.13t's attached thread state), so <see cref="ThreadState.AllowThreads"/> around a blocking
/// call still detaches and the timeline still shows running, waiting and blocked intervals, which may now
/// overlap. See docs/architecture/design.md §4.
/// </remarks>
public sealed class NoGil : ISchedulingPolicy
{
    /// <summary>
    /// Why a free-threaded interpreter takes no other scheduling policy, the deterministic scheduler and so
    /// <c>gilgen explore</c> included.
    /// </summary>
    public const string ScheduledRefusal =
        "the free-threaded profile has no GIL and cannot run under a scheduling policy: a deterministic schedule " +
        "runs one thread at a time and switches only at checkpoints, while free threads interleave at every memory " +
        "access inside an instruction, which no schedule of checkpoints reproduces; explore under py39 instead, " +
        "whose switch points include the one between the load and the store of `n += 1`";

    /// <summary>Why a free-threaded interpreter cannot be made in a process whose objects rely on a GIL.</summary>
    public const string ModeOffRefusal =
        "the free-threaded profile needs the process-wide free-threading mode, fixed when the GilGen runtime starts " +
        "(CPython 3.13t is a build of its own): set GILGEN_FREE_THREADED=1 or the GilGen.FreeThreading AppContext switch " +
        "before the runtime starts, as `gilgen run --profile free-threaded` does";

    private long _intervalMicroseconds;
    private long _takes;

    /// <summary>A policy with no lock; <paramref name="switchIntervalSeconds"/> is only kept for <c>sys.getswitchinterval</c>.</summary>
    /// <exception cref="InvalidOperationException">The process does not run in <see cref="FreeThreading"/> mode.</exception>
    public NoGil(double switchIntervalSeconds = Gil.DefaultSwitchIntervalSeconds)
    {
        if (!FreeThreading.Enabled) throw new InvalidOperationException(ModeOffRefusal);
        SwitchInterval = switchIntervalSeconds;
    }

    /// <inheritdoc/>
    /// <remarks>Kept so that <c>sys.setswitchinterval</c> round-trips, as in 3.13t, where it has nothing to pace.</remarks>
    public double SwitchInterval
    {
        get => Interlocked.Read(ref _intervalMicroseconds) / 1e6;
        set
        {
            if (!(value > 0.0)) throw new ArgumentOutOfRangeException(nameof(value), value, "switch interval must be strictly positive");
            Interlocked.Exchange(ref _intervalMicroseconds, (long)(value * 1e6));
        }
    }

    /// <inheritdoc/>
    /// <remarks>Only <see cref="GilCounters.Takes"/> counts (attachments); nothing ever switches, requests or waits.</remarks>
    public GilCounters Counters => new(0, 0, 0, 0, Interlocked.Read(ref _takes));

    /// <inheritdoc/>
    /// <remarks>True while <paramref name="ts"/> is attached: several threads may be at once.</remarks>
    public bool IsHeldBy(ThreadState ts) => ts.HoldsGil;

    /// <inheritdoc/>
    public void TakeGil(ThreadState ts)
    {
        ArgumentNullException.ThrowIfNull(ts);
        Interlocked.Increment(ref _takes);
    }

    /// <inheritdoc/>
    public void DropGil(ThreadState ts, GilDropReason reason) => ArgumentNullException.ThrowIfNull(ts);

    /// <inheritdoc/>
    /// <remarks>Nobody ever asks for a drop; a checkpoint reached for another reason (pending calls) has nothing to hand over.</remarks>
    public void YieldAtCheckpoint(ThreadState ts)
    {
    }

    /// <inheritdoc/>
    public void ExpectWaiter()
    {
    }
}
