using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

// The object-runtime side of the thread state: handled exceptions (sys.exc_info) and the recursion limit.
public sealed partial class ThreadState
{
    private readonly List<PyException> _handled = new();

    /// <summary>Depth of nested Python calls on this thread (checked against <see cref="RecursionLimit"/>).</summary>
    public int RecursionDepth;

    /// <summary>sys.getrecursionlimit(); kept below what the C# stack can hold.</summary>
    public int RecursionLimit = 1000;

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
