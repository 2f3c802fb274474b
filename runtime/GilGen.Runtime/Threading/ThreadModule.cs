using System;
using GilGen;

namespace GilGen.Runtime;

/// <summary>
/// The <c>_thread</c> module: what CPython writes in C under <c>threading</c> (locks, idents, thread-local
/// storage, the default excepthook), atomic under the GIL. <c>threading</c> itself is written in Python
/// over it (Lib/threading.py, docs/architecture/design.md §5). The names
/// with a leading underscore beyond CPython's are GilGen's: its Thread is C# (a real OS thread), and
/// threading.py re-exports it and the functions that look at the running threads.
/// </summary>
public static class ThreadModule
{
    /// <summary>Builds the module for the interpreter of <paramref name="ts"/> (once per interpreter, by the module registry).</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("_thread");
        m.SetGlobal("LockType", PyValue.From(PyLock.LockType));
        m.SetGlobal("RLock", PyValue.From(PyRLock.RLockType));
        m.SetGlobal("_local", PyValue.From(PyThreadLocal.LocalType));
        m.SetGlobal("error", PyValue.From(ExceptionTypes.RuntimeError));
        PyValue timeoutMax = PyValue.Float(LockTimeout.Max);
        m.SetGlobal("TIMEOUT_MAX", timeoutMax);
        timeoutMax.DecRef();
        m.SetGlobal("_Thread", PyValue.From(PyThread.ThreadType));

        BuiltinBody allocate = (t, a, kw) =>
        {
            CallArguments.Bind("allocate_lock", a, kw, Array.Empty<string>(), 0);
            return PyValue.From(new PyLock());
        };
        m.AddFunction("allocate_lock", allocate);
        m.AddFunction("allocate", allocate);
        m.AddFunction("start_new_thread", BareThread.StartNewThread);
        m.AddFunction("start_new", BareThread.StartNewThread);
        m.AddFunction("get_ident", (t, a, kw) =>
        {
            CallArguments.Bind("get_ident", a, kw, Array.Empty<string>(), 0);
            return PyValue.Int(t.Ident);
        });
        m.AddFunction("get_native_id", (t, a, kw) =>
        {
            CallArguments.Bind("get_native_id", a, kw, Array.Empty<string>(), 0);
            return PyValue.Int(t.NativeId);
        });
        AddThreadingFunction(m, "_current_thread", "current_thread", (t, a, kw) =>
        {
            CallArguments.Bind("current_thread", a, kw, Array.Empty<string>(), 0);
            return PyValue.From(t.Interp.Threads.Current(t)).NewRef();
        });
        AddThreadingFunction(m, "_main_thread", "main_thread", (t, a, kw) =>
        {
            CallArguments.Bind("main_thread", a, kw, Array.Empty<string>(), 0);
            PyThread? main = t.Interp.Threads.Main();
            return main == null ? PyValue.None : PyValue.From(main).NewRef();
        });
        AddThreadingFunction(m, "_active_count", "active_count", (t, a, kw) =>
        {
            CallArguments.Bind("active_count", a, kw, Array.Empty<string>(), 0);
            t.Interp.Threads.Current(t);
            return PyValue.Int(t.Interp.Threads.ActiveCount());
        });
        AddThreadingFunction(m, "_enumerate", "enumerate", (t, a, kw) =>
        {
            CallArguments.Bind("enumerate", a, kw, Array.Empty<string>(), 0);
            t.Interp.Threads.Current(t);
            var list = new PyList();
            foreach (PyThread th in t.Interp.Threads.Enumerate()) Ops.ListAppend(t, PyValue.From(list), PyValue.From(th));
            return PyValue.From(list);
        });
        m.AddFunction("_excepthook", ThreadExceptHook.Default);
        return m;
    }

    // A function threading.py re-exports under its public name: it reports that name and module, as CPython's do.
    private static void AddThreadingFunction(PyModule m, string exportName, string publicName, BuiltinBody body)
    {
        var f = new PyBuiltinFunction(publicName, body) { ModuleName = "threading" };
        m.SetGlobal(exportName, PyValue.From(f));
    }
}
