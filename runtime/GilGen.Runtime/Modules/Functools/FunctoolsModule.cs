using System;
using System.Collections.Generic;
using System.Linq;

namespace GilGen.Runtime;

/// <summary>
/// _functools, the part of functools written in C#: reduce, partial, lru_cache/cache with cache_info, wraps/update_wrapper,
/// cmp_to_key, total_ordering. Lib/functools.py imports them and adds what is written in Python.
/// </summary>
public static class FunctoolsModule
{
    // CPython 3.12's WRAPPER_ASSIGNMENTS: each copied when the wrapped object has it.
    private static readonly string[] WrapperAssignments = { "__module__", "__name__", "__qualname__", "__doc__", "__annotations__", "__type_params__" };

    /// <summary>Makes functools.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("_functools");
        m.AddFunction("reduce", (ts2, a, kw) =>
        {
            new BuiltinArguments("reduce", a, kw).NoKeywords().Expect(2, 3);
            var it = Ops.GetIter(ts2, a[1]);
            try
            {
                PyValue acc;
                if (a.Length == 3) acc = a[2].NewRef();
                else if (!Ops.ForIter(ts2, it, out acc)) throw PyErr.TypeError("reduce() of empty iterable with no initial value");
                try
                {
                    while (Ops.ForIter(ts2, it, out var x))
                    {
                        PyValue next;
                        try { next = Ops.Call(ts2, a[0], new[] { acc, x }, null); }
                        finally { x.DecRef(); }
                        acc.DecRef();
                        acc = next;
                    }
                    var result = acc;
                    acc = default;
                    return result;
                }
                // Not a catch that throws again (a second exception dispatch on the stack, per level of a recursion).
                finally { acc.DecRef(); }
            }
            finally { it.DecRef(); }
        });
        m.SetGlobal("partial", PyValue.From(PyPartial.PartialType));
        m.AddFunction("lru_cache", (ts2, a, kw) =>
        {
            var p = CallArguments.Bind("lru_cache", a, kw, new[] { "maxsize", "typed" }, 0);
            bool typed = !p[1].IsUnbound && Ops.IsTrue(ts2, p[1]);
            var first = p[0].IsUnbound ? PyValue.Int(128) : p[0];
            if (first.Obj is not null && first.Obj is not PyBool && first.Obj is not PyLong && !first.IsNone && first.Obj.Type != PyType.Int)
            {
                // @lru_cache applied directly to the function.
                if (!IsCallable(first)) throw PyErr.TypeError("Expected first argument to be an integer, a callable, or None");
                return PyValue.From(new PyLruCache(ts2, first, 128, typed));
            }
            long maxsize = -1;
            if (!first.IsNone) { Numbers.TryLong(first, out maxsize); if (maxsize < 0) maxsize = 0; }
            return PyValue.From(new PyBuiltinFunction("decorating_function", (ts3, b, kw2) =>
            {
                var f = new BuiltinArguments("decorating_function", b, kw2).NoKeywords().Expect(1, 1)[0];
                return PyValue.From(new PyLruCache(ts3, f, maxsize, typed));
            }));
        });
        m.AddFunction("cache", (ts2, a, kw) =>
            PyValue.From(new PyLruCache(ts2, new BuiltinArguments("cache", a, kw).NoKeywords().Expect(1, 1)[0], -1, false)));
        m.AddFunction("update_wrapper", (ts2, a, kw) =>
        {
            var p = CallArguments.Bind("update_wrapper", a, kw, new[] { "wrapper", "wrapped" }, 2);
            UpdateWrapper(ts2, p[0], p[1]);
            return p[0].NewRef();
        });
        m.AddFunction("wraps", (ts2, a, kw) =>
        {
            var p = CallArguments.Bind("wraps", a, kw, new[] { "wrapped" }, 1);
            var wrapped = p[0].NewRef();
            var decorator = new PyBuiltinFunction("wraps", (ts3, b, kw2) =>
            {
                var wrapper = new BuiltinArguments("wraps", b, kw2).NoKeywords().Expect(1, 1)[0];
                UpdateWrapper(ts3, wrapper, wrapped);
                return wrapper.NewRef();
            });
            return PyValue.From(decorator);
        });
        m.AddFunction("cmp_to_key", (ts2, a, kw) =>
        {
            var p = CallArguments.Bind("cmp_to_key", a, kw, new[] { "mycmp" }, 1);
            return PyValue.From(new PyCmpToKey(p[0], PyValue.Unbound));
        });
        m.AddFunction("total_ordering", (ts2, a, kw) =>
            TotalOrdering.Apply(ts2, m, new BuiltinArguments("total_ordering", a, kw).NoKeywords().Expect(1, 1)[0]));
        return m;
    }

    private static bool IsCallable(PyValue v) =>
        v.Obj is PyFunction or PyBuiltinFunction or PyType or PyBoundMethod or PyPartial or PyLruCache or OperatorCallable;

    // The dict an object's __dict__ is (new reference), for the objects that have one; null for the others.
    private static PyDict? OwnAttributes(ThreadState ts, PyValue o)
    {
        if (o.Obj is PyFunction f) return (PyDict)PyValue.From(f.AttributeDict).NewRef().Obj!;
        if (o.Obj is PyInstance { HasDict: true } && Ops.GetAttrOrNull(ts, o, "__dict__") is PyValue d)
        {
            if (d.Obj is PyDict dict) return dict;
            d.DecRef();
        }
        return null;
    }

    /// <summary>update_wrapper for a wrapper made in C# (lru_cache): copies what the wrapped object has, never fails.</summary>
    internal static void UpdateWrapperSafe(ThreadState ts, PyObject wrapper, PyValue wrapped)
    {
        var dict = wrapper.InstanceDict!;
        foreach (var name in WrapperAssignments)
        {
            PyValue? v = null;
            try { v = Ops.GetAttrOrNull(ts, wrapped, name); }
            catch (PyException e) { e.Value.DecRef(); }
            if (v is PyValue value) dict[name] = value;
        }
        wrapped.IncRef();
        dict["__wrapped__"] = wrapped;
    }

    /// <summary>functools.update_wrapper: copies __module__, __name__, __qualname__, __doc__, updates __dict__, sets __wrapped__.</summary>
    public static void UpdateWrapper(ThreadState ts, PyValue wrapper, PyValue wrapped)
    {
        foreach (var name in WrapperAssignments)
        {
            if (Ops.GetAttrOrNull(ts, wrapped, name) is not PyValue v) continue;
            try { Ops.SetAttr(ts, wrapper, name, v); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError)) { e.Value.DecRef(); }
            finally { v.DecRef(); }
        }
        // WRAPPER_UPDATES: wrapper.__dict__.update(wrapped.__dict__), for the objects whose attributes live in a
        // __dict__ (a function's, an instance's); a wrapper made in C# (lru_cache's) takes them as attributes.
        if (OwnAttributes(ts, wrapped) is PyDict source)
        {
            try
            {
                var entries = source.Table.Entries().ToList();
                if (wrapper.Obj is PyFunction target) foreach (var (k, v) in entries) target.AttributeDict.Set(ts, k, v);
                else if (wrapper.Obj is PyInstance { HasDict: true } || wrapper.Obj?.InstanceDict is not null)
                    foreach (var (k, v) in entries) if (k.Obj is PyStr name) Ops.SetAttr(ts, wrapper, name.Value, v);
            }
            finally { PyValue.From(source).DecRef(); }
        }
        Ops.SetAttr(ts, wrapper, "__wrapped__", wrapped);
    }
}
