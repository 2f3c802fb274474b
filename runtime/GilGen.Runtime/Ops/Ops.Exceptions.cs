using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

public static partial class Ops
{
    /// <summary>
    /// RAISE_VARARGS: makes the exception to throw from a class or instance (borrowed); cause is Unbound when
    /// there is no "from". The handled exception, if any, becomes __context__.
    /// </summary>
    public static PyException Raise(ThreadState ts, PyValue exc, PyValue cause)
    {
        var instance = Instantiate(ts, exc);
        if (!cause.IsUnbound)
        {
            PyValue c;
            if (cause.IsNone) c = PyValue.None;
            else if (cause.Obj is PyType ct && ct.IsSubtypeOf(ExceptionTypes.BaseException)) c = PyValue.From(Instantiate(ts, cause));
            else if (cause.Obj is PyBaseException) c = cause.NewRef();
            else throw PyErr.TypeError("exception causes must derive from BaseException");
            var old = instance.Cause; instance.Cause = c; old.DecRef();
            instance.SuppressContext = true;
        }
        SetContext(ts, instance);
        return new PyException(instance);
    }

    /// <summary>
    /// RAISE_VARARGS as emitted: <see cref="Raise"/>, with <paramref name="exc"/> and <paramref name="cause"/> owned and
    /// released before anything is thrown (ceval pops them), so the frame's stack no longer holds them.
    /// </summary>
    public static PyException RaiseConsuming(ThreadState ts, PyValue exc, PyValue cause)
    {
        try { return Raise(ts, exc, cause); }
        finally { exc.DecRef(); cause.DecRef(); }
    }

    /// <summary>Sets __context__ to the exception being handled, as CPython does when raising inside a handler.</summary>
    public static void SetContext(ThreadState ts, PyBaseException instance)
    {
        var handled = ts.CurrentHandledException;
        if (handled != null && !ReferenceEquals(handled.Instance, instance) && instance.Context.IsNone)
        {
            // Avoid a cycle: CPython cuts the chain where the new exception already appears.
            for (var c = handled.Instance.Context.Obj as PyBaseException; c != null; c = c.Context.Obj as PyBaseException)
                if (ReferenceEquals(c, instance)) return;
            instance.Context = handled.Value.NewRef();
        }
    }

    private static PyBaseException Instantiate(ThreadState ts, PyValue exc)
    {
        if (exc.Obj is PyBaseException be) { PyValue.From(be).IncRef(); return be; }
        if (exc.Obj is PyType t && t.IsSubtypeOf(ExceptionTypes.BaseException))
        {
            var made = Call(ts, exc, ReadOnlySpan<PyValue>.Empty, null);
            if (made.Obj is PyBaseException m) return m;
            throw PyErr.TypeError($"calling {t.ReprString(ts)} should have returned an instance of BaseException, not {made.Type.Name}");
        }
        throw PyErr.TypeError("exceptions must derive from BaseException");
    }

    /// <summary>Bare raise / RERAISE: the exception being handled again, or RuntimeError "No active exception to reraise".</summary>
    public static PyException Reraise(ThreadState ts)
    {
        var handled = ts.CurrentHandledException;
        if (handled == null) return PyErr.RuntimeError("No active exception to reraise");
        handled.Value.IncRef();
        return handled;
    }

    /// <summary>JUMP_IF_NOT_EXC_MATCH: does exc (instance or class) match a class or tuple of classes.</summary>
    public static bool ExceptionMatches(ThreadState ts, PyValue exc, PyValue type)
    {
        var excType = exc.Obj is PyType et ? et : exc.Type;
        if (type.Obj is PyTuple t)
        {
            foreach (var item in t.Items) if (ExceptionMatches(ts, exc, item)) return true;
            return false;
        }
        if (type.Obj is not PyType cls || !cls.IsSubtypeOf(ExceptionTypes.BaseException))
            throw PyErr.TypeError("catching classes that do not inherit from BaseException is not allowed");
        return excType.IsSubtypeOf(cls);
    }

    /// <summary>SETUP_WITH: calls __enter__ (result returned) and hands back the bound __exit__.</summary>
    public static PyValue EnterWith(ThreadState ts, PyValue mgr, out PyValue exit)
    {
        var enter = GetAttrOrNull(ts, mgr, "__enter__");
        if (enter is not PyValue en)
            throw PyErr.TypeError($"'{mgr.Type.Name}' object does not support the context manager protocol");
        var ex = GetAttrOrNull(ts, mgr, "__exit__");
        if (ex is not PyValue x) { en.DecRef(); throw PyErr.TypeError($"'{mgr.Type.Name}' object does not support the context manager protocol (missed __exit__ method)"); }
        exit = x;
        try { return Call(ts, en, ReadOnlySpan<PyValue>.Empty, null); }
        finally { en.DecRef(); }
    }

    /// <summary>WITH_EXCEPT_START / normal exit: calls exit(type, value, None) or exit(None, None, None); returns whether it suppressed.</summary>
    public static bool ExitWith(ThreadState ts, PyValue exit, PyException? e)
    {
        PyValue r = e == null
            ? Call(ts, exit, new[] { PyValue.None, PyValue.None, PyValue.None }, null)
            : Call(ts, exit, new[] { e.TypeValue, e.Value, PyValue.None }, null);
        try { return e != null && IsTrue(ts, r); }
        finally { r.DecRef(); }
    }
}
