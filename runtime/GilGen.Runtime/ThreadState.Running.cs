using System;

namespace GilGen.Runtime;

public sealed partial class ThreadState
{
    [ThreadStatic] private static ThreadState? _running;

    /// <summary>
    /// The thread state that last took the GIL on the calling OS thread: what code without a thread state in
    /// hand (dict and set key hashing and equality) uses to call a class's __hash__ and __eq__.
    /// </summary>
    public static ThreadState? Running => _running;

    private void MarkRunning() => _running = this;

    /// <summary>Clears <see cref="Running"/> on the calling OS thread, which ran its last Python code (a reused worker thread).</summary>
    internal static void ForgetRunning() => _running = null;
}
