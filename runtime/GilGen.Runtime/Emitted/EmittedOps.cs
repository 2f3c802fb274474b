using System;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// The few operations generated code needs beyond <see cref="Ops"/>: ceval's inline tests that
/// have no Python-level name.
/// </summary>
public static class EmittedOps
{
    /// <summary>
    /// True when <paramref name="v"/> is exactly True or False: the case where CPython 3.9's
    /// POP_JUMP_IF_FALSE/TRUE take the FAST_DISPATCH path and skip the eval-breaker check.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBool(PyValue v) => v.Obj is PyBool;

    /// <summary>
    /// CALL_FUNCTION / CALL_METHOD / CALL_FUNCTION_KW as CPython 3.11+ does them: the arguments'
    /// references are consumed. A Python function takes them over as its locals (so during the call
    /// the caller's stack no longer counts, as <c>sys.getrefcount</c> shows); anything else borrows
    /// them and they are released after the call.
    /// </summary>
    public static PyValue CallOwned(ThreadState ts, PyValue callable, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (callable.Obj is PyFunction)
        {
            ts.ArgumentsTransferred = true;
            try
            {
                return Ops.Call(ts, callable, args, kwNames);
            }
            finally
            {
                // The body clears the flag when it takes the arguments; if it never started
                // (RecursionError), they are still ours to release.
                if (ts.ArgumentsTransferred)
                {
                    ts.ArgumentsTransferred = false;
                    foreach (var a in args) a.DecRef();
                }
            }
        }
        try
        {
            return Ops.Call(ts, callable, args, kwNames);
        }
        finally
        {
            foreach (var a in args) a.DecRef();
        }
    }

    /// <summary>LOAD_ASSERTION_ERROR: a new reference to the AssertionError class.</summary>
    public static PyValue LoadAssertionError() => PyValue.From(ExceptionTypes.AssertionError).NewRef();
}
