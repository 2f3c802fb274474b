using System;

namespace GilGen.Runtime;

/// <summary>
/// atexit: functions to call when the program ends, as CPython 3.12's module: <c>register</c> (usable as a decorator),
/// <c>unregister</c>, and the private <c>_run_exitfuncs</c>, <c>_clear</c> and <c>_ncallbacks</c>. The interpreter runs
/// the callbacks after <c>__main__</c> ends and its non-daemon threads are joined (<see cref="GilInterpreter.RunExitCallbacks"/>);
/// a worker process does not, as CPython's children leave through <c>os._exit</c>.
/// </summary>
public static class AtexitModule
{
    /// <summary>Makes atexit.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("atexit");
        m.AddFunction("register", Register);
        m.AddFunction("unregister", (ts2, a, kw) =>
        {
            var function = CallArguments.Bind("unregister", a, kw, ["func"], 1)[0];
            ts2.Interp.ExitCallbacks.Unregister(ts2, function);
            return PyValue.None;
        });
        m.AddFunction("_run_exitfuncs", (ts2, a, kw) =>
        {
            CallArguments.Bind("_run_exitfuncs", a, kw, [], 0);
            ts2.Interp.ExitCallbacks.Run(ts2);
            return PyValue.None;
        });
        m.AddFunction("_clear", (ts2, a, kw) =>
        {
            CallArguments.Bind("_clear", a, kw, [], 0);
            ts2.Interp.ExitCallbacks.Clear();
            return PyValue.None;
        });
        m.AddFunction("_ncallbacks", (ts2, a, kw) =>
        {
            CallArguments.Bind("_ncallbacks", a, kw, [], 0);
            return PyValue.Int(ts2.Interp.ExitCallbacks.Count);
        });
        return m;
    }

    // register(func, *args, **kwargs) -> func.
    private static PyValue Register(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        int positional = args.Length - (kwNames?.Length ?? 0);
        if (positional < 1) throw PyErr.TypeError($"register() takes at least 1 argument ({positional} given)");
        var function = args[0];
        if (!BuiltinsModule.IsCallable(function)) throw PyErr.TypeError("the first argument must be callable");
        ts.Interp.ExitCallbacks.Register(function, args[1..], kwNames);
        return function.NewRef();
    }
}
