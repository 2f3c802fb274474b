using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
namespace GilGen.Runtime;

public static partial class Ops
{
    /// <summary>CALL_FUNCTION / CALL_FUNCTION_KW / CALL_METHOD: args borrowed, result a new reference.</summary>
    /// <remarks>
    /// Inlined into generated code, so it holds only the two common cases (a Python function, a plain builtin
    /// function); everything else is <see cref="CallOther"/>, whose stack buffer would otherwise be zeroed in
    /// the prologue of every generated function that makes a call.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue Call(ThreadState ts, PyValue callable, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        ts.RequireGil();
        CheckedRefCounts.CheckAlive(callable, "call");
        var o = callable.Obj;
        if (o is PyFunction f)
        {
            EnterCall(ts);
            return CallFunction(ts, f, args, kwNames);
        }
        // A plain builtin function (abs, len, print): CPython's vectorcall of a C function counts no recursion
        // level, so neither does this; a Python function it calls back counts its own.
        if (o is PyBuiltinFunction { OwnerType: null } builtin && builtin.Self.IsUnbound) return builtin.Invoke(ts, args, kwNames);
        return CallOther(ts, callable, args, kwNames);
    }

    /// <summary>The calls <see cref="Call"/> does not inline: classes, bound methods, objects with <c>__call__</c>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue CallOther(ThreadState ts, PyValue callable, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var o = callable.Obj;
        if (o is PyType plain && args.Length < SelfAndArgs.Length && plain.PlainInitForCall() is PyFunction init)
            return NewPlainInstance(ts, plain, init, args, kwNames);
        if (o is null) throw PyErr.TypeError("'int' object is not callable");
        EnterCall(ts);
        try
        {
            if (o is PyType type) return type.Call(ts, args, kwNames);
            if (o.Type.Module != "builtins" && o.Type.Lookup("__call__") is PyValue c && c.Obj is PyFunction)
            {
                var buffer = new ValueBuffer();
                return Call(ts, c, PrependSelf(callable, args, ref buffer), kwNames);
            }
            return o.Call(ts, args, kwNames);
        }
        finally { ts.RecursionDepth--; }
    }

    /// <summary>
    /// Calling a class of object's layout whose <c>__init__</c> is a Python function (the common class): what
    /// <see cref="CallOther"/>, <see cref="PyType.Call"/> and <see cref="BuiltinConstructors.NewInstance"/> do, in one
    /// frame, with the same recursion levels (the class call's, then __init__'s) and the same order of effects.
    /// </summary>
    private static PyValue NewPlainInstance(ThreadState ts, PyType type, PyFunction init, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        EnterCall(ts);
        try
        {
            var inst = PyValue.From(new PyInstance(type));
            PyValue r;
            try
            {
                // The caller's reference to the new instance is never the last during the call (see CallFunctionWithOwnedSelf).
                var small = new SelfAndArgs();
                var withSelf = PrependSelf(inst, args, small);
                EnterCall(ts);
                r = CallFunction(ts, init, withSelf, kwNames);
            }
            catch { inst.DecRef(); throw; }
            if (!r.IsNone) { r.DecRef(); inst.DecRef(); throw PyErr.TypeError($"__init__() should return None, not '{r.Type.Name}'"); }
            return inst;
        }
        finally { ts.RecursionDepth--; }
    }

    /// <summary>
    /// Counts a call against CPython's recursion limit, and turns a recursion that the thread's stack cannot
    /// hold (a high sys.setrecursionlimit, big frames) into the same RecursionError instead of a .NET stack
    /// overflow, which would kill the process. The stack probe asks the runtime (a thread-local lookup), so it
    /// runs at every fourth level only: the runtime keeps at least 64 KiB in reserve, far more than the few
    /// frames of generated and runtime code that three levels take.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void EnterCall(ThreadState ts)
    {
        int depth = ++ts.RecursionDepth;
        if (depth > ts.RecursionLimit || ((depth & 3) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
            RecursionTooDeep(ts);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RecursionTooDeep(ThreadState ts)
    {
        ts.RecursionDepth--;
        throw PyErr.RecursionError("maximum recursion depth exceeded");
    }

    /// <summary>
    /// function(self, *args) from runtime code that still needs <paramref name="self"/> afterwards (a new
    /// instance before __init__, a bound method's self): a reference is held across the call, so the
    /// reference the call moves into the callee's frame is never the last one.
    /// </summary>
    public static PyValue CallWithSelf(ThreadState ts, PyValue function, PyValue self, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (args.Length >= SelfAndArgs.Length) return CallWithSelfAndManyArgs(ts, function, self, args, kwNames);
        // Most calls through here have a few arguments: a small buffer is cheaper to clear than ValueBuffer.
        var small = new SelfAndArgs();
        return CallHoldingSelf(ts, function, self, PrependSelf(self, args, small), kwNames);
    }

    /// <summary>
    /// <paramref name="function"/>(self, *args) for a caller that owns a reference to <paramref name="self"/> for
    /// the whole call (a new instance before its __init__). Unlike <see cref="CallWithSelf"/> it adds no reference
    /// around the call: the caller's is never the last one, and sys.getrefcount inside the callee reports the same
    /// count either way (a held reference would be moved into the frame and left out of the report).
    /// </summary>
    internal static PyValue CallFunctionWithOwnedSelf(ThreadState ts, PyFunction function, PyValue self, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (args.Length >= SelfAndArgs.Length) return CallWithSelfAndManyArgs(ts, PyValue.From(function), self, args, kwNames);
        var small = new SelfAndArgs();
        var withSelf = PrependSelf(self, args, small);
        EnterCall(ts);
        return CallFunction(ts, function, withSelf, kwNames);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue CallWithSelfAndManyArgs(ThreadState ts, PyValue function, PyValue self, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var buffer = new ValueBuffer();
        return CallHoldingSelf(ts, function, self, PrependSelf(self, args, ref buffer), kwNames);
    }

    private static PyValue CallHoldingSelf(ThreadState ts, PyValue function, PyValue self, ReadOnlySpan<PyValue> withSelf, string[]? kwNames)
    {
        self.IncRef();
        try { return Call(ts, function, withSelf, kwNames); }
        finally { self.DecRef(); }
    }

    /// <summary>(self, *args) as one span in <paramref name="buffer"/>, which has room for them.</summary>
    private static Span<PyValue> PrependSelf(PyValue self, ReadOnlySpan<PyValue> args, Span<PyValue> buffer)
    {
        var withSelf = buffer.Slice(0, args.Length + 1);
        withSelf[0] = self;
        args.CopyTo(withSelf.Slice(1));
        return withSelf;
    }

    /// <summary>(self, *args) as one span: up to 15 arguments in <paramref name="buffer"/> on the caller's stack, more in an array.</summary>
    private static Span<PyValue> PrependSelf(PyValue self, ReadOnlySpan<PyValue> args, ref ValueBuffer buffer) =>
        PrependSelf(self, args, args.Length < 16 ? (Span<PyValue>)buffer : new PyValue[args.Length + 1]);

    /// <summary>
    /// Calls a Python function the way CPython 3.11+ does: the caller's references to the arguments move into
    /// the new frame for the duration of the call (the frame, not the caller's stack, owns them), so
    /// sys.getrefcount inside the callee sees what CPython 3.11/3.12 print. Generated code keeps the 3.9
    /// discipline (callee IncRefs into its locals, caller DecRefs after the call), so a moved reference stays
    /// counted (the object lives until the caller drops it, and reaches zero once) and is only left out of
    /// what sys.getrefcount reports (<see cref="PyObject.MovedRefs"/>) until the call returns. Leaves the call
    /// counted by <see cref="EnterCall"/>.
    /// </summary>
    private static PyValue CallFunction(ThreadState ts, PyFunction f, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        // A reference that is the only one (a temporary, or an object runtime code still uses after the
        // call, such as an iterator or a new instance) is not moved: runtime callers keep their reference
        // across the call, as CPython's C code does.
        ulong moved = 0;
        int n = Math.Min(args.Length, 64);
        for (int i = 0; i < n; i++)
        {
            var a = args[i].Obj;
            if (a is not null && a.RefCount - a.MovedRefs > 1) { a.MovedRefs++; moved |= 1UL << i; }
        }
        try { return f.Invoke(ts, args, kwNames); }
        finally
        {
            ts.RecursionDepth--;
            for (int i = 0; moved != 0; i++, moved >>= 1)
                if ((moved & 1) != 0) args[i].Obj!.MovedRefs--;
        }
    }

    /// <summary>CALL_FUNCTION_EX: f(*argsTuple, **kwargs). kwargs may be Unbound.</summary>
    public static PyValue CallEx(ThreadState ts, PyValue callable, PyValue argsTuple, PyValue kwargsDictOrUnbound)
    {
        var positional = argsTuple.Obj is PyTuple t ? t.Items : null;
        PyValueList? owned = null;
        if (positional == null)
        {
            if (argsTuple.Obj is null || argsTuple.Obj.GetType() == typeof(PyInstance) && argsTuple.Type.Lookup("__iter__") is null && !(argsTuple.Obj is PyList))
                throw PyErr.TypeError($"{CallableName(callable)} argument after * must be an iterable, not {argsTuple.Type.Name}");
            owned = ToList(ts, argsTuple);
            positional = owned.ToArray();
        }
        try
        {
            if (kwargsDictOrUnbound.IsUnbound || kwargsDictOrUnbound.IsNone ||
                (kwargsDictOrUnbound.Obj is PyDict empty && empty.Count == 0))
                return Call(ts, callable, positional, null);
            if (kwargsDictOrUnbound.Obj is not PyDict kw)
                throw PyErr.TypeError($"{CallableName(callable)} argument after ** must be a mapping, not {kwargsDictOrUnbound.Type.Name}");
            var all = new PyValue[positional.Length + kw.Count];
            positional.CopyTo(all, 0);
            var names = new string[kw.Count];
            int i = 0;
            foreach (var (k, v) in kw.Table.Entries())
            {
                if (k.Obj is not PyStr ks) throw PyErr.TypeError("keywords must be strings");
                names[i] = ks.Value;
                all[positional.Length + i] = v;
                i++;
            }
            return Call(ts, callable, all, names);
        }
        finally
        {
            if (owned != null) foreach (var v in owned) v.DecRef();
        }
    }

    /// <summary>How CPython names a callable in argument errors: "f()" for functions.</summary>
    public static string CallableName(PyValue callable) => callable.Obj switch
    {
        // _PyObject_FunctionStr: the qualified name, with its module unless that is builtins.
        PyFunction f => (f.Module.Name == "builtins" ? "" : f.Module.Name + ".") + f.QualName + "()",
        PyBoundMethod m => CallableName(m.Function),
        PyBuiltinFunction b => b.Name + "()",
        PyType t => (t.Module == "builtins" ? "" : t.Module + ".") + t.QualName + "()",
        _ => callable.Type.Name + " object",
    };

    /// <summary>MAKE_FUNCTION: a new function object. Steals nothing: tuple/dict arguments are borrowed.</summary>
    public static PyValue MakeFunction(ThreadState ts, CodeInfo code, FunctionBody body, ArgSpec spec, PyModule module, string qualName,
                                       PyValue defaults, PyValue kwDefaults, PyValue annotations, PyValue closure)
    {
        PyValue[]? defs = null;
        if (defaults.Obj is PyTuple dt && dt.Items.Length > 0)
        {
            defs = (PyValue[])dt.Items.Clone();
            foreach (var d in defs) d.IncRef();
        }
        PyDict? kwd = null;
        if (kwDefaults.Obj is PyDict kd) { PyValue.From(kd).IncRef(); kwd = kd; }
        PyCell[]? cells = null;
        if (closure.Obj is PyTuple ct)
        {
            cells = new PyCell[ct.Items.Length];
            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = (PyCell)ct.Items[i].Obj!;
                PyValue.From(cells[i]).IncRef();
            }
        }
        var fn = new PyFunction(code, module, body, spec, defs, kwd, cells, qualName);
        if (!annotations.IsUnbound && annotations.Obj is PyObject) fn.SetAttr(ts, "__annotations__", annotations);
        var doc = module.GetGlobal("__doc__");
        doc.DecRef();
        return PyValue.From(fn);
    }
}
