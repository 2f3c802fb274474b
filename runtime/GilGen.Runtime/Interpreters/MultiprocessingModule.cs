using System;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// <c>_multiprocessing</c>: the C# half of the objects <c>multiprocessing</c> shares between processes (the Python
/// half is <c>multiprocessing.synchronize</c> and <c>multiprocessing.queues</c>). <c>Lock()</c>, <c>RLock()</c>,
/// <c>Semaphore(value)</c>, <c>BoundedSemaphore(value)</c> (<see cref="PySemLock"/>), <c>manager_lock(recursive)</c> (a Manager's), <c>Channel()</c>
/// (<see cref="PyChannel"/>), <c>SEM_VALUE_MAX</c>, and <c>assert_spawning(obj)</c>, which a Python class's
/// <c>__getstate__</c> calls so that it is copied to another process only by inheritance, as CPython's
/// <c>multiprocessing.context.assert_spawning</c>.
/// </summary>
public static class MultiprocessingModule
{
    /// <summary>Builds the module (once per interpreter).</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("_multiprocessing");
        m.SetGlobal("SEM_VALUE_MAX", PyValue.Int(PySemLock.SemValueMax));
        m.SetGlobal("Channel", PyValue.From(PyChannel.ChannelType));
        m.AddFunction("Lock", (t, a, kw) =>
        {
            CallArguments.Bind("Lock", a, kw, Array.Empty<string>(), 0);
            return PyValue.From(PySemLock.Create(PySemLock.LockType, 1));
        });
        m.AddFunction("RLock", (t, a, kw) =>
        {
            CallArguments.Bind("RLock", a, kw, Array.Empty<string>(), 0);
            return PyValue.From(PySemLock.Create(PySemLock.RLockType, 1));
        });
        // A Manager's Lock() and RLock(): shared directly rather than proxied (a blocking acquire would stop the
        // manager, which serves one call at a time), so copied by any route, as CPython's proxies are.
        m.AddFunction("manager_lock", (t, a, kw) =>
        {
            var p = CallArguments.Bind("manager_lock", a, kw, new[] { "recursive" }, 1);
            return PyValue.From(PySemLock.Create(Ops.IsTrue(t, p[0]) ? PySemLock.RLockType : PySemLock.LockType, 1, ofManager: true));
        });
        m.AddFunction("Semaphore", (t, a, kw) => PyValue.From(PySemLock.Create(PySemLock.SemaphoreType, InitialValue(t, "Semaphore", a, kw))));
        m.AddFunction("BoundedSemaphore", (t, a, kw) => PyValue.From(PySemLock.Create(PySemLock.BoundedSemaphoreType, InitialValue(t, "BoundedSemaphore", a, kw))));
        m.AddFunction("assert_spawning", (t, a, kw) =>
        {
            var p = CallArguments.Bind("assert_spawning", a, kw, new[] { "obj" }, 1);
            CrossInterpreterCopy.AssertInheriting(p[0].Type.Name);
            return PyValue.None;
        });
        return m;
    }

    // The value sem_open is given, with CPython's errors: too large for a C int, or negative (EINVAL).
    private static int InitialValue(ThreadState ts, string name, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        var p = CallArguments.Bind(name, a, kw, new[] { "value" }, 0);
        if (p[0].IsUnbound) return 1;
        if (p[0].Obj is PyFloat || !Numbers.TryInt(p[0], out var n)) throw PyErr.TypeError($"'{p[0].Type.Name}' object cannot be interpreted as an integer");
        if (n > int.MaxValue || n < int.MinValue) throw PyErr.OverflowError("Python int too large to convert to C int");
        if (n < 0)
        {
            var text = PyValue.Str("Invalid argument");
            PyValue error;
            try { error = Ops.Call(ts, PyValue.From(ExceptionTypes.OSError), new[] { PyValue.Int(22), text }, null); }
            finally { text.DecRef(); }
            throw new PyException((PyBaseException)error.Obj!);
        }
        return (int)n;
    }

#pragma warning disable CA2255 // ModuleInitializer in a library: intended, it only fills a name table
    [ModuleInitializer]
    internal static void Register() => ModuleRegistry.RegisterBuiltinModule("_multiprocessing", Create);
#pragma warning restore CA2255
}
