using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
namespace GilGen.Runtime;

/// <summary>
/// Bounds how deeply releases nest, as CPython's trashcan (Py_TRASHCAN_BEGIN in its containers' deallocs) does.
/// </summary>
/// <remarks>
/// Releasing an object releases what it holds, so dropping the head of a long chain (a linked list of instances,
/// a list nested a million deep) would recurse once per link and overflow the thread's stack, which kills a .NET
/// process outright. Every <see cref="PyObject.Dealloc"/> (and what it calls to release: a generator frame's, an
/// iterator's, a deque's) drops what it holds through <see cref="PyValue.DecRefFromDealloc"/>, which comes here when
/// that reaches zero; a new type's Dealloc must too. A release that finds
/// <see cref="MaxNesting"/> such releases in progress on its thread does not run: the object (its count at zero,
/// nobody else holding it) waits on the thread's deferred list, and the outermost nested release, once it has
/// unwound, releases the waiting objects one by one, each starting a fresh nesting. The stack then holds at most
/// <see cref="MaxNesting"/> nested releases whatever the chain's length. For a chain the order of finalizers is
/// unchanged: each object's <c>__del__</c> still runs before what it holds is released.
/// <para>
/// Only nested releases count, not the release a DecRef in running code starts: that one pays no thread-local
/// lookup (a call into the runtime, some 3 ns), so creating and dropping an instance that holds no other object
/// costs what it did. CPython unwinds at the same depth (_PyTrash_UNWIND_LEVEL, 50).
/// </para>
/// </remarks>
internal static class Trashcan
{
    /// <summary>The nesting at which releases are deferred (CPython's _PyTrash_UNWIND_LEVEL).</summary>
    internal const int MaxNesting = 50;

    [ThreadStatic] private static int t_nesting;
    [ThreadStatic] private static Stack<PyObject>? t_deferred;

    /// <summary>
    /// Releases <paramref name="o"/>, whose count reached zero as an object that held it was released: now or,
    /// when too many such releases are in progress on this thread, once they have unwound.
    /// </summary>
    internal static void Release(PyObject o)
    {
        int nesting = t_nesting;
        if (nesting >= MaxNesting)
        {
            (t_deferred ??= new Stack<PyObject>()).Push(o);
            return;
        }
        t_nesting = nesting + 1;
        try { o.FreeAtZeroRefCount(); }
        finally { t_nesting = nesting; }
        // Deferred objects wait for the outermost release; one that threw leaves them to the next outermost one.
        if (nesting == 0 && t_deferred is { Count: > 0 } deferred) ReleaseDeferred(deferred);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReleaseDeferred(Stack<PyObject> deferred)
    {
        while (deferred.TryPop(out var o))
        {
            t_nesting = 1;
            try { o.FreeAtZeroRefCount(); }
            finally { t_nesting = 0; }
        }
    }
}
