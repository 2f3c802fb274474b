using System;
using System.Collections.Generic;
using System.Linq;

namespace GilGen.Runtime;

/// <summary>dataclasses.asdict, astuple and replace, recursing as _asdict_inner and _astuple_inner do.</summary>
public static class DataclassConversion
{
    /// <summary>asdict(obj, *, dict_factory=dict).</summary>
    public static PyValue AsDict(ThreadState ts, PyValue obj, PyValue dictFactory)
    {
        if (DataclassProcessor.FieldsOf(ts, obj) == null || obj.Obj is PyType) throw PyErr.TypeError("asdict() should be called on dataclass instances");
        return Inner(ts, obj, dictFactory, asDict: true);
    }

    /// <summary>astuple(obj, *, tuple_factory=tuple).</summary>
    public static PyValue AsTuple(ThreadState ts, PyValue obj, PyValue tupleFactory)
    {
        if (DataclassProcessor.FieldsOf(ts, obj) == null || obj.Obj is PyType) throw PyErr.TypeError("astuple() should be called on dataclass instances");
        return Inner(ts, obj, tupleFactory, asDict: false);
    }

    private static PyValue Inner(ThreadState ts, PyValue obj, PyValue factory, bool asDict)
    {
        if (obj.Obj is null or PyNone or PyBool or PyLong or PyFloat or PyStr or PyBytes or PyType or PyFunction or PyBuiltinFunction)
            return obj.NewRef();
        if (obj.Obj is not PyType && DataclassProcessor.FieldsOf(ts, obj) is List<PyDataclassField> fields)
        {
            var items = new PyValueList();
            try
            {
                foreach (var f in fields)
                {
                    var v = Ops.GetAttr(ts, obj, f.Name!);
                    PyValue converted;
                    try { converted = Inner(ts, v, factory, asDict); }
                    finally { v.DecRef(); }
                    items.Add(asDict ? PyValue.From(new PyTuple(new[] { PyValue.Str(f.Name!), converted })) : converted);
                }
                var list = PyValue.From(new PyList(items));
                items = new PyValueList();
                try { return Ops.Call(ts, factory, new[] { list }, null); }
                finally { list.DecRef(); }
            }
            finally { foreach (var v in items) v.DecRef(); }
        }
        if (obj.Obj is PyTuple named && NamedTupleFactory.IsNamedTupleClass(obj.Type))
        {
            var converted = ConvertAll(ts, named.Items, factory, asDict);
            try { return Ops.Call(ts, PyValue.From(obj.Type), converted, null); }
            finally { foreach (var v in converted) v.DecRef(); }
        }
        if (obj.Obj is PyList or PyTuple)
        {
            var source = obj.Obj is PyList l ? l.Items.ToArray() : ((PyTuple)obj.Obj).Items;
            var converted = ConvertAll(ts, source, factory, asDict);
            if (ReferenceEquals(obj.Type, PyType.List)) return PyValue.From(new PyList(new PyValueList(converted)));
            if (ReferenceEquals(obj.Type, PyType.Tuple)) return PyValue.From(converted.Length == 0 ? PyTuple.Empty : new PyTuple(converted));
            var list = PyValue.From(new PyList(new PyValueList(converted)));
            try { return Ops.Call(ts, PyValue.From(obj.Type), new[] { list }, null); }
            finally { list.DecRef(); }
        }
        if (obj.Obj is PyDict d)
        {
            var pairs = d.Table.Entries().ToList();
            if (obj.Type.Lookup("default_factory") is not null)
            {
                var df = Ops.GetAttr(ts, obj, "default_factory");
                PyValue result;
                try { result = Ops.Call(ts, PyValue.From(obj.Type), new[] { df }, null); }
                finally { df.DecRef(); }
                foreach (var (k, v) in pairs) SetConverted(ts, result, k, v, factory, asDict);
                return result;
            }
            var plain = PyValue.From(new PyDict());
            try
            {
                foreach (var (k, v) in pairs) SetConverted(ts, plain, k, v, factory, asDict);
                if (ReferenceEquals(obj.Type, PyType.Dict_)) return plain.NewRef();
                var items = Ops.GetAttr(ts, plain, "items");
                try
                {
                    var view = Ops.Call(ts, items, ReadOnlySpan<PyValue>.Empty, null);
                    try { return Ops.Call(ts, PyValue.From(obj.Type), new[] { view }, null); }
                    finally { view.DecRef(); }
                }
                finally { items.DecRef(); }
            }
            finally { plain.DecRef(); }
        }
        var memo = new PyDict();
        try { return CopyModule.Deep(ts, obj, memo); }
        finally { PyValue.From(memo).DecRef(); }
    }

    private static PyValue[] ConvertAll(ThreadState ts, IReadOnlyList<PyValue> items, PyValue factory, bool asDict)
    {
        var converted = new PyValue[items.Count];
        for (int i = 0; i < converted.Length; i++) converted[i] = Inner(ts, items[i], factory, asDict);
        return converted;
    }

    private static void SetConverted(ThreadState ts, PyValue target, PyValue key, PyValue value, PyValue factory, bool asDict)
    {
        var k = Inner(ts, key, factory, asDict);
        var v = Inner(ts, value, factory, asDict);
        try { Ops.SetItem(ts, target, k, v); }
        finally { k.DecRef(); v.DecRef(); }
    }

    /// <summary>replace(obj, /, **changes): a new instance of obj's class with the fields changed.</summary>
    public static PyValue Replace(ThreadState ts, PyValue obj, PyDict changes)
    {
        if (obj.Obj is PyType || DataclassProcessor.FieldsOf(ts, obj) is not List<PyDataclassField> fields)
            throw PyErr.TypeError("replace() should be called on dataclass instances");
        var names = new List<string>();
        var values = new PyValueList();
        try
        {
            foreach (var f in fields)
            {
                var key = PyValue.Str(f.Name!);
                bool given = changes.TryGet(ts, key, out var changed);
                key.DecRef();
                if (!f.Init)
                {
                    if (given) throw PyErr.ValueError($"field {f.Name} is declared with init=False, it cannot be specified with replace()");
                    continue;
                }
                names.Add(f.Name!);
                values.Add(given ? changed.NewRef() : Ops.GetAttr(ts, obj, f.Name!));
            }
            foreach (var (k, v) in changes.Table.Entries())
            {
                if (k.Obj is PyStr ks && names.Contains(ks.Value)) continue;
                names.Add(Ops.StrOf(ts, k));
                values.Add(v.NewRef());
            }
            return Ops.Call(ts, PyValue.From(obj.Type), values.ToArray(), names.ToArray());
        }
        finally { foreach (var v in values) v.DecRef(); }
    }
}
