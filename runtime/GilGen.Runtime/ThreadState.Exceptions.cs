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

    /// <summary>An except/finally handler starts handling <paramref name="e"/> (what ceval does before the handler).</summary>
    public void PushHandledException(PyException e) => _handled.Add(e);

    /// <summary>POP_EXCEPT: the handler is done.</summary>
    public void PopHandledException()
    {
        if (_handled.Count > 0) _handled.RemoveAt(_handled.Count - 1);
    }
}
