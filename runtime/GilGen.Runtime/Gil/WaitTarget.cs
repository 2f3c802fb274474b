using System;

namespace GilGen.Runtime;

/// <summary>
/// What a thread blocked under the <see cref="DeterministicScheduler"/> waits for, for its deadlock report:
/// a lock (and who holds it), a thread to end, a queue item, a sleep.
/// </summary>
public sealed class WaitTarget
{
    /// <summary>A target described by <paramref name="what"/>, held by whatever <paramref name="holder"/> says (null: nobody's to hold).</summary>
    public WaitTarget(string what, Func<ThreadState?>? holder = null)
    {
        What = what;
        Holder = holder;
    }

    /// <summary>What is awaited, as the report names it ("Lock 0x7f...", "the end of Thread-2").</summary>
    public string What { get; }

    /// <summary>The thread that holds the awaited object now (a lock's holder, the thread to be joined), or null.</summary>
    public Func<ThreadState?>? Holder { get; }
}
