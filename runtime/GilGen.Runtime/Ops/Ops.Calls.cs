using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
namespace GilGen.Runtime;

public static partial class Ops
{
    /// <summary>A call from runtime code: callable and args borrowed, result a new reference.</summary>
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

    /// <summary>
    /// CALL_FUNCTION / CALL_FUNCTION_KW / CALL_METHOD: the callable's and the arguments' references are consumed
    /// (also when the call raises), the result is a new reference. A Python function takes the arguments' references
    /// into its frame, as CPython 3.11+ moves them (see <see cref="FunctionBody"/>), and the callable is released
    /// after the callee's locals, as 3.12's frame releases its function object last; any other callable borrows
    /// them for the call and they are released after it, callable first.
    /// </summary>
    public static PyValue CallConsuming(ThreadState ts, PyValue callable, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        ts.RequireGil();
        CheckedRefCounts.CheckAlive(callable, "call");
        if (callable.Obj is PyFunction f)
        {
            if (CallTooDeep(ts)) RecursionTooDeepConsuming(ts, callable, args);
            try { return f.InvokeConsuming(ts, args, kwNames); }
            finally { ts.RecursionDepth--; callable.DecRef(); }
        }
        // A plain builtin function is immortal (PyBuiltinFunction's constructor): nothing to release but the arguments.
        if (callable.Obj is PyBuiltinFunction builtin && builtin.Self.IsUnbound)
        {
            if (builtin.OwnerType is null) return CallBuiltinConsuming(ts, builtin, args, kwNames);
            // A builtin type's method that LOAD_METHOD found (s.startswith(x), d.get(k)): self is an instance of that very
            // type, so PyBuiltinFunction.Call's checks pass; the body runs in one layer instead of three.
            if (args.Length > (kwNames?.Length ?? 0) && ReferenceEquals(args[0].Type, builtin.OwnerType))
                return CallMethodDescriptorConsuming(ts, builtin, args, kwNames);
        }
        if (callable.Obj is PyType type && kwNames == null && args.Length < SelfAndArgs.Length && type.PlainInitForCall() is PyFunction init)
            return NewPlainInstanceConsuming(ts, type, init, args);
        return CallOtherConsuming(ts, callable, args, kwNames);
    }

    /// <summary>
    /// CALL_FUNCTION of a class of object's layout whose <c>__init__</c> is a Python function, with positional
    /// arguments: what <see cref="CallOtherConsuming"/>, <see cref="CallOther"/>, <see cref="NewPlainInstance"/> and
    /// <see cref="CallFunction"/> do, in one frame. The same recursion level (__init__'s frame; the class call counts none), the
    /// same references (__init__'s frame takes its own to self and to each argument, which the caller's stack keeps
    /// until the call returns, as CPython's slot_tp_init passes them on) and the same order of effects: the class's
    /// and the arguments' references are released after the call, the class first, also when it raises.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue NewPlainInstanceConsuming(ThreadState ts, PyType type, PyFunction init, ReadOnlySpan<PyValue> args)
    {
        try
        {
            var inst = PyValue.From(new PyInstance(type));
            PyValue r;
            bool initialized = false;
            try
            {
                // Filled at constant indices: the JIT then knows that the buffer is on the stack and stores without
                // write barriers (Span.CopyTo took the bulk move with barriers, a loop one barrier helper per value).
                var small = new SelfAndArgs();
                small[0] = inst;
                if (args.Length > 0) small[1] = args[0];
                if (args.Length > 1) small[2] = args[1];
                if (args.Length > 2) small[3] = args[2];
                var withSelf = ((Span<PyValue>)small).Slice(0, args.Length + 1);
                EnterCall(ts);
                try
                {
                    HoldAll(withSelf);
                    r = init.InvokeConsuming(ts, withSelf, null);
                    initialized = true;
                }
                finally { ts.RecursionDepth--; }
            }
            finally { if (!initialized) inst.DecRef(); }
            if (!r.IsNone) { r.DecRef(); inst.DecRef(); throw PyErr.TypeError($"__init__() should return None, not '{r.Type.Name}'"); }
            return inst;
        }
        finally
        {
            PyValue.From(type).DecRef();
            ReleaseAll(args);
        }
    }

