using System;
using System.Collections.Generic;
using System.Linq;

namespace GilGen.Runtime;

/// <summary>The builtins that make and inspect classes: __build_class__, super, staticmethod, classmethod, property; vars and dir of an object.</summary>
public static class ClassBuiltins
{
    /// <summary>Adds them to the builtins module <paramref name="m"/>.</summary>
    public static void Install(PyModule m)
    {
        m.AddFunction("__build_class__", BuildClass);
        m.SetGlobal("super", PyValue.From(PySuper.TypeObject));
        m.SetGlobal("staticmethod", PyValue.From(PyStaticMethod.TypeObject));
        m.SetGlobal("classmethod", PyValue.From(PyClassMethod.TypeObject));
        m.SetGlobal("property", PyValue.From(PyProperty.TypeObject));
    }

    /// <summary>vars(o): its __dict__ (a module's is its live namespace), else TypeError.</summary>
    public static PyValue Vars(ThreadState ts, PyValue o)
    {
        switch (o.Obj)
        {
            case PyModule module: return PyValue.From(module.Namespace).NewRef();
            case PyInstance inst when inst.MaterializeDict(ts) is PyDict d: return PyValue.From(d).NewRef();
            case ISubclassInstance si when si.Attributes.MaterializeDict(ts) is PyDict sd: return PyValue.From(sd).NewRef();
            case PyType t: return t.GetAttrOrNull(ts, "__dict__")!.Value;
            case PyObject other when other is not PyInstance && other.InstanceDict is { } dict:
                throw PyErr.NotImplementedError($"GilGen does not support vars() of a '{other.Type.Name}' object yet");
        }
        throw PyErr.TypeError("vars() argument must have __dict__ attribute");
    }

