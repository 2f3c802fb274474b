using GilGen.Runtime;

namespace GilGen;

// The countdown of a deterministic schedule: how many honoured checkpoints the running thread may pass
// before its scheduling policy must be asked again. A strategy knows when it wants to choose next (PCT at
// its change points, a random walk after a drawn gap, the non-preemptive schedule never), so between two
// decisions a checkpoint costs one decrement here, like the eval breaker's own test, instead of a call into
// the policy. Only the thread holding the baton reads or writes these fields (the policy sets them, under
// its gate, before it hands the baton over), so they need no synchronisation.
public sealed partial class GilInterpreter
{
    private long _scheduledCheckpointsLeft;
    private long _scheduledCheckpointsGranted;
    private bool _scheduledWake;

    /// <summary>Counts one honoured checkpoint against the countdown; false when the policy must be asked.</summary>
    internal bool PassScheduledCheckpoint()
    {
        if (_scheduledCheckpointsLeft == 0) return false;
        _scheduledCheckpointsLeft--;
        return true;
    }

    /// <summary>Lets the holder pass <paramref name="checkpoints"/> honoured checkpoints without asking the policy.</summary>
    internal void GrantScheduledCheckpoints(long checkpoints)
    {
        _scheduledCheckpointsGranted = checkpoints;
        _scheduledCheckpointsLeft = checkpoints;
    }

    /// <summary>The honoured checkpoints passed since the last grant (what a virtual clock adds to its reading).</summary>
    internal long ScheduledCheckpointsPassed => _scheduledCheckpointsGranted - _scheduledCheckpointsLeft;

    /// <summary>Returns the checkpoints passed since the last grant and ends the countdown.</summary>
    internal long SettleScheduledCheckpoints()
    {
        long passed = _scheduledCheckpointsGranted - _scheduledCheckpointsLeft;
        _scheduledCheckpointsGranted = _scheduledCheckpointsLeft = 0;
        return passed;
    }

    /// <summary>
    /// The holder has just made a waiting thread ready (released a lock, put a queue item, started or ended a
    /// thread): its next honoured checkpoint asks the policy, which may now choose that thread.
    /// </summary>
    internal void WakeScheduledDecision()
    {
        _scheduledCheckpointsGranted -= _scheduledCheckpointsLeft;
        _scheduledCheckpointsLeft = 0;
        _scheduledWake = true;
    }

    /// <summary>True (once) when <see cref="WakeScheduledDecision"/> was called since the last call.</summary>
    internal bool TakeScheduledWake()
    {
        bool wake = _scheduledWake;
        _scheduledWake = false;
        return wake;
    }
}
