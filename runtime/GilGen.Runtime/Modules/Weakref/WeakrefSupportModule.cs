using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// <c>_weakref</c>, the part of weakref written in C#: <c>ref</c>, <c>proxy</c>, <c>getweakrefcount</c>,
/// <c>getweakrefs</c>, the three reference classes and <c>_remove_dead_weakref</c>. Lib/weakref.py builds the rest on it.
/// </summary>
public static class WeakrefSupportModule
{
    /// <summary>Builds the module (once per interpreter, by the module registry).</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("_weakref");
        m.SetGlobal("ref", PyValue.From(PyWeakRef.RefType));
        m.SetGlobal("ReferenceType", PyValue.From(PyWeakRef.RefType));
        m.SetGlobal("ProxyType", PyValue.From(PyWeakProxy.ProxyType));
        m.SetGlobal("CallableProxyType", PyValue.From(PyWeakProxy.CallableProxyType));
        m.AddFunction("proxy", (ts2, a, kw) =>
        {
            var args = new BuiltinArguments("proxy", a, kw).NoKeywords().Expect(1, 2);
            return PyWeakProxy.New(ts2, a[0], args.Count > 1 ? a[1] : PyValue.None);
        });
        m.AddFunction("getweakrefcount", (ts2, a, kw) =>
        {
            var target = new BuiltinArguments("getweakrefcount", a, kw).NoKeywords().Expect(1, 1)[0];
            return PyValue.Int(target.Obj is { SupportsWeakRefs: true } o && o.WeakRefs is WeakRefList list ? list.Count : 0);
        });
        m.AddFunction("getweakrefs", (ts2, a, kw) =>
        {
            var target = new BuiltinArguments("getweakrefs", a, kw).NoKeywords().Expect(1, 1)[0];
            var items = new PyValueList();
            if (target.Obj is { SupportsWeakRefs: true } o && o.WeakRefs is WeakRefList list)
                foreach (var r in list.Refs) items.Add(PyValue.From(r).NewRef());
            return PyValue.From(new PyList(items));
        });
        // _remove_dead_weakref(dict, key): deletes dict[key] when it is a dead reference (WeakValueDictionary's cleanup).
        m.AddFunction("_remove_dead_weakref", (ts2, a, kw) =>
        {
            new BuiltinArguments("_remove_dead_weakref", a, kw).NoKeywords().Expect(2, 2);
            if (a[0].Obj is not PyDict d) throw PyErr.TypeError($"_remove_dead_weakref() argument 1 must be dict, not {a[0].Type.Name}");
            if (d.TryGet(ts2, a[1], out var v) && v.Obj is WeakReferenceBase { Referent: null }) d.DelItem(ts2, a[1]);
            return PyValue.None;
        });
        return m;
    }

#pragma warning disable CA2255 // ModuleInitializer in a library: intended, it only fills a name table
    [ModuleInitializer]
    internal static void Register() => ModuleRegistry.RegisterBuiltinModule("_weakref", Create);
#pragma warning restore CA2255
}
