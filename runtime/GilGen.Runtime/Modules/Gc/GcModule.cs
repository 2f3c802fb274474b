using System;

namespace GilGen.Runtime;

/// <summary>
/// <c>gc</c>. GilGen frees an object when its reference count reaches zero, as CPython does, but has no cycle
/// collector: objects in a reference cycle are never freed. So <c>collect()</c> frees nothing and returns 0 (it
/// still calls <c>gc.callbacks</c> and counts the collection in <c>get_stats()</c>); <c>enable</c>, <c>disable</c>,
/// the thresholds and the debug flags read back as set and change nothing; <c>get_count()</c> is (0, 0, 0) and
/// <c>get_freeze_count()</c> 0 (there are no generations to count or freeze); <c>garbage</c> stays empty.
/// <c>get_objects</c>, <c>get_referrers</c> and <c>get_referents</c> raise NotImplementedError: the runtime
/// keeps no list of its objects nor a way to walk what each references.
/// </summary>
public static class GcModule
{
    private const int Generations = 3;

    /// <summary>Builds the module (once per interpreter, by the module registry).</summary>
    public static PyModule Create(ThreadState ts)
    {
        var state = new CollectorState();
        var m = new PyModule("gc");
        var callbacks = new PyList();
        m.SetGlobal("callbacks", PyValue.From(callbacks));
        // The module's reference is the one kept; collect() borrows the list, as CPython's uses gcstate->callbacks.
        PyValue.From(callbacks).DecRef();
        var garbage = PyValue.From(new PyList());
        m.SetGlobal("garbage", garbage);
        garbage.DecRef();
        m.SetGlobal("DEBUG_STATS", PyValue.Int(1));
        m.SetGlobal("DEBUG_COLLECTABLE", PyValue.Int(2));
        m.SetGlobal("DEBUG_UNCOLLECTABLE", PyValue.Int(4));
        m.SetGlobal("DEBUG_SAVEALL", PyValue.Int(32));
        m.SetGlobal("DEBUG_LEAK", PyValue.Int(38));

        m.AddFunction("enable", (ts2, a, kw) => { NoArguments("enable", a, kw); state.Enabled = true; return PyValue.None; });
        m.AddFunction("disable", (ts2, a, kw) => { NoArguments("disable", a, kw); state.Enabled = false; return PyValue.None; });
        m.AddFunction("isenabled", (ts2, a, kw) => { NoArguments("isenabled", a, kw); return PyValue.Bool(state.Enabled); });
        m.AddFunction("collect", (ts2, a, kw) =>
        {
            var generation = CallArguments.Bind("collect", a, kw, ["generation"], 0)[0];
            long g = generation.IsUnbound ? Generations - 1 : Numbers.TryLong(generation, out long n)
                ? n : throw PyErr.TypeError($"'{generation.Type.Name}' object cannot be interpreted as an integer");
            if (g < 0 || g >= Generations) throw PyErr.ValueError("invalid generation");
            RunCallbacks(ts2, callbacks, "start", g);
            state.Collections[g]++;
            RunCallbacks(ts2, callbacks, "stop", g);
            return PyValue.Int(0);
        });
        m.AddFunction("get_count", (ts2, a, kw) =>
        {
            NoArguments("get_count", a, kw);
            return PyValue.From(PyTuple.FromBorrowed([PyValue.Int(0), PyValue.Int(0), PyValue.Int(0)]));
        });
        m.AddFunction("get_threshold", (ts2, a, kw) =>
        {
            NoArguments("get_threshold", a, kw);
            return PyValue.From(PyTuple.FromBorrowed([PyValue.Int(state.Threshold0), PyValue.Int(state.Threshold1), PyValue.Int(state.Threshold2)]));
        });
        m.AddFunction("set_threshold", (ts2, a, kw) =>
        {
            var args = new BuiltinArguments("set_threshold", a, kw).NoKeywords().Expect(1, 3);
            state.Threshold0 = args.GetLong(0, null, 0);
            if (args.Count > 1) state.Threshold1 = args.GetLong(1, null, 0);
            if (args.Count > 2) state.Threshold2 = args.GetLong(2, null, 0);
            return PyValue.None;
        });
        m.AddFunction("get_debug", (ts2, a, kw) => { NoArguments("get_debug", a, kw); return PyValue.Int(state.DebugFlags); });
        m.AddFunction("set_debug", (ts2, a, kw) =>
        {
            var flags = CallArguments.Bind("set_debug", a, kw, ["flags"], 1)[0];
            state.DebugFlags = Numbers.TryLong(flags, out long f) ? f : throw PyErr.TypeError($"'{flags.Type.Name}' object cannot be interpreted as an integer");
            return PyValue.None;
        });
        m.AddFunction("get_stats", (ts2, a, kw) =>
        {
            NoArguments("get_stats", a, kw);
            var items = new PyValueList();
            foreach (long collections in state.Collections)
                items.Add(StatsDict(ts2, ("collections", collections), ("collected", 0), ("uncollectable", 0)));
            return PyValue.From(new PyList(items));
        });
        m.AddFunction("is_tracked", (ts2, a, kw) => PyValue.Bool(MayBeTracked(new BuiltinArguments("is_tracked", a, kw).NoKeywords().Expect(1, 1)[0])));
        m.AddFunction("is_finalized", (ts2, a, kw) =>
            PyValue.Bool(new BuiltinArguments("is_finalized", a, kw).NoKeywords().Expect(1, 1)[0].Obj is PyInstance { Finalized: true }));
        m.AddFunction("freeze", (ts2, a, kw) => { NoArguments("freeze", a, kw); return PyValue.None; });
        m.AddFunction("unfreeze", (ts2, a, kw) => { NoArguments("unfreeze", a, kw); return PyValue.None; });
        m.AddFunction("get_freeze_count", (ts2, a, kw) => { NoArguments("get_freeze_count", a, kw); return PyValue.Int(0); });
        foreach (var name in new[] { "get_objects", "get_referrers", "get_referents" })
        {
            string function = name;
            m.AddFunction(function, (ts2, a, kw) =>
                throw PyErr.NotImplementedError($"GilGen does not support gc.{function}: the runtime keeps no list of its objects nor of what each references"));
        }
        return m;
    }

