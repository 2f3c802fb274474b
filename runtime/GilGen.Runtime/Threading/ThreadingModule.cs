using System;
using GilGen;

namespace GilGen.Runtime;

/// <summary>
/// The <c>threading</c> module of one interpreter: Thread, Lock, RLock, Condition, Semaphore,
/// BoundedSemaphore, Event, Timer, local, and the functions that look at the running threads.
/// </summary>
public static class ThreadingModule
{
    /// <summary>Builds the module for the interpreter of <paramref name="ts"/> (once per interpreter, by the module registry).</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("threading");
        m.SetGlobal("Thread", PyValue.From(PyThread.ThreadType));
        m.SetGlobal("Timer", PyValue.From(PyTimer.TimerType));
        m.SetGlobal("Lock", PyValue.From(PyLock.LockType));
        m.SetGlobal("RLock", PyValue.From(PyRLock.RLockType));
        m.SetGlobal("Condition", PyValue.From(PyCondition.ConditionType));
        m.SetGlobal("Semaphore", PyValue.From(PySemaphore.SemaphoreType));
        m.SetGlobal("BoundedSemaphore", PyValue.From(PySemaphore.BoundedSemaphoreType));
        m.SetGlobal("Event", PyValue.From(PyEvent.EventType));
        m.SetGlobal("local", PyValue.From(PyThreadLocal.LocalType));
        PyValue timeoutMax = PyValue.Float(LockTimeout.Max);
        m.SetGlobal("TIMEOUT_MAX", timeoutMax);
        timeoutMax.DecRef();

        BuiltinBody currentThread = (t, a, kw) =>
        {
            CallArguments.Bind("current_thread", a, kw, Array.Empty<string>(), 0);
            return PyValue.From(t.Interp.Threads.Current(t)).NewRef();
        };
        m.AddFunction("current_thread", currentThread);
        m.AddFunction("currentThread", currentThread);
        m.AddFunction("main_thread", (t, a, kw) =>
        {
            CallArguments.Bind("main_thread", a, kw, Array.Empty<string>(), 0);
            PyThread? main = t.Interp.Threads.Main();
            return main == null ? PyValue.None : PyValue.From(main).NewRef();
        });
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
        BuiltinBody activeCount = (t, a, kw) =>
        {
            CallArguments.Bind("active_count", a, kw, Array.Empty<string>(), 0);
            t.Interp.Threads.Current(t);
            return PyValue.Int(t.Interp.Threads.ActiveCount());
        };
        m.AddFunction("active_count", activeCount);
        m.AddFunction("activeCount", activeCount);
        m.AddFunction("enumerate", (t, a, kw) =>
        {
            CallArguments.Bind("enumerate", a, kw, Array.Empty<string>(), 0);
            t.Interp.Threads.Current(t);
            var list = new PyList();
            foreach (PyThread th in t.Interp.Threads.Enumerate()) Ops.ListAppend(t, PyValue.From(list), PyValue.From(th));
            return PyValue.From(list);
        });
        return m;
    }
}
