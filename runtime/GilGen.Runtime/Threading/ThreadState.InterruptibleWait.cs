using System.Threading;

namespace GilGen.Runtime;

// How a blocking wait of threading (a lock's, so Condition, Event, Semaphore, Barrier and queue.Queue too) ends
// when the process is terminated: CPython's SIGTERM ends a process blocked anywhere, so a terminate() that only
// reached the next checkpoint would leave a blocked child running forever. The waiter names the monitor it waits
// on; SetAsyncException wakes that monitor, and the waiter sees the pending exception when it tests again. Nothing
// is done on the uncontended path: only a wait registers.
public sealed partial class ThreadState
{
    // The monitor this thread waits on without its GIL, while it does.
    private object? _interruptibleWaitGate;

    /// <summary>
    /// Names <paramref name="gate"/> as the monitor this thread is about to wait on (the caller holds it), so that an
    /// async exception set meanwhile wakes it; the caller tests <see cref="HasPendingAsyncException"/> after this
    /// and before each wait.
    /// </summary>
    internal void EnterInterruptibleWait(object gate) =>
        // A full fence: the exception's setter writes the exception, then reads this; the waiter writes this, then
        // reads the exception. One of them sees the other's write.
        Interlocked.Exchange(ref _interruptibleWaitGate, gate);

    /// <summary>Ends what <see cref="EnterInterruptibleWait"/> began.</summary>
    internal void LeaveInterruptibleWait() => Volatile.Write(ref _interruptibleWaitGate, null);

    // After an async exception was set: wakes the wait this thread is in, if any, so that it ends.
    private void WakeInterruptibleWait()
    {
        Interlocked.MemoryBarrier();
        if (Volatile.Read(ref _interruptibleWaitGate) is object gate)
        {
            lock (gate) Monitor.PulseAll(gate);
        }
    }
}
