using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// collections.namedtuple without exec: the class CPython builds from source text is built here from
/// native functions closed over the field names (<c>__new__</c>, <c>_make</c>, <c>_replace</c>,
/// <c>__repr__</c>, <c>_asdict</c>, <c>__getnewargs__</c>) and a <see cref="PyTupleGetter"/> per field (instances are
/// <see cref="SubclassedTuple"/>s, as for any Python subclass of tuple),
/// with CPython 3.12's validation and messages.
/// </summary>
public static class NamedTupleFactory
{
    /// <summary><c>namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)</c> as a function of <paramref name="collections"/>.</summary>
    public static PyFunction CreateFunction(PyModule collections)
    {
        var kwDefaults = new PyDict();
        foreach (var (name, value) in new[] { ("rename", PyValue.False), ("defaults", PyValue.None), ("module", PyValue.None) })
        {
            var key = PyValue.Str(name);
            kwDefaults.Set(null, key, value);
            key.DecRef();
        }
        return NativeFunction.Create(collections, "namedtuple", new[] { "typename", "field_names", "rename", "defaults", "module" },
            (ts, p) => PyValue.From(Make(ts, collections, p[0], p[1], Ops.IsTrue(ts, p[2]), p[3], p[4])),
            kwOnly: 3, kwDefaults: kwDefaults);
    }