    /// <summary>
    /// CALL_FUNCTION 1: <see cref="CallConsuming"/> with its one argument as a value, so that the generated code takes
    /// no stack slot's address for a span; a builtin with a body for one argument (len, abs) runs it directly.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static unsafe PyValue CallConsuming1(ThreadState ts, PyValue callable, PyValue arg)
    {
        if (callable.Obj is PyBuiltinFunction builtin && builtin.OneArgumentBody != null)
        {
            // An argument that holds no reference (an inline int) has nothing to release when the body raises: the body
            // is called from here, without CallOneArgumentBuiltinConsuming's layer and its try/finally.
            if (arg.Obj is null)
            {
                ts.RequireGil();
                return builtin.OneArgumentBody(ts, arg);
            }
            return CallOneArgumentBuiltinConsuming(ts, builtin, arg);
        }
        if (callable.Obj is { } o && o.GetType() == typeof(PyType) && Unsafe.As<PyType>(o).OneArgumentConstructor != null)
            return CallOneArgumentConstructorConsuming(ts, Unsafe.As<PyType>(o), arg);
        return CallConsuming(ts, callable, new ReadOnlySpan<PyValue>(in arg), null);
    }

    // str(x), int(x) or float(x): the class's one-argument constructor alone, as CPython 3.12 specializes str(x)
    // (CALL_NO_KW_STR_1) and calls int's and float's vectorcall, instead of the class call's layers (CallOther,
    // PyType.Call, the constructor's argument parsing), which made str(i) seven times slower than CPython's. It counts no
    // recursion level of its own (a __str__ or __int__ in Python it runs counts one), as CPython 3.12 counts a builtin
    // call against its separate C limit only. The class is immortal; the argument is released after the conversion,
    // also when it raises (int("x")).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe PyValue CallOneArgumentConstructorConsuming(ThreadState ts, PyType type, PyValue arg)
    {
        ts.RequireGil();
        try { return type.OneArgumentConstructor(ts, arg); }
        finally { arg.DecRef(); }
    }

    // A plain builtin function, immortal: only the argument is released (also when the body raises). Not inlined: its
    // try/finally would be an exception region of every generated method with such a call, which the JIT pays for.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe PyValue CallOneArgumentBuiltinConsuming(ThreadState ts, PyBuiltinFunction builtin, PyValue arg)
    {
        ts.RequireGil();
        try { return builtin.OneArgumentBody(ts, arg); }
        finally { arg.DecRef(); }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue CallBuiltinConsuming(ThreadState ts, PyBuiltinFunction builtin, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        try { return builtin.Invoke(ts, args, kwNames); }
        finally { ReleaseAll(args); }
    }

    // What CallOtherConsuming, CallOther and PyBuiltinFunction.Call do for a method descriptor whose self has its owner's
    // type: the body through its entry point, no recursion level (a builtin's call counts none), the arguments released
    // after it (the descriptor is immortal, see PyBuiltinFunction's constructor).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue CallMethodDescriptorConsuming(ThreadState ts, PyBuiltinFunction descriptor, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        try { return descriptor.Invoke(ts, args, kwNames); }
        finally { ReleaseAll(args); }
    }

