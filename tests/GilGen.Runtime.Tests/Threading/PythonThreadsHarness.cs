using System;
using System.IO;
using GilGen;
using GilGen.Runtime.Tests.Gil;

namespace GilGen.Runtime.Tests.Threading;

/// <summary>
/// An interpreter with captured stdout/stderr, and a way to run a C# body as its main thread with the GIL
/// held (what generated module code does), under a deadline so a bug fails instead of hanging.
/// </summary>
internal sealed class PythonThreadsHarness
{
    public readonly StringWriter Stdout = new();
    public readonly StringWriter Stderr = new();
    public readonly GilInterpreter Interp;

    public PythonThreadsHarness(RuntimeProfile profile = RuntimeProfile.Modern) =>
        Interp = new GilInterpreter(new GilOptions { Profile = profile, Stdout = Stdout, Stderr = Stderr });

    /// <summary>Runs <paramref name="main"/> on a fresh OS thread that enters the interpreter first.</summary>
    public void RunMain(Action<ThreadState> main)
    {
        var threads = new DeadlineThreads();
        threads.Start("python-main", () =>
        {
            ThreadState ts = Interp.Ensure();
            try
            {
                main(ts);
                Interp.JoinNonDaemonThreads(ts);
            }
            finally
            {
                Interp.Release(ts);
            }
        });
        threads.JoinAll();
    }

    /// <summary>An attribute of the <c>threading</c> module (new reference).</summary>
    public static PyValue ThreadingAttr(ThreadState ts, string name) => ts.Interp.Modules.Import(ts, "threading").GetGlobal(name);

    /// <summary>An attribute of the <c>time</c> module (new reference).</summary>
    public static PyValue TimeAttr(ThreadState ts, string name) => ts.Interp.Modules.Import(ts, "time").GetGlobal(name);

    /// <summary>callable(*args) with keyword names for the trailing arguments, as generated code calls.</summary>
    public static PyValue Call(ThreadState ts, PyValue callable, PyValue[] args, string[]? kwNames = null) =>
        Ops.Call(ts, callable, args, kwNames);

    /// <summary>obj.name(*args).</summary>
    public static PyValue CallMethod(ThreadState ts, PyValue obj, string name, params PyValue[] args)
    {
        PyValue bound = Ops.GetAttr(ts, obj, name);
        try { return Ops.Call(ts, bound, args, null); }
        finally { bound.DecRef(); }
    }

    /// <summary>A builtin function standing in for a Python function named <paramref name="name"/>.</summary>
    public static PyValue Function(string name, Func<ThreadState, PyValue> body) =>
        PyValue.From(new PyBuiltinFunction(name, (ts, a, kw) => body(ts)));

    /// <summary>Asserts that <paramref name="action"/> raises a Python exception of <paramref name="type"/> with <paramref name="message"/>.</summary>
    public static void AssertRaises(PyType type, string message, Action action)
    {
        PyException e = Assert.Throws<PyException>(action);
        Assert.Equal(type.Name + ": " + message, e.Message);
    }
}
