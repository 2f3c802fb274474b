using System;

namespace GilGen.Runtime;

/// <summary>
/// collections.defaultdict: a dict whose missing keys are filled by calling default_factory. A Python subclass's
/// instances are <see cref="SubclassedDefaultDict"/>s.
/// </summary>
public class PyDefaultDict : PyDict
{
    /// <summary>The class collections.defaultdict.</summary>
    public static readonly PyType DefaultDictType = CreateType();

    /// <summary>default_factory (owned), or None.</summary>
    public PyValue Factory = PyValue.None;

    /// <inheritdoc/>
    public override PyType Type => DefaultDictType;

    /// <inheritdoc/>
    public override void Dealloc() { var f = Factory; Factory = PyValue.None; f.DecRefFromDealloc(); base.Dealloc(); }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) =>
        $"{Type.Name}({(Factory.IsNone ? "None" : Ops.ReprOf(ts, Factory))}, {base.ReprString(ts)})";

    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key)
    {
        if (TryGet(ts, key, out var v)) return v.NewRef();
        if (Factory.IsNone) throw PyErr.KeyError(key);
        var made = Ops.Call(ts, Factory, ReadOnlySpan<PyValue>.Empty, null);
        Set(ts, key, made);
        return made;
    }

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) =>
        name == "default_factory" ? Factory.NewRef() : base.GetAttrOrNull(ts, name);

    /// <inheritdoc/>
    public override void SetAttr(ThreadState ts, string name, PyValue value)
    {
        if (name != "default_factory") { base.SetAttr(ts, name, value); return; }
        value.IncRef();
        var old = Factory; Factory = value; old.DecRef();
    }

    // defaultdict.copy: type(self)(self.default_factory, self) for a subclass.
    private static PyValue CopyOf(ThreadState ts, PyValue self)
    {
        var d = (PyDefaultDict)self.Obj!;
        if (d is SubclassedDefaultDict) return BuiltinSubclassing.CopyByCallingClass(ts, self, DefaultDictType, d.Factory, self);
        return PyValue.From(d.CopyDefault(ts));
    }

    // defaultdict_init: default_factory from the first argument, then dict's update with the rest.
    private void Initialize(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        int npos = a.Length - (kw?.Length ?? 0);
        if (npos >= 1)
        {
            if (!a[0].IsNone && !IsCallable(a[0])) throw PyErr.TypeError("first argument must be callable or None");
            a[0].IncRef();
            var old = Factory; Factory = a[0]; old.DecRef();
        }
        if (npos > 2) throw PyErr.TypeError($"defaultdict expected at most 2 arguments, got {npos}");
        if (npos == 2) DictMethods.UpdateFrom(ts, this, a[1]);
        for (int k = 0; k < (kw?.Length ?? 0); k++) { var key = PyValue.Str(kw![k]); Set(ts, key, a[npos + k]); key.DecRef(); }
    }

    private PyDefaultDict CopyDefault(ThreadState ts)
    {
        var d = new PyDefaultDict();
        Factory.IncRef();
        d.Factory = Factory;
        foreach (var (k, v) in Table.Entries()) d.Set(ts, k, v);
        return d;
    }

    private static PyType CreateType()
    {
        var t = new PyType("defaultdict", PyType.Dict_, (ts, type, a, kw) =>
        {
            if (type.IsHeapType) return BuiltinSubclassing.InitializeNew(ts, new SubclassedDefaultDict(type), type, a, kw);
            var d = new PyDefaultDict();
            bool done = false;
            try { d.Initialize(ts, a, kw); done = true; }
            finally { if (!done) PyValue.From(d).DecRef(); }
            return PyValue.From(d);
        }) { Module = "collections" };
        // A subclass's __init__ reaches it through super().__init__(factory, ...).
        t.AddMethod("__init__", (ts, a, kw) => { ((PyDefaultDict)a[0].Obj!).Initialize(ts, a.Slice(1), kw); return PyValue.None; });
        t.AddMethod("copy", (ts, a, kw) => CopyOf(ts, a[0]));
        t.AddMethod("__copy__", (ts, a, kw) => CopyOf(ts, a[0]));
        t.AddMethod("__missing__", (ts, a, kw) => ((PyDefaultDict)a[0].Obj!).GetItem(ts, a[1]));
        return t;
    }

    internal static bool IsCallable(PyValue v) =>
        v.Obj is PyFunction or PyBuiltinFunction or PyType or PyBoundMethod or PyPartial or PyLruCache or OperatorCallable
        || (v.Obj is not null && v.Type.IsOutsideBuiltins && v.Type.Lookup("__call__") is not null);
}
