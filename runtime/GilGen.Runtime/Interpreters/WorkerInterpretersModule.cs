using System;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// <c>_interpreters</c>: GilGen's C# half of <c>multiprocessing</c> and <c>ProcessPoolExecutor</c> (both written in
/// Python over it, docs/architecture/design.md §5 and §5c). <c>start(name)</c> starts a worker interpreter
/// (<see cref="WorkerInterpreter"/>) by the start method <c>method</c> (<c>'spawn'</c>, the default, <c>'fork'</c> or
/// <c>'forkserver'</c>; with <c>fn, args, kwargs</c> a worker that runs that one call, then ends, or with <c>serve=True</c>
/// goes on serving calls; <c>parent_method</c>: the parent's <c>get_start_method()</c>, the child's starting value) and
/// returns its handle, whose methods are <c>call(fn, args, kwargs, inheriting=False)</c>, <c>first_result()</c>,
/// <c>close()</c>, <c>terminate()</c>, <c>kill()</c>, <c>join(timeout)</c>, <c>pid()</c>, <c>exitcode()</c> and
/// <c>name()</c>; <c>worker_name()</c>, <c>start_method()</c>, <c>parent_start_method()</c>, <c>parent_pid()</c> and
/// <c>bootstrapping()</c> describe the calling interpreter.
/// </summary>
public static class WorkerInterpretersModule
{
    /// <summary><c>_interpreters.WorkerDied</c>: the worker ended before it finished a call.</summary>
    public static readonly PyType WorkerDiedType = new("WorkerDied", ExceptionTypes.RuntimeError) { Module = "_interpreters" };

    /// <summary>The class of the handles <c>start</c> returns.</summary>
    public static readonly PyType WorkerType = CreateWorkerType();

