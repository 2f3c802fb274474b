using System;
using System.Collections.Generic;
using System.Linq;

namespace GilGen.Runtime;

/// <summary>
/// dataclasses without exec: <c>@dataclass</c> builds __init__, __repr__, __eq__, the orderings, __hash__ and
/// the frozen __setattr__/__delattr__ as native Python functions closed over the field list
/// (<see cref="DataclassProcessor"/>); field, fields, asdict, astuple, replace, is_dataclass,
/// FrozenInstanceError, MISSING and KW_ONLY as CPython 3.12's.
/// </summary>
public static class DataclassesModule
{
    /// <summary>The class of MISSING.</summary>
    public static readonly PyType MissingType = new("_MISSING_TYPE", PyType.Object) { IsBaseType = false, Module = "dataclasses" };
    /// <summary>dataclasses.MISSING: "no default given".</summary>
    public static readonly PyValue Missing = MakeSentinel(MissingType);
    /// <summary>dataclasses.KW_ONLY: the annotation after which fields are keyword-only.</summary>
    public static readonly PyType KwOnlyType = new("KW_ONLY", PyType.Object) { Module = "dataclasses" };
    /// <summary>dataclasses.FrozenInstanceError.</summary>
    public static readonly PyType FrozenInstanceError = new("FrozenInstanceError", ExceptionTypes.AttributeError) { Module = "dataclasses" };

    private static PyValue MakeSentinel(PyType type)
    {
        var o = new PyInstance(type);
        o.MakeImmortal();
        return PyValue.From(o);
    }

    /// <summary>Makes dataclasses.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("dataclasses");
        Set(m, "MISSING", Missing);
        Set(m, "KW_ONLY", PyValue.From(KwOnlyType));
        Set(m, "Field", PyValue.From(PyDataclassField.FieldType));
        Set(m, "FrozenInstanceError", PyValue.From(FrozenInstanceError));

        var decoratorDefaults = KwDefaults(("init", PyValue.True), ("repr", PyValue.True), ("eq", PyValue.True), ("order", PyValue.False),
            ("unsafe_hash", PyValue.False), ("frozen", PyValue.False), ("match_args", PyValue.True), ("kw_only", PyValue.False),
            ("slots", PyValue.False), ("weakref_slot", PyValue.False));
        Add(m, NativeFunction.Create(m, "dataclass",
            new[] { "cls", "init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots", "weakref_slot" },
            (ts2, p) => Dataclass(ts2, m, p), new[] { PyValue.None }, kwOnly: 10, kwDefaults: decoratorDefaults, posOnly: 1));

        var fieldDefaults = KwDefaults(("default", Missing), ("default_factory", Missing), ("init", PyValue.True), ("repr", PyValue.True),
            ("hash", PyValue.None), ("compare", PyValue.True), ("metadata", PyValue.None), ("kw_only", Missing));
        Add(m, NativeFunction.Create(m, "field", new[] { "default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only" }, (ts2, p) =>
        {
            if (!Ops.Is(p[0], Missing) && !Ops.Is(p[1], Missing)) throw PyErr.ValueError("cannot specify both default and default_factory");
            var metadata = p[6].IsNone ? PyValue.From(new PyDict()) : p[6].NewRef();
            try
            {
                return PyValue.From(new PyDataclassField(p[0], p[1], Ops.IsTrue(ts2, p[2]), Ops.IsTrue(ts2, p[3]), p[4], Ops.IsTrue(ts2, p[5]), metadata, p[7]));
            }
            finally { metadata.DecRef(); }
        }, kwOnly: 8, kwDefaults: fieldDefaults));

        Add(m, NativeFunction.Create(m, "fields", new[] { "class_or_instance" }, (ts2, p) =>
        {
            var list = DataclassProcessor.FieldsOf(ts2, p[0]) ?? throw PyErr.TypeError("must be called with a dataclass type or instance");
            return PyValue.From(PyTuple.FromBorrowed(list.Select(PyValue.From).ToArray()));
        }));
        Add(m, NativeFunction.Create(m, "is_dataclass", new[] { "obj" }, (ts2, p) =>
        {
            var cls = p[0].Obj is PyType t ? t : p[0].Type;
            return PyValue.Bool(cls.Lookup("__dataclass_fields__") is not null);
        }));
        Add(m, NativeFunction.Create(m, "asdict", new[] { "obj", "dict_factory" }, (ts2, p) => DataclassConversion.AsDict(ts2, p[0], p[1]),
            kwOnly: 1, kwDefaults: KwDefaults(("dict_factory", PyValue.From(PyType.Dict_)))));
        Add(m, NativeFunction.Create(m, "astuple", new[] { "obj", "tuple_factory" }, (ts2, p) => DataclassConversion.AsTuple(ts2, p[0], p[1]),
            kwOnly: 1, kwDefaults: KwDefaults(("tuple_factory", PyValue.From(PyType.Tuple)))));
        Add(m, NativeFunction.Create(m, "replace", new[] { "obj" }, (ts2, p) => DataclassConversion.Replace(ts2, p[0], (PyDict)p[1].Obj!),
            varKw: true, posOnly: 1));
        m.AddFunction("make_dataclass", (ts2, a, kw) =>
            throw PyErr.NotImplementedError("GilGen does not support dataclasses.make_dataclass yet; write the class with @dataclass"));
        m.AddFunction("InitVar", (ts2, a, kw) =>
            throw PyErr.NotImplementedError("GilGen does not support dataclasses.InitVar yet"));
        return m;
    }

    private static PyValue Dataclass(ThreadState ts, PyModule m, ReadOnlySpan<PyValue> p)
    {
        if (Ops.IsTrue(ts, p[9])) throw PyErr.NotImplementedError("GilGen does not support @dataclass(slots=True) yet");
        if (Ops.IsTrue(ts, p[10])) throw PyErr.NotImplementedError("GilGen does not support @dataclass(weakref_slot=True) yet");
        var options = new DataclassOptions(Ops.IsTrue(ts, p[1]), Ops.IsTrue(ts, p[2]), Ops.IsTrue(ts, p[3]), Ops.IsTrue(ts, p[4]),
            Ops.IsTrue(ts, p[5]), Ops.IsTrue(ts, p[6]), Ops.IsTrue(ts, p[7]), Ops.IsTrue(ts, p[8]));
        if (p[0].IsNone)
        {
            // @dataclass(...): the decorator that processes the class.
            return PyValue.From(NativeFunction.Create(m, "dataclass.<locals>.wrap", new[] { "cls" },
                (ts2, q) => DataclassProcessor.Process(ts2, m, q[0], options)));
        }
        return DataclassProcessor.Process(ts, m, p[0], options);
    }

    private static PyDict KwDefaults(params (string Name, PyValue Value)[] entries)
    {
        var d = new PyDict();
        foreach (var (name, value) in entries)
        {
            var key = PyValue.Str(name);
            d.Set(null, key, value);
            key.DecRef();
        }
        return d;
    }

    private static void Set(PyModule m, string name, PyValue v) => m.SetGlobal(name, v);

    private static void Add(PyModule m, PyFunction f)
    {
        var v = PyValue.From(f);
        m.SetGlobal(f.Name, v);
        v.DecRef();
    }
}
