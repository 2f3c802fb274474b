using System;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// <c>_sharedctypes</c>: the C# half of <c>multiprocessing.sharedctypes</c> and of its locks (the Python half wraps
/// them as CPython's Synchronized objects). <c>raw_value(typecode, value)</c>, <c>raw_array(typecode,
/// size_or_initializer)</c>: memory shared by every process it is given to (its locks are <c>_multiprocessing</c>'s).
/// </summary>
public static class SharedCtypesModule
{
    /// <summary>Builds the module (once per interpreter).</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("_sharedctypes");
        m.AddFunction("raw_value", (t, a, kw) =>
        {
            var p = CallArguments.Bind("raw_value", a, kw, new[] { "typecode", "value" }, 1);
            if (p[0].Obj is not PyStr code) throw PyErr.TypeError("this type has no size");
            var data = SharedCtypeData.Create(code.Value, 1, isArray: false);
            if (!p[1].IsUnbound) data.Set(0, p[1]);
            return PyValue.From(new PySharedCtype(data));
        });
        m.AddFunction("raw_array", (t, a, kw) =>
        {
            var p = CallArguments.Bind("raw_array", a, kw, new[] { "typecode", "size_or_initializer" }, 2);
            if (p[0].Obj is not PyStr code) throw PyErr.TypeError("this type has no size");
            if (p[1].IsInt)
            {
                if (p[1].IntValue < 0) throw PyErr.ValueError("Array length must be >= 0");
                return PyValue.From(new PySharedCtype(SharedCtypeData.Create(code.Value, checked((int)p[1].IntValue), isArray: true)));
            }
            if (p[1].Obj is PyBytes bytes && code.Value == "c")
            {
                var chars = SharedCtypeData.Create("c", bytes.Data.Length, isArray: true);
                for (int i = 0; i < bytes.Data.Length; i++) chars.Set(i, PyValue.Int(bytes.Data[i]));
                return PyValue.From(new PySharedCtype(chars));
            }
            if (p[1].Obj is PyStr) throw PyErr.TypeError("'str' object cannot be interpreted as an integer");
            var items = Ops.ToList(t, p[1]);
            try
            {
                var data = SharedCtypeData.Create(code.Value, items.Count, isArray: true);
                for (int i = 0; i < items.Count; i++) data.Set(i, items[i]);
                return PyValue.From(new PySharedCtype(data));
            }
            finally { foreach (var v in items) v.DecRef(); }
        });
        m.AddFunction("kind", (t, a, kw) =>
        {
            // What synchronized() wraps it in: 'value', 'array', or 'chars' (an array of c_char, with value and raw).
            var p = CallArguments.Bind("kind", a, kw, new[] { "obj" }, 1);
            if (p[0].Obj is not PySharedCtype s) throw PyErr.TypeError($"expected a shared ctypes object, not {p[0].Type.Name}");
            return PyValue.Str(!s.Data.IsArray ? "value" : s.Data.Typecode == 'c' ? "chars" : "array");
        });
        return m;
    }

#pragma warning disable CA2255 // ModuleInitializer in a library: intended, it only fills a name table
    [ModuleInitializer]
    internal static void Register() => ModuleRegistry.RegisterBuiltinModule("_sharedctypes", Create);
#pragma warning restore CA2255
}
