using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

// The object-runtime side of the thread state: handled exceptions (sys.exc_info) and the recursion limit.
public sealed partial class ThreadState
{
    private readonly List<PyException> _handled = new();

    /// <summary>Depth of nested Python calls on this thread (checked against <see cref="RecursionLimit"/>).</summary>
    public int RecursionDepth;

    /// <summary>sys.getrecursionlimit(): this thread's copy of the interpreter's limit (<see cref="GilInterpreter.SetRecursionLimit"/>).</summary>
    public int RecursionLimit = 1000;

    // The lowest address of this thread's stack at which the .NET stack was last found to have room
    // (RuntimeHelpers.TryEnsureSufficientExecutionStack). The stack grows down and a thread state belongs to one OS
    // thread, so a frame at or above it has room too and needs no probe: the probe reads the thread's stack limit
    // through a thread-local lookup (__tls_get_addr on Linux), which cost 3-4% of object creation when every
    // fourth call paid it.
    private nuint _stackHasRoomDownTo = nuint.MaxValue;

    /// <summary>
    /// True when the .NET stack of this thread is too close to its end for another level of Python recursion:
    /// a comparison of the caller's stack address with the deepest one already probed, and a probe when it is deeper.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal unsafe bool StackRunsLow()
    {
        byte here = 0;
        nuint address = (nuint)(&here);
        return address < _stackHasRoomDownTo && !ProbeStack(address);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool ProbeStack(nuint address)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) return false;
        _stackHasRoomDownTo = address;
        return true;
    }

    /// <summary>The exception the innermost running handler is handling, or null.</summary>
    public PyException? CurrentHandledException => _handled.Count == 0 ? null : _handled[_handled.Count - 1];

    /// <summary>
    /// An except/finally handler starts handling <paramref name="e"/> (what ceval does before the handler). The
    /// entry takes the reference the thrown exception carried (its <c>exc_info</c> reference in CPython), so
    /// <see cref="PopHandledException"/> releases it.
    /// </summary>
    public void PushHandledException(PyException e) => _handled.Add(e);

    /// <summary>POP_EXCEPT: the handler is done; its reference to the exception is released (the exception dies
    /// here when nothing else holds it, as after CPython's POP_EXCEPT).</summary>
    public void PopHandledException() => TakeHandledException()?.Value.DecRef();

    /// <summary>Removes the innermost handled exception and hands its reference to the caller (a generator that
    /// suspends inside a handler keeps it in its frame).</summary>
    public PyException? TakeHandledException()
    {
        if (_handled.Count == 0) return null;
        var e = _handled[_handled.Count - 1];
        _handled.RemoveAt(_handled.Count - 1);
        return e;
    }
}
