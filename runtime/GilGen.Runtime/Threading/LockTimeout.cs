using System;

namespace GilGen.Runtime;

/// <summary>
/// The <c>(blocking=True, timeout=-1)</c> arguments of <c>Lock.acquire</c> and <c>RLock.acquire</c>, checked
/// with CPython's messages (_threadmodule.c, lock_acquire_parse_args).
/// </summary>
internal static class LockTimeout
{
    /// <summary>The largest timeout CPython accepts (<c>threading.TIMEOUT_MAX</c> on 64-bit Linux).</summary>
    public const double Max = 9223372036.0;

    private static readonly string[] Parameters = { "blocking", "timeout" };

    /// <summary>
    /// The deadline of <c>acquire(self, blocking=True, timeout=-1)</c> called with <paramref name="args"/> (self
    /// first) and <paramref name="kwNames"/>. A call without arguments (<c>with lock:</c>, <c>acquire()</c>) binds
    /// nothing: it is the call a locked loop makes at every iteration.
    /// </summary>
    public static WaitDeadline OfAcquire(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (args.Length == 1 && kwNames is null) return WaitDeadline.Never;
        PyValue[] p = CallArguments.Bind("acquire", args, kwNames, Parameters, 0, skip: 1);
        return Parse(ts, p[0], p[1]);
    }

    /// <summary>The deadline the arguments ask for: now for a non-blocking call, never for -1.</summary>
    public static WaitDeadline Parse(ThreadState ts, PyValue blockingArg, PyValue timeoutArg)
    {
        bool blocking = blockingArg.IsUnbound || Ops.IsTrue(ts, blockingArg);
        double timeout = timeoutArg.IsUnbound ? -1 : CallArguments.ToSeconds(timeoutArg);
        if (!blocking && timeout != -1) throw PyErr.ValueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw PyErr.ValueError("timeout value must be positive");
        if (!blocking) return WaitDeadline.After(0);
        if (timeout == -1) return WaitDeadline.Never;
        // CPython converts to nanoseconds first (_PyTime_FromSecondsObject), which overflows past ~9.22e9 s.
        if (timeout * 1e9 >= 9223372036854775807.0) throw PyErr.OverflowError("timestamp out of range for platform time_t");
        if (timeout > Max) throw PyErr.OverflowError("timeout value is too large");
        return WaitDeadline.After(timeout, ts.Interp.Clock);
    }
}
