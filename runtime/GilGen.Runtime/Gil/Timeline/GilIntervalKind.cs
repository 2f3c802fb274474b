namespace GilGen.Runtime;

/// <summary>What a thread is doing during a <see cref="GilInterval"/>.</summary>
public enum GilIntervalKind
{
    /// <summary>Holding the GIL (running Python code).</summary>
    Held,

    /// <summary>Waiting to take the GIL.</summary>
    Waiting,

    /// <summary>Blocked in a call that released the GIL (sleep, lock wait, join, I/O).</summary>
    Blocked,
}