    // CallConsuming has checked the GIL and the callable, and ruled out the two kinds Call inlines.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue CallOtherConsuming(ThreadState ts, PyValue callable, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        try { return CallOther(ts, callable, args, kwNames); }
        finally
        {
            callable.DecRef();
            ReleaseAll(args);
        }
    }

    /// <summary>Adds a reference to each value, first to last.</summary>
    private static void HoldAll(ReadOnlySpan<PyValue> values)
    {
        foreach (var v in values) v.IncRef();
    }

    /// <summary>Drops a reference to each value, first to last.</summary>
    internal static void ReleaseAll(ReadOnlySpan<PyValue> values)
    {
        foreach (var v in values) v.DecRef();
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RecursionTooDeepConsuming(ThreadState ts, PyValue callable, ReadOnlySpan<PyValue> args)
    {
        callable.DecRef();
        ReleaseAll(args);
        RecursionTooDeep(ts);
    }

    /// <summary>
    /// The calls <see cref="Call"/> does not inline: classes, bound methods, objects with <c>__call__</c>. As in CPython
    /// 3.12, only a Python frame counts a recursion level: the class call, the bound method or the object counts none,
    /// the __init__, the method or the __call__ it runs counts one.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue CallOther(ThreadState ts, PyValue callable, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var o = callable.Obj;
        if (o is PyType plain && args.Length < SelfAndArgs.Length && plain.PlainInitForCall() is PyFunction init)
            return NewPlainInstance(ts, plain, init, args, kwNames);
        if (o is null) throw PyErr.TypeError("'int' object is not callable");
        if (o is PyType type) return type.Call(ts, args, kwNames);
        if (o.Type.IsOutsideBuiltins && o.Type.Lookup("__call__") is PyValue c && c.Obj is PyFunction)
        {
            var buffer = new ValueBuffer();
            return Call(ts, c, PrependSelf(callable, args, ref buffer), kwNames);
        }
        return o.Call(ts, args, kwNames);
    }

    /// <summary>
    /// Calling a class of object's layout whose <c>__init__</c> is a Python function (the common class): what
    /// <see cref="CallOther"/>, <see cref="PyType.Call"/> and <see cref="BuiltinConstructors.NewInstance"/> do, in one
    /// frame, with the same recursion level (__init__'s) and the same order of effects.
    /// </summary>
    private static PyValue NewPlainInstance(ThreadState ts, PyType type, PyFunction init, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var inst = PyValue.From(new PyInstance(type));
        PyValue r;
        bool initialized = false;
        try
        {
            // This frame keeps its reference to the new instance across the call; __init__'s frame takes one of its own.
            var small = new SelfAndArgs();
            var withSelf = PrependSelf(inst, args, small);
            EnterCall(ts);
            r = CallInit(ts, init, withSelf, kwNames);
            initialized = true;
        }
        finally { if (!initialized) inst.DecRef(); }
        if (!r.IsNone) { r.DecRef(); inst.DecRef(); throw PyErr.TypeError($"__init__() should return None, not '{r.Type.Name}'"); }
        return inst;
    }

    /// <summary>
    /// <c>__init__(self, *args)</c> of a class call (<paramref name="self"/>, the new instance, and the arguments
    /// borrowed), counted as a call of its own.
    /// </summary>
    internal static PyValue CallInit(ThreadState ts, PyFunction init, PyValue self, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var buffer = new ValueBuffer();
        var withSelf = PrependSelf(self, args, ref buffer);
        EnterCall(ts);
        return CallInit(ts, init, withSelf, kwNames);
    }

    // With keywords, self and the arguments are held for the call, as CPython's slot_tp_init holds them: its
    // _PyObject_Call_Prepend copies them into an array of its own references (_PyStack_UnpackDict) then.
    private static PyValue CallInit(ThreadState ts, PyFunction init, ReadOnlySpan<PyValue> withSelf, string[]? kwNames)
    {
        if (kwNames == null) return CallFunction(ts, init, withSelf, null);
        HoldAll(withSelf);
        try { return CallFunction(ts, init, withSelf, kwNames); }
        finally { ReleaseAll(withSelf); }
    }

    /// <summary>
    /// Counts a Python frame against CPython's recursion limit, and turns a recursion that the thread's stack cannot
    /// hold (a high sys.setrecursionlimit, big frames) into the same RecursionError instead of a .NET stack
    /// overflow, which would kill the process (<see cref="ThreadState.StackRunsLow"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void EnterCall(ThreadState ts)
    {
        if (CallTooDeep(ts)) RecursionTooDeep(ts);
    }

    /// <summary>Counts a call (<see cref="EnterCall"/>); true when it is one too many, for <see cref="RecursionTooDeep"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool CallTooDeep(ThreadState ts)
    {
        int depth = ++ts.RecursionDepth;
        return depth > ts.RecursionLimit || ts.StackRunsLow();
    }

    /// <summary>
    /// Takes back the level <see cref="CallTooDeep"/> counted and raises RecursionError, its message ending in
    /// <paramref name="where"/> as CPython's does (" in comparison", ...).
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void RecursionTooDeep(ThreadState ts, string where = "") => throw RecursionTooDeepError(ts, where);

    /// <summary><see cref="RecursionTooDeep"/>'s exception, returned for a caller that has more to do before it throws.</summary>
    internal static PyException RecursionTooDeepError(ThreadState ts, string where = "")
    {
        ts.RecursionDepth--;
        return PyErr.RecursionError("maximum recursion depth exceeded" + where);
    }

    /// <summary>
    /// function(self, *args) from runtime code (a new instance's __init__, a bound method's self): self and args
    /// borrowed, as <see cref="Call"/>'s are.
    /// </summary>
    public static PyValue CallWithSelf(ThreadState ts, PyValue function, PyValue self, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (args.Length >= SelfAndArgs.Length) return CallWithSelfAndManyArgs(ts, function, self, args, kwNames);
        // Most calls through here have a few arguments: a small buffer is cheaper to clear than ValueBuffer.
        var small = new SelfAndArgs();
        return Call(ts, function, PrependSelf(self, args, small), kwNames);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue CallWithSelfAndManyArgs(ThreadState ts, PyValue function, PyValue self, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var buffer = new ValueBuffer();
        return Call(ts, function, PrependSelf(self, args, ref buffer), kwNames);
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
    /// Calls a Python function for a caller that keeps its references to the arguments (runtime code, as
    /// CPython's C code calls through vectorcall): the new frame takes references of its own, as 3.11+'s frame
    /// does when it copies the arguments in, so sys.getrefcount inside the callee counts both. Leaves the call
    /// counted by <see cref="EnterCall"/>.
    /// </summary>
    private static PyValue CallFunction(ThreadState ts, PyFunction f, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        try
        {
            HoldAll(args);
            return f.InvokeConsuming(ts, args, kwNames);
        }
        finally { ts.RecursionDepth--; }
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
