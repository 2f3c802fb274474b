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
    /// COMPARE_OP followed by POP_JUMP_IF_FALSE/TRUE, when the operands are not both inline ints:
    /// compares, consumes both references and the result's, and returns its truth. <paramref name="isBool"/>
    /// says whether the result was exactly True or False (POP_JUMP's FAST_DISPATCH case). Out of line, so
    /// that the int fast path of a loop stays small enough for the JIT to keep in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool CompareForJump(ThreadState ts, PyValue left, PyValue right, CompareOp op, out bool isBool)
    {
        PyValue result;
        try
        {
            result = Ops.Compare(ts, left, right, op);
        }
        finally
        {
            left.DecRef();
            right.DecRef();
        }
        try
        {
            isBool = IsBool(result);
            return Ops.IsTrue(ts, result);
        }
        finally
        {
            result.DecRef();
        }
    }

    /// <summary>
    /// RERAISE (and END_ASYNC_FOR's re-raise): <paramref name="caught"/> is thrown again; the handler's three stack
    /// values (traceback, value, type; owned) are released and the exception takes a reference of its own, the one a
    /// thrown exception carries until a handler or a frame's caller takes it.
    /// </summary>
    public static PyException Reraise(PyException caught, PyValue traceback, PyValue value, PyValue type)
    {
        caught.Value.IncRef();
        traceback.DecRef(); value.DecRef(); type.DecRef();
        return caught;
    }

    /// <summary>
    /// WITH_EXCEPT_START: <c>exit(type, value, traceback)</c> with the handler's stack values (borrowed). Unlike a
    /// CALL, the stack keeps its references, as CPython 3.12 passes them borrowed and the callee's frame takes new ones.
    /// </summary>
    public static PyValue WithExceptStart(ThreadState ts, PyValue exit, PyValue type, PyValue value, PyValue traceback)
    {
        var buffer = new ValueBuffer();
        System.Span<PyValue> args = buffer;
        args[0] = type; args[1] = value; args[2] = traceback;
        return Ops.Call(ts, exit, args.Slice(0, 3), null);
    }

    /// <summary>
    /// The exception filter of a function without try blocks: a Python exception leaves the frame, so the frame
    /// adds itself to the traceback here, in the first pass (its locals are released by a finally, in the
    /// second), and the filter returns false: nothing is caught, so no rethrow nests one exception dispatch per
    /// frame on the stack, and unwinding a deep recursion cannot overflow it. True for a GilGen bug
    /// (<see cref="IsInternalError"/>): the frame catches it and throws <see cref="InternalError"/> instead, so
    /// that only the innermost Python frame catches it and every frame above sees a Python exception.
    /// </summary>
    public static bool LeaveFrame(Exception e, CodeInfo code, int line)
    {
        if (e is PyException python)
        {
            python.AddFrame(code, line);
            return false;
        }
        return IsInternalError(e);
    }

    /// <summary>
    /// <see cref="LeaveFrame(Exception, CodeInfo, int)"/> for a frame with locals: a Python exception also fills
    /// <paramref name="exit"/>, for the frame's finally to give its locals to the exception's traceback
    /// (<see cref="KeepLocals(in FrameExit, PyValue[])"/>) rather than release them.
    /// </summary>
    public static bool LeaveFrame(Exception e, CodeInfo code, int line, ref FrameExit exit)
    {
        if (e is PyException python)
        {
            python.AddFrame(code, line);
            exit.Exception = python.Instance;
            exit.EntryFromEnd = python.Instance.Traceback.Count;
            return false;
        }
        return IsInternalError(e);
    }

    /// <summary>
    /// The finally of a frame a Python exception is leaving (<paramref name="exit"/>): the frame's locals, cells and
    /// locals dict (their references, in the frame's order) go to the exception's traceback entry for the frame, which
    /// keeps them until the exception and every traceback object made from it are released (<see cref="FrameLocals"/>).
    /// The array is the runtime's from then on. Generated code builds it on this path only: a span over a collection
    /// expression would be a stack temporary of the frame, which the JIT zeroes on every call since it holds references.
    /// </summary>
    public static void KeepLocals(in FrameExit exit, PyValue[] locals)
    {
        PyBaseException exception = exit.Exception!;
        exception.KeepFrameLocals(exception.Traceback.Count - exit.EntryFromEnd, locals);
    }

    /// <summary>
    /// <see cref="KeepLocals(in FrameExit, PyValue[])"/> in the catch of a frame with handlers or of a
    /// generator, which has just added itself to <paramref name="e"/>'s traceback: its entry is the first.
    /// </summary>
    public static void KeepLocals(PyException e, PyValue[] locals) => e.Instance.KeepFrameLocals(0, locals);

    /// <summary>
    /// True for a .NET exception that is not a Python exception and not one of the runtime's control exceptions
    /// (<see cref="ControlExceptions"/>): one that reached Python code because of a bug in GilGen. The filter of the
    /// catch that turns it into a Python exception (<see cref="InternalError"/>) in a frame with try blocks or a generator.
    /// </summary>
    public static bool IsInternalError(Exception e) => e is not PyException && !ControlExceptions.PassesThrough(e);

    /// <summary>
    /// The filter of a generator's frame without try blocks: true for a Python exception and for a GilGen bug's .NET
    /// exception (<see cref="IsInternalError"/>), which leave the frame through <see cref="LeaveGenerator"/>; false for
    /// the runtime's control exceptions (<see cref="ControlExceptions"/>), which pass through.
    /// </summary>
    public static bool LeavesGenerator(Exception e) => e is PyException || !ControlExceptions.PassesThrough(e);

    /// <summary>
    /// The exception that leaves a generator's frame without try blocks, <paramref name="code"/> at
    /// <paramref name="line"/>, when <paramref name="e"/> is thrown in it: a Python exception with the frame added to
    /// its traceback, or the Python exception a GilGen bug's .NET exception becomes (<see cref="InternalError"/>).
    /// </summary>
    public static PyException LeaveGenerator(Exception e, CodeInfo code, int line)
    {
        if (e is not PyException python) return InternalError(e, code, line);
        python.AddFrame(code, line);
        return python;
    }

    /// <summary>
    /// The Python exception that a .NET exception <paramref name="e"/> (<see cref="IsInternalError"/>) becomes in the
    /// innermost Python frame it reaches, <paramref name="code"/> at <paramref name="line"/> (added to its traceback),
    /// so that the frames it unwinds run their finally blocks, with exits and except clauses as CPython runs them for
    /// an interpreter error: SystemError saying that GilGen is at fault, naming the .NET exception; MemoryError for
    /// <see cref="OutOfMemoryException"/> and RecursionError for <see cref="InsufficientExecutionStackException"/>,
    /// the two with a Python meaning. <paramref name="e"/> is its <see cref="Exception.InnerException"/>.
    /// </summary>
    public static PyException InternalError(Exception e, CodeInfo code, int line)
    {
        var (type, message) = e switch
        {
            OutOfMemoryException => (ExceptionTypes.MemoryError, null),
            InsufficientExecutionStackException => (ExceptionTypes.RecursionError, "maximum recursion depth exceeded"),
            _ => (ExceptionTypes.SystemError, $"GilGen internal error (a GilGen bug, please report it): {e.GetType().FullName}: {e.Message}"),
        };
        var args = message == null ? PyTuple.Empty : new PyTuple(new[] { PyValue.Str(message) });
        var python = new PyException(new PyBaseException(type, args), e);
        python.AddFrame(code, line);
        return python;
    }

    /// <summary>
    /// CALL_METHOD, whose stack holds the callable, then the self LOAD_METHOD left (Unbound when it found no plain
    /// method), then the arguments: asks the call site whether the call is quiet (<see cref="CallSite.Observe"/>),
    /// calls with the self ahead of the arguments when there is one, and consumes the callable's, the self's and the
    /// arguments' references, also when the call raises (<see cref="Ops.CallConsuming"/>).
    /// One call in generated code instead of a branch per way, each with its own call and releases.
    /// </summary>
    /// <param name="selfAndArgs">The self slot and the arguments, owned.</param>
    /// <param name="quiet">True when the call's 3.12 form checks no eval breaker after it (see <see cref="CallSite"/>).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue CallMethod(ThreadState ts, CallSite site, PyValue callable, ReadOnlySpan<PyValue> selfAndArgs, out bool quiet)
    {
        bool withSelf = !selfAndArgs[0].IsUnbound;
        quiet = site.Observe(callable.Obj, withSelf);
        var args = withSelf ? selfAndArgs : selfAndArgs.Slice(1);
        return Ops.CallConsuming(ts, callable, args, null);
    }

    /// <summary>LOAD_ASSERTION_ERROR: a new reference to the AssertionError class.</summary>
    public static PyValue LoadAssertionError() => PyValue.From(ExceptionTypes.AssertionError).NewRef();
}
