using System;

namespace GilGen.Runtime;

/// <summary>
/// The GIL given up around a blocking call: made by <see cref="ThreadState.AllowThreads"/>
/// (Py_BEGIN_ALLOW_THREADS), and <see cref="Dispose"/> takes the GIL back (Py_END_ALLOW_THREADS).
/// A struct so that <c>using (ts.AllowThreads()) { ... }</c> allocates nothing.
/// </summary>
/// <remarks>
/// Between the two, the thread must not touch Python objects: another thread may be running Python code.
/// </remarks>
public readonly struct AllowThreadsScope : IDisposable
{
    private readonly ThreadState _ts;

    internal AllowThreadsScope(ThreadState ts) => _ts = ts;

    /// <summary>Takes the GIL back, waiting for it like any other thread (take_gil).</summary>
    public void Dispose() => _ts?.AcquireGil();
}
