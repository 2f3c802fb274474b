using System;
using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// A per-object lock held for one operation under the free-threaded profile (3.13t's critical section):
/// made by <see cref="FreeThreading.Lock"/>, left by <see cref="Dispose"/>. The default value holds nothing,
/// which is what the GIL profiles get. A struct, so that <c>using</c> allocates nothing.
/// </summary>
public readonly struct ObjectLock : IDisposable
{
    private readonly object? _gate;

    internal ObjectLock(object gate)
    {
        Monitor.Enter(gate);
        _gate = gate;
    }

    /// <summary>Leaves the lock, if one was taken.</summary>
    public void Dispose()
    {
        if (_gate != null) Monitor.Exit(_gate);
    }
}