    private static PyType Make(ThreadState ts, PyModule collections, PyValue typenameArg, PyValue fieldNames, bool rename, PyValue defaultsArg, PyValue moduleArg)
    {
        List<string> fields;
        if (fieldNames.Obj is PyStr fs)
        {
            fields = fs.Value.Replace(',', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToList();
        }
        else
        {
            var items = Ops.ToList(ts, fieldNames);
            try { fields = items.Select(v => Ops.StrOf(ts, v)).ToList(); }
            finally { foreach (var v in items) v.DecRef(); }
        }
        string typename = Ops.StrOf(ts, typenameArg);
        if (rename)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < fields.Count; i++)
            {
                string name = fields[i];
                if (!StrMethods.IsIdentifier(name) || PythonKeywords.IsKeyword(name) || name.StartsWith('_') || seen.Contains(name))
                    fields[i] = "_" + i;
                seen.Add(name);
            }
        }
        foreach (var name in fields.Prepend(typename))
        {
            if (!StrMethods.IsIdentifier(name)) throw PyErr.ValueError($"Type names and field names must be valid identifiers: {PyStr.Quote(name)}");
            if (PythonKeywords.IsKeyword(name)) throw PyErr.ValueError($"Type names and field names cannot be a keyword: {PyStr.Quote(name)}");
        }
        var unique = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in fields)
        {
            if (name.StartsWith('_') && !rename) throw PyErr.ValueError($"Field names cannot start with an underscore: {PyStr.Quote(name)}");
            if (!unique.Add(name)) throw PyErr.ValueError($"Encountered duplicate field name: {PyStr.Quote(name)}");
        }
        var defaults = defaultsArg.IsNone ? new PyValueList() : Ops.ToList(ts, defaultsArg);
        var ns = new PyDict();
        try
        {
            if (defaults.Count > fields.Count) throw PyErr.TypeError("Got more default values than field names");
            var names = fields.ToArray();
            string argList = string.Join(", ", names);
            Put(ts, ns, "__doc__", PyValue.Str($"{typename}({argList})"));
            Put(ts, ns, "__slots__", PyValue.From(PyTuple.Empty));
            Put(ts, ns, "_fields", StrTuple(names));
            Put(ts, ns, "__match_args__", StrTuple(names));
            var fieldDefaults = new PyDict();
            for (int i = 0; i < defaults.Count; i++)
            {
                var key = PyValue.Str(names[names.Length - defaults.Count + i]);
                fieldDefaults.Set(ts, key, defaults[i]);
                key.DecRef();
            }
            Put(ts, ns, "_field_defaults", PyValue.From(fieldDefaults));
            var newDefaults = defaults.Count == 0 ? null : defaults.ToArray();
            defaults.Clear();  // the references move into __new__'s defaults
            Put(ts, ns, "__new__", PyValue.From(NativeFunction.Create(collections, typename + ".__new__", names.Prepend("_cls").ToArray(),
                (ts2, p) => PyValue.From(New(ts2, p[0], p.Slice(1))), newDefaults, doc: $"Create new instance of {typename}({argList})")));
            var make = PyValue.From(NativeFunction.Create(collections, typename + "._make", new[] { "cls", "iterable" },
                (ts2, p) => PyValue.From(MakeFrom(ts2, p[0], p[1], names.Length)), doc: "Make a new " + typename + " object from a sequence or iterable"));
            Put(ts, ns, "_make", PyValue.From(new PyClassMethod(make)));
            make.DecRef();
            Put(ts, ns, "_replace", PyValue.From(NativeFunction.Create(collections, typename + "._replace", new[] { "self" },
                (ts2, p) => Replace(ts2, p[0], (PyDict)p[1].Obj!, names), varKw: true, posOnly: 1,
                doc: "Return a new " + typename + " object replacing specified fields with new values")));
            Put(ts, ns, "__repr__", PyValue.From(NativeFunction.Create(collections, typename + ".__repr__", new[] { "self" },
                (ts2, p) => PyValue.Str(Repr(ts2, p[0], names)), doc: "Return a nicely formatted representation string")));
            Put(ts, ns, "_asdict", PyValue.From(NativeFunction.Create(collections, typename + "._asdict", new[] { "self" },
                (ts2, p) => PyValue.From(AsDict(ts2, p[0], names)), doc: "Return a new dict which maps field names to their values.")));
            Put(ts, ns, "__getnewargs__", PyValue.From(NativeFunction.Create(collections, typename + ".__getnewargs__", new[] { "self" },
                (ts2, p) => PyValue.From(PyTuple.FromBorrowed(((PyTuple)p[0].Obj!).Items)), doc: "Return self as a plain tuple.  Used by copy and pickle.")));
            for (int i = 0; i < names.Length; i++) Put(ts, ns, names[i], PyValue.From(new PyTupleGetter(i)));
            Put(ts, ns, "__module__", moduleArg.IsNone ? PyValue.Str("__main__") : moduleArg.NewRef());
            return PyType.CreateHeapType(ts, typename, new[] { PyValue.From(PyType.Tuple) }, ns, ReadOnlySpan<PyValue>.Empty, null);
        }
        finally
        {
            foreach (var v in defaults) v.DecRef();
            PyValue.From(ns).DecRef();
        }
    }

    /// <summary>ns[name] = value, stealing <paramref name="value"/>.</summary>
    private static void Put(ThreadState ts, PyDict ns, string name, PyValue value)
    {
        var key = PyValue.Str(name);
        ns.Set(ts, key, value);
        key.DecRef();
        value.DecRef();
    }

    private static PyValue StrTuple(string[] names)
    {
        if (names.Length == 0) return PyValue.From(PyTuple.Empty);
        var items = new PyValue[names.Length];
        for (int i = 0; i < names.Length; i++) items[i] = PyValue.Str(names[i]);
        return PyValue.From(new PyTuple(items));
    }

    /// <summary>True for a class made by namedtuple (or derived from one): a tuple class with _fields and _make, as dataclasses and copy test it.</summary>
    public static bool IsNamedTupleClass(PyType type) =>
        type.IsSubtypeOf(PyType.Tuple) && type.Lookup("_fields") is PyValue { Obj: PyTuple } && type.Lookup("_make") is not null;

    private static PyType ClassOf(PyValue cls, string method)
    {
        if (cls.Obj is not PyType t) throw PyErr.TypeError($"tuple.{method}(X): X is not a type object ({cls.Type.Name})");
        if (!t.IsSubtypeOf(PyType.Tuple)) throw PyErr.TypeError($"tuple.{method}({t.Name}): {t.Name} is not a subtype of tuple");
        return t;
    }

    private static PyTuple New(ThreadState ts, PyValue cls, ReadOnlySpan<PyValue> values)
    {
        var type = ClassOf(cls, "__new__");
        var items = values.ToArray();
        foreach (var v in items) v.IncRef();
        return new SubclassedTuple(type, items);
    }

    private static PyTuple MakeFrom(ThreadState ts, PyValue cls, PyValue iterable, int count)
    {
        var type = ClassOf(cls, "__new__");
        var items = Ops.ToList(ts, iterable);
        if (items.Count != count)
        {
            foreach (var v in items) v.DecRef();
            throw PyErr.TypeError($"Expected {count} arguments, got {items.Count}");
        }
        return new SubclassedTuple(type, items.ToArray());
    }

    private static PyValue Replace(ThreadState ts, PyValue self, PyDict changes, string[] names)
    {
        var source = ((PyTuple)self.Obj!).Items;
        var items = new PyValue[names.Length];
        int used = 0;
        for (int i = 0; i < names.Length; i++)
        {
            var key = PyValue.Str(names[i]);
            if (changes.TryGet(ts, key, out var v)) { items[i] = v.NewRef(); used++; }
            else items[i] = (i < source.Length ? source[i] : PyValue.None).NewRef();
            key.DecRef();
        }
        if (used != (int)changes.Length(ts))
        {
            foreach (var v in items) v.DecRef();
            var unexpected = new StringBuilder("[");
            foreach (var (k, _) in changes.Table.Entries())
            {
                if (k.Obj is PyStr s && Array.IndexOf(names, s.Value) >= 0) continue;
                if (unexpected.Length > 1) unexpected.Append(", ");
                unexpected.Append(Ops.ReprOf(ts, k));
            }
            throw PyErr.ValueError($"Got unexpected field names: {unexpected}]");
        }
        return PyValue.From(new SubclassedTuple(self.Type, items));
    }

    private static string Repr(ThreadState ts, PyValue self, string[] names)
    {
        var items = ((PyTuple)self.Obj!).Items;
        if (items.Length != names.Length)
            throw PyErr.TypeError($"not all arguments converted during string formatting");
        var sb = new StringBuilder(self.Type.Name).Append('(');
        for (int i = 0; i < names.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(names[i]).Append('=').Append(Ops.ReprOf(ts, items[i]));
        }
        return sb.Append(')').ToString();
    }

    private static PyDict AsDict(ThreadState ts, PyValue self, string[] names)
    {
        var items = ((PyTuple)self.Obj!).Items;
        var d = new PyDict();
        for (int i = 0; i < Math.Min(names.Length, items.Length); i++)
        {
            var key = PyValue.Str(names[i]);
            d.Set(ts, key, items[i]);
            key.DecRef();
        }
        return d;
    }
}
