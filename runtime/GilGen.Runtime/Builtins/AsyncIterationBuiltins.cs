using System;

namespace GilGen.Runtime;

/// <summary>The builtins aiter and anext, with CPython 3.12's checks and messages.</summary>
public static class AsyncIterationBuiltins
{
    /// <summary>Adds them to the builtins module <paramref name="m"/>.</summary>
    public static void Install(PyModule m)
    {
        m.AddFunction("aiter", (ts, a, kw) =>
        {
            new BuiltinArguments("aiter", a, kw).NoKeywords().Expect(1, 1);
            var o = a[0];
            if (o.Obj is null || o.Type.Lookup("__aiter__") is not PyValue method)
                throw PyErr.TypeError($"'{o.Type.Name}' object is not an async iterable");
            var it = Ops.Call(ts, method, new[] { o }, null);
            if (it.Obj is null || it.Type.Lookup("__anext__") is null)
            {
                string name = it.Type.Name;
                it.DecRef();
                throw PyErr.TypeError($"aiter() returned not an async iterator of type '{name}'");
            }
            return it;
        });
        m.AddFunction("anext", (ts, a, kw) =>
        {
            new BuiltinArguments("anext", a, kw).NoKeywords().Expect(1, 2);
            var it = a[0];
            if (it.Obj is null || it.Type.Lookup("__anext__") is not PyValue method)
                throw PyErr.TypeError($"'{it.Type.Name}' object is not an async iterator");
            var awaitable = Ops.Call(ts, method, new[] { it }, null);
            if (a.Length == 1) return awaitable;
            try { return PyValue.From(new PyAnextAwaitable(awaitable, a[1])); }
            finally { awaitable.DecRef(); }
        });
    }
}
