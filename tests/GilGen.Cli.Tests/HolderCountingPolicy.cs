using System.Threading;
using ThreadState = GilGen.Runtime.ThreadState;
using GilGen.Runtime;

namespace GilGen.Cli.Tests;

/// <summary>
/// Wraps the real GIL and counts how many threads hold it at once, at every take and drop: the
/// observation point of "two CPU-bound threads never both hold the GIL".
/// </summary>
public sealed class HolderCountingPolicy : ISchedulingPolicy
{
    private readonly ISchedulingPolicy _inner;
    private int _holders;
    private int _maxHolders;
    private int _takes;

    /// <summary>Counts around <paramref name="inner"/>.</summary>
    public HolderCountingPolicy(ISchedulingPolicy inner) => _inner = inner;

    /// <summary>The most threads that held the GIL at one time.</summary>
    public int MaxHolders => Volatile.Read(ref _maxHolders);

    /// <summary>How many times a thread came back holding the GIL (takes and returns from yields).</summary>
    public int Acquisitions => Volatile.Read(ref _takes);

    /// <inheritdoc/>
    public double SwitchInterval { get => _inner.SwitchInterval; set => _inner.SwitchInterval = value; }

    /// <inheritdoc/>
    public GilCounters Counters => _inner.Counters;

    /// <inheritdoc/>
    public bool IsHeldBy(ThreadState ts) => _inner.IsHeldBy(ts);

    /// <inheritdoc/>
    public void TakeGil(ThreadState ts)
    {
        _inner.TakeGil(ts);
        Acquired();
    }

    /// <inheritdoc/>
    public void DropGil(ThreadState ts, GilDropReason reason)
    {
        // Counted down before the real drop: after it another thread may already hold the GIL.
        Interlocked.Decrement(ref _holders);
        _inner.DropGil(ts, reason);
    }

    /// <inheritdoc/>
    public void YieldAtCheckpoint(ThreadState ts)
    {
        Interlocked.Decrement(ref _holders);
        _inner.YieldAtCheckpoint(ts);
        Acquired();
    }

    /// <inheritdoc/>
    public void ExpectWaiter() => _inner.ExpectWaiter();

    private void Acquired()
    {
        Interlocked.Increment(ref _takes);
        int now = Interlocked.Increment(ref _holders);
        int max;
        while (now > (max = Volatile.Read(ref _maxHolders)))
            Interlocked.CompareExchange(ref _maxHolders, now, max);
    }
}
