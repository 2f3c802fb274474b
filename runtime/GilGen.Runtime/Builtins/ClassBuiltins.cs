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
            case PyFunction fn: return PyValue.From(fn.AttributeDict).NewRef();
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
        // A class's own __dir__ (its metaclass's, for a class), as object.__dir__'s callers: its names, sorted.
        if (o.Obj is not PyModule && o.Obj is not null && o.Type.IsHeapType && o.Type.Lookup("__dir__") is PyValue { Obj: PyFunction } userDir)
        {
            var given = Ops.Call(ts, userDir, new[] { o }, null);
            var result = new PyList();
            try
            {
                var items = Ops.ToList(ts, given);
                foreach (var item in items) result.Items.Add(item);
                ListSort.Sort(ts, result.Items, null, false);
                return result;
            }
            catch { PyValue.From(result).DecRef(); throw; }
            finally { given.DecRef(); }
        }
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (o.Obj is PyModule mod)
        {
            foreach (var slot in mod.BoundSlots()) names.Add(slot.Name);
        }
        else
        {
            if (o.Obj is PyInstance inst) foreach (var n in inst.StoredNames()) names.Add(n);
            else if (o.Obj is ISubclassInstance si) foreach (var n in si.Attributes.StoredNames()) names.Add(n);
            else if (o.Obj is PyFunction fn) { foreach (var (n, _) in fn.AssignedAttributes()) names.Add(n); }
            else if (o.Obj?.InstanceDict is { } d) foreach (var n in d.Keys) names.Add(n);
            var type = o.Obj as PyType ?? o.Type;
            foreach (var t in type.Mro)
            {
                foreach (var n in t.Dict.Keys) names.Add(n);
                foreach (var n in DescriptorNames.Of(t)) names.Add(n);
            }
            // A class's metaclass contributes to dir(instance of it) nothing, to dir(class) nothing either (CPython's
            // type___dir__ walks the class's MRO only); a class statement's class holds __weakref__ when its instances
            // can be weakly referenced.
            if (type.IsHeapType && type.HasInstanceWeakRefs) names.Add("__weakref__");
            names.Add("__class__");
            names.Add("__doc__");
            // A class statement puts __module__ (and __dict__, for its instances) in the class's own dict; a builtin
            // class has neither there (type's getset answers them), so dir(int) does not list them.
            if ((o.Obj is PyType && type.IsHeapType && type.HasInstanceDict) || (o.Obj is PyInstance pi && pi.HasDict) || (o.Obj is ISubclassInstance sa && sa.Attributes.HasDict)) names.Add("__dict__");
            // __slots__ names: CPython's class holds a member descriptor for each.
            if (type.IsHeapType && type.SlotNames is { } slotNames) foreach (var n in slotNames) names.Add(n);
            if (type.IsHeapType) names.Add("__module__");
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
        PyValue? metaclass = null;
        for (int i = 0; i < kwCount; i++)
        {
            if (kw![i] == "metaclass") { metaclass = keywordValues[i]; continue; }
            kwValues.Add(keywordValues[i]);
            kwNames.Add(kw[i]);
        }
        // As builtin___build_class__: without metaclass=, the first base's class (type when there is none); a class
        // given or found is replaced by the most derived of it and the bases' classes. Anything else callable (a
        // function) is called as it is.
        var meta = metaclass ?? PyValue.From(bases.Length == 0 ? PyType.TypeType : bases[0].Type);
        if (meta.Obj is PyType metaType) meta = PyValue.From(PyType.MostDerivedMetaclass(metaType, bases));
        // type and ABCMeta make the class themselves (CreateHeapType); a metaclass written in Python, or a callable,
        // gets the class statement's call: __prepare__, then meta(name, bases, namespace, **kwargs).
        bool builtinMeta = meta.Is(PyType.TypeType) || meta.Is(AbcModule.ABCMeta);
        var keywordNames = kwNames.Count == 0 ? null : kwNames.ToArray();
        var basesTuple = builtinMeta ? null : PyTuple.FromBorrowed(bases);
        try
        {
            var ns = builtinMeta ? new PyDict() : Prepare(ts, meta, name, basesTuple!, kwValues, keywordNames);
            var nsValue = PyValue.From(ns);
            try
            {
                // The body takes the reference it is given (FunctionBody); this frame keeps its own for the type. The
                // body is a Python frame: a level of the recursion depth, as in CPython.
                PyValue cell;
                using (RecursionLevel.Enter(ts, ""))
                {
                    var given = nsValue.NewRef();
                    cell = body.Body(ts, body, new ReadOnlySpan<PyValue>(in given), null);
                }
                try
                {
                    // As CPython, after the body: the bases as written, when __mro_entries__ replaced any.
                    if (basesChanged)
                    {
                        var key = PyValue.Str("__orig_bases__");
                        var orig = PyValue.From(PyTuple.FromBorrowed(originalBases.ToArray()));
                        try { Ops.SetItem(ts, nsValue, key, orig); }
                        finally { key.DecRef(); orig.DecRef(); }
                    }
                    var cls = builtinMeta
                        ? PyValue.From(PyType.CreateHeapType(ts, name.Value, bases, ns, kwValues.ToArray(), keywordNames, (PyType)meta.Obj!))
                        : CallMetaclass(ts, meta, name, basesTuple!, nsValue, kwValues, keywordNames);
                    // The body's __class__ cell (zero-argument super()) names the class made.
                    if (cell.Obj is PyCell c && cls.Obj is PyType)
                    {
                        var old = c.Value;
                        c.Value = cls.NewRef();
                        old.DecRef();
                    }
                    return cls;
                }
                finally { cell.DecRef(); }
            }
            finally { nsValue.DecRef(); }
        }
        finally { if (basesTuple != null) PyValue.From(basesTuple).DecRef(); }
    }

    /// <summary>
    /// <c>meta.__prepare__(name, bases, **kwargs)</c>, the namespace the class body runs in: type's gives an empty
    /// dict, and so does a callable without the method. New reference.
    /// </summary>
    private static PyDict Prepare(ThreadState ts, PyValue meta, PyStr name, PyTuple bases, PyValueList kwValues, string[]? kwNames)
    {
        if (Ops.GetAttrOrNull(ts, meta, "__prepare__") is not PyValue prepare) return new PyDict();
        PyValue ns;
        try { ns = Ops.Call(ts, prepare, Arguments(kwValues, PyValue.From(name), PyValue.From(bases)), kwNames); }
        finally { prepare.DecRef(); }
        if (ns.Obj is PyDict dict) return dict;
        string owner = meta.Obj is PyType t ? t.Name : "<metaclass>", given = ns.Type.Name;
        bool mapping = ns.Obj is not null && ns.Type.Lookup("__getitem__") is not null;
        ns.DecRef();
        if (!mapping) throw PyErr.TypeError($"{owner}.__prepare__() must return a mapping, not {given}");
        throw PyErr.NotImplementedError($"GilGen does not support a class namespace that is not a dict yet ({owner}.__prepare__() returned a '{given}'; a dict subclass works)");
    }

    /// <summary>meta(name, bases, namespace, **kwargs) for a metaclass written in Python, or any callable given as metaclass=. New reference.</summary>
    private static PyValue CallMetaclass(ThreadState ts, PyValue meta, PyStr name, PyTuple bases, PyValue ns, PyValueList kwValues, string[]? kwNames) =>
        Ops.Call(ts, meta, Arguments(kwValues, PyValue.From(name), PyValue.From(bases), ns), kwNames);

    // The positional arguments, then the class statement's keyword values (all borrowed).
    private static PyValue[] Arguments(PyValueList kwValues, params PyValue[] positional)
    {
        var args = new PyValue[positional.Length + kwValues.Count];
        positional.CopyTo(args, 0);
        kwValues.CopyTo(args, positional.Length);
        return args;
    }
}
