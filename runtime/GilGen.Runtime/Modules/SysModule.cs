using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>The sys module of one interpreter.</summary>
public static class SysModule
{
    /// <summary>Makes sys for the interpreter of <paramref name="ts"/>.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var interp = ts.Interp;
        var m = new PyModule("sys");
        m.AddFunction("getrefcount", (ts2, a, kw) =>
        {
            var v = new BuiltinArguments("getrefcount", a, kw).NoKeywords().Expect(1, 1)[0];
            return PyValue.Int(RefCountOf(v));
        });
        m.AddFunction("getswitchinterval", (ts2, a, kw) =>
        {
            new BuiltinArguments("getswitchinterval", a, kw).NoKeywords().Expect(0, 0);
            return PyValue.Float(ts2.Interp.Scheduler.SwitchInterval);
        });
        m.AddFunction("setswitchinterval", (ts2, a, kw) =>
        {
            var v = new BuiltinArguments("setswitchinterval", a, kw).NoKeywords().Expect(1, 1)[0];
            if (!Numbers.TryDouble(v, out double d)) throw PyErr.TypeError($"must be real number, not {v.Type.Name}");
            if (!(d > 0.0)) throw PyErr.ValueError("switch interval must be strictly positive");
            ts2.Interp.Scheduler.SwitchInterval = d;
            return PyValue.None;
        });
        m.AddFunction("_is_gil_enabled", (ts2, a, kw) =>
        {
            // CPython 3.13's: False only in a free-threaded build running with the GIL disabled.
            new BuiltinArguments("_is_gil_enabled", a, kw).NoKeywords().Expect(0, 0);
            return PyValue.Bool(ts2.Interp.Profile != GilGen.RuntimeProfile.FreeThreaded);
        });
        if (interp.Profile == GilGen.RuntimeProfile.Py27)
        {
            // CPython 2.7's check interval, which only the py27 profile has: 3.9 removed both functions
            // (AttributeError elsewhere, as in CPython 3.9+). See docs/architecture/design.md.
            m.AddFunction("getcheckinterval", (ts2, a, kw) =>
            {
                new BuiltinArguments("getcheckinterval", a, kw).NoKeywords().Expect(0, 0);
                return PyValue.Int(ts2.Interp.CheckInterval);
            });
            m.AddFunction("setcheckinterval", (ts2, a, kw) =>
            {
                var v = new BuiltinArguments("setcheckinterval", a, kw).NoKeywords().Expect(1, 1)[0];
                if (!Numbers.TryLong(v, out long n))
                {
                    if (v.Obj is PyLong) throw PyErr.OverflowError("Python int too large to convert to C int");
                    throw PyErr.TypeError($"'{v.Type.Name}' object cannot be interpreted as an integer");
                }
                if (n is > int.MaxValue or < int.MinValue)
                    throw PyErr.OverflowError(n > 0 ? "signed integer is greater than maximum" : "signed integer is less than minimum");
                ts2.Interp.CheckInterval = (int)n;
                return PyValue.None;
            });
        }
        m.AddFunction("set_asyncgen_hooks", (ts2, a, kw) =>
        {
            var args = new BuiltinArguments("set_asyncgen_hooks", a, kw);
            foreach (var k in kw ?? System.Array.Empty<string>())
                if (k is not "firstiter" and not "finalizer") throw PyErr.TypeError($"'{k}' is an invalid keyword argument for this function");
            if (args.Count > 2) throw PyErr.TypeError($"function takes at most 2 arguments ({args.Count} given)");
            PyValue? firstIter = args.Get(0, "firstiter"), finalizer = args.Get(1, "finalizer");
            // CPython checks the finalizer first.
            if (finalizer is PyValue z && !z.IsNone && !BuiltinsModule.IsCallable(z)) throw PyErr.TypeError($"callable finalizer expected, got {z.Type.Name}");
            if (firstIter is PyValue f && !f.IsNone && !BuiltinsModule.IsCallable(f)) throw PyErr.TypeError($"callable firstiter expected, got {f.Type.Name}");
            ts2.SetAsyncGenHooks(firstIter, finalizer);
            return PyValue.None;
        });
        m.AddFunction("get_asyncgen_hooks", (ts2, a, kw) =>
        {
            new BuiltinArguments("get_asyncgen_hooks", a, kw).NoKeywords().Expect(0, 0);
            var (firstIter, finalizer) = ts2.AsyncGenHooks;
            return PyValue.From(new PyAsyncGenHooks(firstIter, finalizer));
        });
        m.AddFunction("_getframe", (ts2, a, kw) =>
        {
            var args = new BuiltinArguments("_getframe", a, kw).NoKeywords().Expect(0, 1);
            long depth = args.Count == 0 ? 0 : args.GetLong(0, null, 0);
            // The running stack (LiveStack); a negative depth is the caller's frame, as in CPython.
            PyFrame? frame = LiveStack.Frames((int)Math.Clamp(depth, 0, int.MaxValue));
            return frame is null ? throw PyErr.ValueError("call stack is not deep enough") : PyValue.From(frame);
        });
        m.AddFunction("getrecursionlimit", (ts2, a, kw) => PyValue.Int(ts2.RecursionLimit));
        m.AddFunction("setrecursionlimit", (ts2, a, kw) =>
        {
            var args = new BuiltinArguments("setrecursionlimit", a, kw).NoKeywords().Expect(1, 1);
            long n = args.GetLong(0, null, 1000);
            if (n < 1) throw PyErr.ValueError("recursion limit must be greater or equal than 1");
            if (n <= ts2.RecursionDepth)
                throw PyErr.RecursionError($"cannot set the recursion limit to {n} at the recursion depth {ts2.RecursionDepth}: the limit is too low");
            // Past what the thread's stack holds, calls raise RecursionError (see Ops.Call), never a crash.
            ts2.Interp.SetRecursionLimit((int)Math.Min(n, int.MaxValue));
            return PyValue.None;
        });
        m.AddFunction("exit", (ts2, a, kw) =>
        {
            var args = new BuiltinArguments("exit", a, kw).NoKeywords().Expect(0, 1);
            throw new PyException(new PyBaseException(ExceptionTypes.SystemExit, PyTuple.FromBorrowed(args.Positional)));
        });
        m.AddFunction("get_int_max_str_digits", (ts2, a, kw) =>
        {
            new BuiltinArguments("get_int_max_str_digits", a, kw).NoKeywords().Expect(0, 0);
            return PyValue.Int(ts2.Interp.IntMaxStrDigits);
        });
        m.AddFunction("set_int_max_str_digits", (ts2, a, kw) =>
        {
            var args = new BuiltinArguments("set_int_max_str_digits", a, kw).OnlyKeywords("maxdigits").Expect(0, 1);
            if (args.Get(0, "maxdigits") is null) throw PyErr.TypeError("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
            long n = args.GetLong(0, "maxdigits", 0);
            if (n != 0 && (n < IntStrDigitLimit.Threshold || n > int.MaxValue))
                throw PyErr.ValueError($"maxdigits must be 0 or larger than {IntStrDigitLimit.Threshold}");
            ts2.Interp.IntMaxStrDigits = (int)n;
            return PyValue.None;
        });
        m.AddFunction("intern", (ts2, a, kw) => new BuiltinArguments("intern", a, kw).NoKeywords().Expect(1, 1)[0].NewRef());
        m.AddFunction("exc_info", (ts2, a, kw) =>
        {
            var e = ts2.CurrentHandledException;
            if (e == null) return PyValue.From(new PyTuple(new[] { PyValue.None, PyValue.None, PyValue.None }));
            var tb = e.Instance.TracebackObject() is PyTraceback t ? PyValue.From(t).NewRef() : PyValue.None;
            return PyValue.From(new PyTuple(new[] { e.TypeValue.NewRef(), e.Value.NewRef(), tb }));
        });
        m.AddFunction("exception", (ts2, a, kw) =>
        {
            new BuiltinArguments("exception", a, kw).NoKeywords().Expect(0, 0);
            return ts2.CurrentHandledException is PyException e ? e.Value.NewRef() : PyValue.None;
        });
        var argv = new PyValueList();
        foreach (var s in interp.Argv) argv.Add(PyValue.Str(s));
        SetOwned(m, "argv", PyValue.From(new PyList(argv)));
        SetOwned(m, "version", PyValue.Str("3.9.18 (GilGen)"));
        SetOwned(m, "version_info", PyValue.From(new PyTuple(new[] { PyValue.Int(3), PyValue.Int(9), PyValue.Int(18), PyValue.Str("final"), PyValue.Int(0) })));
        SetOwned(m, "platform", PyValue.Str(OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux"));
        SetOwned(m, "maxsize", PyValue.Int(long.MaxValue));
        SetOwned(m, "byteorder", PyValue.Str(BitConverter.IsLittleEndian ? "little" : "big"));
        SetOwned(m, "implementation", PyValue.Str("gilgen"));
        m.SetGlobal("modules", PyValue.From(interp.Modules.SysModules));
        // sys.__stdout__ and its siblings are the streams the program started with, which it may replace in sys.stdout.
        foreach (var (name, stream) in new[]
                 {
                     ("stdin", PyTextStream.Stdin()),
                     ("stdout", new PyTextStream("<stdout>", () => ts.Interp.Stdout)),
                     ("stderr", new PyTextStream("<stderr>", () => ts.Interp.Stderr)),
                 })
        {
            m.SetGlobal("__" + name + "__", PyValue.From(stream));
            SetOwned(m, name, PyValue.From(stream));
        }
        var names = new PyValueList();
        foreach (var n in ModuleRegistry.BuiltinModuleNames) names.Add(PyValue.Str(n));
        SetOwned(m, "builtin_module_names", PyValue.From(new PyTuple(names.ToArray())));
        return m;
    }

    /// <summary>sys.getrefcount(v): the count (which includes the argument's own reference); immortals report 4294967295 as CPython 3.12.</summary>
    public static long RefCountOf(PyValue v)
    {
        if (v.Obj is null) return v.IntValue >= -5 && v.IntValue <= 256 ? 4294967295L : 3;
        return v.Obj.IsImmortal ? 4294967295L : v.Obj.ReferenceCount;
    }

    private static void SetOwned(PyModule m, string name, PyValue v)
    {
        m.SetGlobal(name, v);
        v.DecRef();
    }
}
