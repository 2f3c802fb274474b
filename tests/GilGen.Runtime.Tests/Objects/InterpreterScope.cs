using System;
using System.IO;
using GilGen;
using GilGen.Runtime;

namespace GilGen.Runtime.Tests.Objects;

/// <summary>A fresh interpreter with captured stdout, entered on the test's thread for the test's duration.</summary>
public sealed class InterpreterScope : IDisposable
{
    public readonly StringWriter Out = new();
    public readonly GilInterpreter Interp;
    public readonly ThreadState Ts;

    public InterpreterScope()
    {
        Interp = new GilInterpreter(new GilOptions { Stdout = Out, Stderr = Out });
        Ts = Interp.Ensure();
    }

    public PyValue Builtin(string name) => BuiltinsModule.Instance.GetGlobal(name);

    /// <summary>Calls a builtin by name with positional args (borrowed) and optional keywords.</summary>
    public PyValue CallBuiltin(string name, params PyValue[] args) => Ops.Call(Ts, Builtin(name), args, null);

    public PyValue CallKw(PyValue callable, PyValue[] args, string[] kwNames) => Ops.Call(Ts, callable, args, kwNames);

    /// <summary>o.name(*args) through LOAD_METHOD / CALL_METHOD, as generated code does.</summary>
    public PyValue CallMethod(PyValue o, string name, params PyValue[] args)
    {
        Ops.LoadMethod(Ts, o, name, out var method, out var self);
        try
        {
            if (self.IsUnbound) return Ops.Call(Ts, method, args, null);
            var all = new PyValue[args.Length + 1];
            all[0] = self;
            args.CopyTo(all, 1);
            return Ops.Call(Ts, method, all, null);
        }
        finally { method.DecRef(); self.DecRef(); }
    }

    public string Repr(PyValue v) => Ops.ReprOf(Ts, v);
    public string Str(PyValue v) => Ops.StrOf(Ts, v);

    public PyException Throws(Action a) => Assert.Throws<PyException>(a);

    public static string Message(PyException e) => e.Message;

    public void Dispose() => Interp.Release(Ts);
}
