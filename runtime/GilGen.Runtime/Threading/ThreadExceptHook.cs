using System;
using System.IO;

namespace GilGen.Runtime;

/// <summary>
/// What happens to an exception that escapes a thread's <c>run()</c>: threading.py's
/// <c>_invoke_excepthook</c> calls <c>threading.excepthook</c> (which a program may replace), whose default,
/// <c>_thread._excepthook</c>, prints "Exception in thread NAME:" and the traceback to stderr.
/// </summary>
internal static class ThreadExceptHook
{
    /// <summary><c>_thread._excepthook(args)</c>: prints the exception of <c>args</c>; SystemExit is silent.</summary>
    public static PyValue Default(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        PyValue[] p = CallArguments.Bind("_excepthook", a, kw, new[] { "args" }, 1);
        PyValue args = p[0];
        PyValue excType = Ops.GetAttr(ts, args, "exc_type");
        PyValue excValue = Ops.GetAttr(ts, args, "exc_value");
        PyValue thread = Ops.GetAttr(ts, args, "thread");
        try
        {
            if (excType.Obj is PyType t && t.IsSubtypeOf(ExceptionTypes.SystemExit)) return PyValue.None;
            string name = thread.IsNone ? ts.Ident.ToString(System.Globalization.CultureInfo.InvariantCulture) : NameOf(ts, thread);
            if (excValue.Obj is PyBaseException exc) Print(ts.Interp.Stderr, name, Format(ts, exc));
            return PyValue.None;
        }
        finally
        {
            excType.DecRef();
            excValue.DecRef();
            thread.DecRef();
        }
    }

    /// <summary>
    /// Reports <paramref name="e"/>, which escaped the run() of <paramref name="thread"/>: calls
    /// <c>threading.excepthook(ExceptHookArgs(...))</c>, the default one when it is None; a hook that raises
    /// is reported as "Exception in threading.excepthook:" and its traceback, as threading.py does.
    /// </summary>
    public static void Report(ThreadState ts, PyThread thread, PyException e)
    {
        if (!e.Instance.Type.IsSubtypeOf(ExceptionTypes.SystemExit)) ts.Interp.NoteReportedException();
        PyModule? threading = ts.Interp.Modules.Find("threading");
        PyValue hook = threading?.GetGlobal("excepthook") ?? PyValue.Unbound;
        PyValue argsType = threading?.GetGlobal("ExceptHookArgs") ?? PyValue.Unbound;
        try
        {
            if (argsType.IsUnbound || hook.IsUnbound || hook.IsNone || hook.Obj is PyBuiltinFunction { Body: var body } && body == (BuiltinBody)Default)
            {
                // The default hook (or a Thread made through _thread alone): print without building its arguments.
                if (!e.Instance.Type.IsSubtypeOf(ExceptionTypes.SystemExit)) Print(ts.Interp.Stderr, thread.Name, Format(ts, e.Instance));
                return;
            }
            var tb = e.Instance.TracebackObject() is PyTraceback t ? PyValue.From(t).NewRef() : PyValue.None;
            PyValue fields = PyValue.From(new PyTuple(new[] { e.TypeValue.NewRef(), e.Value.NewRef(), tb, PyValue.From(thread).NewRef() }));
            try
            {
                PyValue args = Ops.Call(ts, argsType, new[] { fields }, null);
                try
                {
                    Ops.Call(ts, hook, new[] { args }, null).DecRef();
                }
                finally
                {
                    args.DecRef();
                }
            }
            finally
            {
                fields.DecRef();
            }
        }
        catch (PyException hookFailure)
        {
            TextWriter stderr = ts.Interp.Stderr;
            stderr.Write("Exception in threading.excepthook:\n" + PyException.FormatTraceback(ts, hookFailure.Instance));
            stderr.Flush();
            hookFailure.Value.DecRef();
        }
        finally
        {
            hook.DecRef();
            argsType.DecRef();
        }
    }

    private static string NameOf(ThreadState ts, PyValue thread)
    {
        PyValue name = Ops.GetAttr(ts, thread, "name");
        try
        {
            return Ops.StrOf(ts, name);
        }
        finally
        {
            name.DecRef();
        }
    }

    // threading.py's own frames (_bootstrap_inner, run) are always on the stack in CPython, so the block
    // always has its header even when the exception was raised by a builtin target.
    private static string Format(ThreadState ts, PyBaseException exc)
    {
        string traceback = PyException.FormatTraceback(ts, exc);
        return exc.Traceback.Count == 0 ? "Traceback (most recent call last):\n" + traceback : traceback;
    }

    private static void Print(TextWriter stderr, string name, string traceback)
    {
        stderr.Write($"Exception in thread {name}:\n{traceback}");
        stderr.Flush();
    }
}
