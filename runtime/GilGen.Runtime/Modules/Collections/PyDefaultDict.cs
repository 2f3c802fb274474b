using System;

namespace GilGen.Runtime;

/// <summary>collections.defaultdict: a dict whose missing keys are filled by calling default_factory.</summary>
public sealed class PyDefaultDict : PyDict
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
        $"defaultdict({(Factory.IsNone ? "None" : Ops.ReprOf(ts, Factory))}, {base.ReprString(ts)})";

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
            int npos = a.Length - (kw?.Length ?? 0);
            var d = new PyDefaultDict();
            bool done = false;
            try
            {
                if (npos >= 1)
                {
                    if (!a[0].IsNone && !IsCallable(a[0])) throw PyErr.TypeError("first argument must be callable or None");
                    a[0].IncRef();
                    d.Factory = a[0];
                }
                if (npos > 2) throw PyErr.TypeError($"defaultdict expected at most 2 arguments, got {npos}");
                if (npos == 2) DictMethods.UpdateFrom(ts, d, a[1]);
                for (int k = 0; k < (kw?.Length ?? 0); k++) { var key = PyValue.Str(kw![k]); d.Set(ts, key, a[npos + k]); key.DecRef(); }
                done = true;
            }
            finally { if (!done) PyValue.From(d).DecRef(); }
            return PyValue.From(d);
        }) { Module = "collections", IsBaseType = false };
        t.AddMethod("copy", (ts, a, kw) => PyValue.From(((PyDefaultDict)a[0].Obj!).CopyDefault(ts)));
        t.AddMethod("__copy__", (ts, a, kw) => PyValue.From(((PyDefaultDict)a[0].Obj!).CopyDefault(ts)));
        t.AddMethod("__missing__", (ts, a, kw) => ((PyDefaultDict)a[0].Obj!).GetItem(ts, a[1]));
        return t;
    }

    internal static bool IsCallable(PyValue v) =>
        v.Obj is PyFunction or PyBuiltinFunction or PyType or PyBoundMethod or PyPartial or PyLruCache or OperatorCallable
        || (v.Obj is not null && v.Type.IsOutsideBuiltins && v.Type.Lookup("__call__") is not null);
}