    private static void NoArguments(string name, ReadOnlySpan<PyValue> a, string[]? kw) =>
        new BuiltinArguments(name, a, kw).NoKeywords().Expect(0, 0);

    // A new dict of C# string keys and int values, in the given order.
    private static PyValue StatsDict(ThreadState ts, params (string Key, long Value)[] entries)
    {
        var d = new PyDict();
        foreach (var (key, value) in entries)
        {
            var k = PyValue.Str(key);
            d.Set(ts, k, PyValue.Int(value));
            k.DecRef();
        }
        return PyValue.From(d);
    }

    // gc_collect_main's invoke_gc_callback: each callback(phase, info) in turn; an exception is reported as unraisable.
    private static void RunCallbacks(ThreadState ts, PyList callbacks, string phase, long generation)
    {
        if (callbacks.Items.Count == 0) return;
        var p = PyValue.Str(phase);
        var info = StatsDict(ts, ("generation", generation), ("collected", 0), ("uncollectable", 0));
        try
        {
            for (int i = 0; i < callbacks.Items.Count; i++)
            {
                var cb = callbacks.Items[i].NewRef();
                try { Ops.Call(ts, cb, [p, info], null).DecRef(); }
                catch (PyException e)
                {
                    ts.Interp.NoteReportedException();
                    ts.Interp.Stderr.Write($"Exception ignored in: {Ops.ReprOf(ts, cb)}\n{e.FormatTraceback(ts)}");
                    e.Value.DecRef();
                }
                finally { cb.DecRef(); }
            }
        }
        finally { p.DecRef(); info.DecRef(); }
    }

    /// <summary>
    /// gc.is_tracked as CPython 3.12 answers it for an object it has not yet collected: atoms (numbers, strings,
    /// bytes, None...) never are; a dict or a tuple is only while it holds something that may be; everything else is.
    /// (CPython tracks a tuple made at run time until a collection finds it holds only atoms; GilGen answers as after it.)
    /// </summary>
    private static bool MayBeTracked(PyValue v)
    {
        switch (v.Obj)
        {
            case null or PyLong or PyFloat or PyComplex or PyStr or PyBytes or PyByteArray or PyNone or PyBool or PyRange or PyEllipsis or PyNotImplemented:
                return v.Obj is ISubclassInstance;
            case PyTuple t when t is not ISubclassInstance:
                foreach (var item in t.Items) if (MayBeTracked(item)) return true;
                return false;
            case PyDict d when d is not ISubclassInstance:
                foreach (var (key, value) in d.Table.Entries()) if (MayBeTracked(key) || MayBeTracked(value)) return true;
                return false;
            default:
                return true;
        }
    }
}