    /// <summary>dir(o): the sorted names of its attributes (its own, its class's and its bases').</summary>
    public static PyList Dir(ThreadState ts, PyValue o)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (o.Obj is PyModule mod)
        {
            foreach (var slot in mod.BoundSlots()) names.Add(slot.Name);
        }
        else
        {
            if (o.Obj is PyInstance inst) foreach (var n in inst.StoredNames()) names.Add(n);
            else if (o.Obj is ISubclassInstance si) foreach (var n in si.Attributes.StoredNames()) names.Add(n);
            else if (o.Obj?.InstanceDict is { } d) foreach (var n in d.Keys) names.Add(n);
            var type = o.Obj as PyType ?? o.Type;
            foreach (var t in type.Mro) foreach (var n in t.Dict.Keys) names.Add(n);
            names.Add("__class__");
            names.Add("__doc__");
            if (o.Obj is PyType || (o.Obj is PyInstance pi && pi.HasDict) || (o.Obj is ISubclassInstance sa && sa.Attributes.HasDict)) names.Add("__dict__");
            if (o.Obj is PyType || type.IsHeapType) names.Add("__module__");
        }
        return new PyList(new PyValueList(names.Select(PyValue.Str)));
    }

    /// <summary>
    /// __build_class__(func, name, *bases, metaclass=None, **kwds): runs the class body in a new namespace,
    /// makes the class with type(name, bases, namespace, **kwds), and fills the body's __class__ cell.
    /// </summary>
    private static PyValue BuildClass(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        int kwCount = kw?.Length ?? 0;
        int positional = a.Length - kwCount;
        if (positional < 1) throw PyErr.TypeError("__build_class__: not enough arguments");
        if (a[0].Obj is not PyFunction body) throw PyErr.TypeError("__build_class__: func must be a function");
        if (positional < 2 || a[1].Obj is not PyStr name) throw PyErr.TypeError("__build_class__: name is not a string");
        var originalBases = a.Slice(2, positional - 2);
        var resolved = ResolveBases(ts, originalBases);
        try { return BuildClass(ts, body, name, originalBases, resolved ?? originalBases.ToArray(), resolved != null, a.Slice(positional), kw); }
        finally { if (resolved != null) foreach (var b in resolved) b.DecRef(); }
    }

    /// <summary>
    /// update_bases: each base that is not a class but has <c>__mro_entries__</c> (a generic alias, a typing
    /// construct) is replaced by the classes that method returns for the original bases. Null when none was;
    /// else the new bases (owned).
    /// </summary>
    private static PyValue[]? ResolveBases(ThreadState ts, ReadOnlySpan<PyValue> bases)
    {
        List<PyValue>? resolved = null;
        PyTuple? original = null;
        for (int i = 0; i < bases.Length; i++)
        {
            var b = bases[i];
            PyValue? entries = null;
            if (b.Obj is not PyType && Ops.GetAttrOrNull(ts, b, "__mro_entries__") is PyValue method)
            {
                original ??= PyTuple.FromBorrowed(bases.ToArray());
                try { entries = Ops.Call(ts, method, new[] { PyValue.From(original) }, null); }
                finally { method.DecRef(); }
            }
            if (entries is not PyValue e)
            {
                if (resolved != null) { b.IncRef(); resolved.Add(b); }
                continue;
            }
            try
            {
                if (e.Obj is not PyTuple t) throw PyErr.TypeError("__mro_entries__ must return a tuple");
                if (resolved == null)
                {
                    resolved = new List<PyValue>();
                    for (int j = 0; j < i; j++) { bases[j].IncRef(); resolved.Add(bases[j]); }
                }
                foreach (var item in t.Items) { item.IncRef(); resolved.Add(item); }
            }
            catch
            {
                if (resolved != null) foreach (var r in resolved) r.DecRef();
                if (original != null) PyValue.From(original).DecRef();
                throw;
            }
            finally { e.DecRef(); }
        }
        if (original != null) PyValue.From(original).DecRef();
        return resolved?.ToArray();
    }

    private static PyValue BuildClass(ThreadState ts, PyFunction body, PyStr name, ReadOnlySpan<PyValue> originalBases, PyValue[] bases,
                                      bool basesChanged, ReadOnlySpan<PyValue> keywordValues, string[]? kw)
    {
        int kwCount = kw?.Length ?? 0;
        var kwValues = new PyValueList();
        var kwNames = new List<string>();
        PyType? metatype = null;
        for (int i = 0; i < kwCount; i++)
        {
            var value = keywordValues[i];
            if (kw![i] == "metaclass")
            {
                if (!value.Is(PyType.TypeType) && !value.Is(AbcModule.ABCMeta))
                    throw PyErr.NotImplementedError("GilGen does not support metaclasses other than type and abc.ABCMeta yet");
                metatype = (PyType)value.Obj!;
                continue;
            }
            kwValues.Add(value);
            kwNames.Add(kw[i]);
        }
        foreach (var b in bases)
        {
            if (b.Obj is PyType bt && !ReferenceEquals(bt.Type, PyType.TypeType) && !ReferenceEquals(bt.Type, AbcModule.ABCMeta))
                throw PyErr.NotImplementedError("GilGen does not support metaclasses other than type and abc.ABCMeta yet");
        }
        var ns = new PyDict();
        var nsValue = PyValue.From(ns);
        try
        {
            // The body takes the reference it is given (FunctionBody); this frame keeps its own for the type.
            var given = nsValue.NewRef();
            var cell = body.Body(ts, body, new ReadOnlySpan<PyValue>(in given), null);
            try
            {
                // As CPython, after the body: the bases as written, when __mro_entries__ replaced any.
                if (basesChanged)
                {
                    var key = PyValue.Str("__orig_bases__");
                    var orig = PyValue.From(PyTuple.FromBorrowed(originalBases.ToArray()));
                    try { ns.Set(ts, key, orig); }
                    finally { key.DecRef(); orig.DecRef(); }
                }
                var type = PyType.CreateHeapType(ts, name.Value, bases, ns, kwValues.ToArray(), kwNames.Count == 0 ? null : kwNames.ToArray(), metatype);
                if (cell.Obj is PyCell c)
                {
                    var t = PyValue.From(type);
                    t.IncRef();
                    var old = c.Value;
                    c.Value = t;
                    old.DecRef();
                }
                return PyValue.From(type);
            }
            finally { cell.DecRef(); }
        }
        finally { nsValue.DecRef(); }
    }
}