    /// <summary>Builds the module (once per interpreter).</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("_interpreters");
        m.SetGlobal("WorkerDied", PyValue.From(WorkerDiedType));
        m.SetGlobal("Worker", PyValue.From(WorkerType));
        m.AddFunction("start", (t, a, kw) =>
        {
            var p = CallArguments.Bind("start", a, kw, new[] { "name", "fn", "args", "kwargs", "method", "serve", "parent_method" }, 1);
            string name = Ops.StrOf(t, p[0]);
            string method = p[4].IsUnbound || p[4].IsNone ? "spawn" : Ops.StrOf(t, p[4]);
            string? parentMethod = p[6].IsUnbound || p[6].IsNone ? null : Ops.StrOf(t, p[6]);
            if (p[1].IsUnbound || p[1].IsNone) return PyValue.From(new Handle(WorkerInterpreter.Start(t, name, method, parentMethod)));
            if (p[2].Obj is not PyTuple || p[3].Obj is not PyDict) throw PyErr.TypeError("start() needs args as a tuple and kwargs as a dict");
            bool serve = !p[5].IsUnbound && Ops.IsTrue(t, p[5]);
            return PyValue.From(new Handle(WorkerInterpreter.StartWithCall(t, name, method, p[1], p[2], p[3], serve, parentMethod)));
        });
        m.AddFunction("check_copyable", (t, a, kw) =>
        {
            // What pickling raises for an object that cannot be sent to a process, without sending it.
            var p = CallArguments.Bind("check_copyable", a, kw, new[] { "obj", "inheriting" }, 1);
            CrossInterpreterCopy.Export(t, p[0], !p[1].IsUnbound && Ops.IsTrue(t, p[1]));
            return PyValue.None;
        });
        m.AddFunction("worker_name", (t, a, kw) =>
        {
            CallArguments.Bind("worker_name", a, kw, Array.Empty<string>(), 0);
            return t.Interp.Worker is WorkerInterpreter w ? PyValue.Str(w.Name) : PyValue.None;
        });
        m.AddFunction("start_method", (t, a, kw) =>
        {
            CallArguments.Bind("start_method", a, kw, Array.Empty<string>(), 0);
            return t.Interp.Worker is WorkerInterpreter w ? PyValue.Str(w.StartMethod) : PyValue.None;
        });
        m.AddFunction("parent_start_method", (t, a, kw) =>
        {
            CallArguments.Bind("parent_start_method", a, kw, Array.Empty<string>(), 0);
            return t.Interp.Worker is { ParentStartMethod: string method } ? PyValue.Str(method) : PyValue.None;
        });
        m.AddFunction("parent_pid", (t, a, kw) =>
        {
            CallArguments.Bind("parent_pid", a, kw, Array.Empty<string>(), 0);
            return t.Interp.ParentProcessId is long pid ? PyValue.Int(pid) : PyValue.None;
        });
        m.AddFunction("bootstrapping", (t, a, kw) =>
        {
            CallArguments.Bind("bootstrapping", a, kw, Array.Empty<string>(), 0);
            return PyValue.Bool(t.Interp.Worker is { Bootstrapping: true });
        });
        return m;
    }

    /// <summary>
    /// The Python object of one worker. A copy sent to another interpreter (a manager's proxy given to a process)
    /// is a handle on the same worker.
    /// </summary>
    internal sealed class Handle(WorkerInterpreter worker) : PyObject
    {
        public readonly WorkerInterpreter Worker = worker;

        public override PyType Type => WorkerType;

        public override string ReprString(ThreadState? ts) => $"<_interpreters.Worker {Worker.Name} pid={Worker.Pid}>";
    }

    private static WorkerInterpreter Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is Handle h ? h.Worker : throw PyErr.TypeError("descriptor requires a '_interpreters.Worker' object");

    private static PyType CreateWorkerType()
    {
        var type = new PyType("Worker", PyType.Object, (ts, t, a, kw) => throw PyErr.TypeError("cannot create '_interpreters.Worker' instances"))
        { Module = "_interpreters", IsBaseType = false };
        type.AddMethod("call", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("call", a, kw, new[] { "fn", "args", "kwargs", "inheriting" }, 3, skip: 1);
            if (p[1].Obj is not PyTuple) throw PyErr.TypeError("call() argument 'args' must be a tuple");
            if (p[2].Obj is not PyDict) throw PyErr.TypeError("call() argument 'kwargs' must be a dict");
            return Self(a).Call(ts, p[0], p[1], p[2], !p[3].IsUnbound && Ops.IsTrue(ts, p[3]));
        });
        type.AddMethod("first_result", (ts, a, kw) =>
        {
            CallArguments.Bind("first_result", a, kw, Array.Empty<string>(), 0, skip: 1);
            return Self(a).InitialResult(ts);
        });
        type.AddMethod("close", (ts, a, kw) => { Self(a).Close(); return PyValue.None; });
        type.AddMethod("terminate", (ts, a, kw) => { Self(a).Terminate(); return PyValue.None; });
        type.AddMethod("kill", (ts, a, kw) => { Self(a).Terminate(-9); return PyValue.None; });
        type.AddMethod("join", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("join", a, kw, new[] { "timeout" }, 0, skip: 1);
            int ms = p[0].IsUnbound || p[0].IsNone ? -1 : (int)Math.Min(int.MaxValue, Math.Max(0, Math.Ceiling(CallArguments.ToSeconds(p[0]) * 1000)));
            return PyValue.Bool(Self(a).Join(ts, ms));
        });
        type.AddMethod("pid", (ts, a, kw) => PyValue.Int(Self(a).Pid));
        type.AddMethod("name", (ts, a, kw) => PyValue.Str(Self(a).Name));
        type.AddMethod("exitcode", (ts, a, kw) => Self(a).ExitCode is int code ? PyValue.Int(code) : PyValue.None);
        return type;
    }

    // A module initializer, as for the other builtin modules: import is by name.
#pragma warning disable CA2255 // ModuleInitializer in a library: intended, it only fills a name table
    [ModuleInitializer]
    internal static void Register() => ModuleRegistry.RegisterBuiltinModule("_interpreters", Create);
#pragma warning restore CA2255
}
