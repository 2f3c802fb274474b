using System;
using System.Collections.Generic;
using System.Linq;

namespace GilGen.Runtime;

/// <summary>
/// abc: <c>ABCMeta</c>, <c>ABC</c>, <c>abstractmethod</c>, <c>get_cache_token</c> and <c>update_abstractmethods</c>,
/// as CPython's <c>_abc</c> module does them. ABCMeta is the one metaclass besides type that GilGen writes in C#: a
/// class made with it or a subclass of it (<c>metaclass=ABCMeta</c>, or a base that has it) is a <see cref="PyType"/>
/// whose type is that metaclass (<see cref="PyType.Metatype"/>, <see cref="PyType.IsAbc"/>). At its creation its abstract methods are computed as <c>_abc_init</c> does
/// (<see cref="ComputeAbstractMethods"/>); calling it while any is left raises CPython's TypeError; issubclass and
/// isinstance follow <c>ABCMeta.__subclasscheck__</c> (<see cref="SubclassCheck"/>): the class's
/// <c>__subclasshook__</c>, inheritance, the classes given to <c>register</c>, then its subclasses' registrations,
/// with its positive and negative caches.
/// </summary>
public static class AbcModule
{
    /// <summary>abc.ABCMeta: type's subclass whose instances are abstract base classes.</summary>
    public static readonly PyType ABCMeta = CreateABCMeta();

    // ABCMeta._abc_invalidation_counter: every register() makes the negative caches stale (get_cache_token's value).
    private static long _invalidationCounter;

    // What each ABC remembers between checks (CPython's _abc_data): the two caches.
    private sealed class AbcData
    {
        public readonly HashSet<PyType> Positive = new(ReferenceEqualityComparer.Instance);
        public readonly HashSet<PyType> Negative = new(ReferenceEqualityComparer.Instance);
        public long NegativeVersion = _invalidationCounter;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyType, AbcData> Data = new();

    /// <summary>
    /// The classes given to each ABC's register: the one registry of ABCMeta's classes and of collections.abc's
    /// (a class may derive from both kinds; its registrations must answer for either).
    /// </summary>
    internal static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyType, List<PyType>> Registrations = new();

    /// <summary>Adds a registration (the registry keeps a reference, as _abc does) and makes the negative caches stale.</summary>
    internal static void AddRegistration(PyType abc, PyType sub)
    {
        var list = Registrations.GetOrCreateValue(abc);
        if (list.Contains(sub)) return;
        PyValue.From(sub).IncRef();
        list.Add(sub);
        _invalidationCounter++;
    }

    private static PyType CreateABCMeta()
    {
        var meta = new PyType("ABCMeta", PyType.TypeType, Construct) { Module = "abc" };
        meta.AddMethod("register", (ts, a, kw) =>
        {
            var p = new BuiltinArguments("register", a, kw).NoKeywords().Expect(2, 2);
            return Register(AbcClass(p[0], "register"), p[1]);
        });
        meta.AddMethod("__subclasscheck__", (ts, a, kw) =>
        {
            var p = new BuiltinArguments("__subclasscheck__", a, kw).NoKeywords().Expect(2, 2);
            if (p[1].Obj is not PyType sub) throw PyErr.TypeError("issubclass() arg 1 must be a class");
            return PyValue.Bool(SubclassCheck(ts, AbcClass(p[0], "__subclasscheck__"), sub));
        });
        meta.AddMethod("__instancecheck__", (ts, a, kw) =>
        {
            var p = new BuiltinArguments("__instancecheck__", a, kw).NoKeywords().Expect(2, 2);
            return PyValue.Bool(InstanceCheck(ts, AbcClass(p[0], "__instancecheck__"), p[1].Type));
        });
        return meta;
    }

    private static PyType AbcClass(PyValue self, string method) =>
        self.Obj is PyType { IsAbc: true } t ? t
            : throw PyErr.TypeError($"descriptor '{method}' requires a 'ABCMeta' object but received a '{self.Type.Name}'");

    // ABCMeta(name, bases, namespace, **kwargs): the class statement's path, with this metaclass.
    private static PyValue Construct(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        int positional = args.Length - (kw?.Length ?? 0);
        if (positional < 3)
        {
            string missing = positional switch { 0 => "s: 'name', 'bases', and 'namespace'", 1 => "s: 'bases' and 'namespace'", _ => ": 'namespace'" };
            throw PyErr.TypeError($"ABCMeta.__new__() missing {3 - positional} required positional argument{missing}");
        }
        if (positional > 3) throw PyErr.TypeError($"ABCMeta.__new__() takes 4 positional arguments but {positional + 1} were given");
        var (name, bases, ns) = TypeMethods.ClassArguments(args);
        return TypeMethods.MakeClass(ts, ABCMeta, name, bases, ns, args.Slice(3), kw);
    }

    /// <summary>Makes abc.</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("abc");
        m.SetGlobal("ABCMeta", PyValue.From(ABCMeta));
        m.AddFunction("abstractmethod", (ts2, a, kw) =>
        {
            var f = new BuiltinArguments("abstractmethod", a, kw).NoKeywords().Expect(1, 1)[0];
            Ops.SetAttr(ts2, f, "__isabstractmethod__", PyValue.True);
            return f.NewRef();
        });
        m.AddFunction("get_cache_token", (ts2, a, kw) =>
        {
            new BuiltinArguments("get_cache_token", a, kw).NoKeywords().Expect(0, 0);
            return PyValue.Int(_invalidationCounter);
        });
        m.AddFunction("update_abstractmethods", (ts2, a, kw) =>
        {
            var cls = new BuiltinArguments("update_abstractmethods", a, kw).NoKeywords().Expect(1, 1)[0];
            // As abc.py: a class that is not an ABC (no __abstractmethods__) is left alone.
            if (cls.Obj is PyType { AbstractNames: not null } t) ComputeAbstractMethods(ts2, t);
            return cls.NewRef();
        });
        var ns = new PyDict();
        void Set(string key, PyValue value)
        {
            var k = PyValue.Str(key);
            ns.Set(ts, k, value);
            k.DecRef();
            value.DecRef();
        }
        Set("__module__", PyValue.Str("abc"));
        Set("__qualname__", PyValue.Str("ABC"));
        Set("__doc__", PyValue.Str("Helper class that provides a standard way to create an ABC using\n    inheritance.\n    "));
        Set("__slots__", PyValue.From(PyTuple.Empty).NewRef());
        var abc = PyType.CreateHeapType(ts, "ABC", ReadOnlySpan<PyValue>.Empty, ns, ReadOnlySpan<PyValue>.Empty, null, ABCMeta);
        PyValue.From(ns).DecRef();
        m.SetGlobal("ABC", PyValue.From(abc));
        PyValue.From(abc).DecRef();
        return m;
    }

    /// <summary>
    /// _abc_init's compute_abstract_methods: the names of the class's namespace whose value is abstract
    /// (<c>__isabstractmethod__</c> true), and each base's abstract names that the class still resolves to
    /// something abstract. Sets <see cref="PyType.AbstractNames"/> (what <c>__abstractmethods__</c> reads).
    /// </summary>
    internal static void ComputeAbstractMethods(ThreadState ts, PyType cls)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in cls.Dict.ToArray())
            if (IsAbstract(ts, value)) names.Add(name);
        foreach (var b in cls.Bases)
        {
            if (b.AbstractNames is not { } inherited) continue;
            foreach (var name in inherited)
            {
                if (cls.GetAttrOrNull(ts, name) is not PyValue value) continue;
                try { if (IsAbstract(ts, value)) names.Add(name); }
                finally { value.DecRef(); }
            }
        }
        cls.SetAbstractNames(names);
    }

    /// <summary>_PyObject_IsAbstract: getattr(value, "__isabstractmethod__", False), as a truth value.</summary>
    internal static bool IsAbstract(ThreadState ts, PyValue value)
    {
        if (value.Obj is null) return false;
        PyValue? flag;
        try { flag = value.Obj.GetAttrOrNull(ts, "__isabstractmethod__"); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.AttributeError)) { return false; }
        if (flag is not PyValue f) return false;
        try { return Ops.IsTrue(ts, f); }
        finally { f.DecRef(); }
    }

    /// <summary>ABCMeta.register(cls, subclass): issubclass(subclass, cls) from now on; returns subclass (new reference).</summary>
    private static PyValue Register(PyType cls, PyValue subclass)
    {
        if (subclass.Obj is not PyType sub) throw PyErr.TypeError("Can only register classes");
        if (sub.IsSubclassOrVirtual(cls)) return subclass.NewRef();   // already a subclass, nothing to do
        // As CPython: refuses to make an inheritance cycle.
        if (cls.IsSubclassOrVirtual(sub)) throw PyErr.RuntimeError("Refusing to create an inheritance cycle");
        AddRegistration(cls, sub);
        return subclass.NewRef();
    }

    /// <summary>isinstance(instance, cls) for an ABC, given the instance's type (the exact-type test is the caller's).</summary>
    internal static bool InstanceCheck(ThreadState ts, PyType cls, PyType instanceType)
    {
        var data = Data.GetOrCreateValue(cls);
        if (data.Positive.Contains(instanceType)) return true;
        if (data.NegativeVersion == _invalidationCounter && data.Negative.Contains(instanceType)) return false;
        // cls.__subclasscheck__ as an attribute, as ABCMeta.__instancecheck__ calls it: a metaclass that derives from
        // ABCMeta in Python may override it.
        return instanceType.IsSubclassOrVirtual(cls);
    }

    /// <summary>ABCMeta.__subclasscheck__(cls, subclass), with _abc's caches.</summary>
    internal static bool SubclassCheck(ThreadState ts, PyType cls, PyType subclass)
    {
        var data = Data.GetOrCreateValue(cls);
        if (data.Positive.Contains(subclass)) return true;
        if (data.NegativeVersion < _invalidationCounter)
        {
            data.Negative.Clear();
            data.NegativeVersion = _invalidationCounter;
        }
        else if (data.Negative.Contains(subclass)) return false;
        bool? hooked = SubclassHook(ts, cls, subclass);
        if (hooked is bool answer)
        {
            (answer ? data.Positive : data.Negative).Add(subclass);
            return answer;
        }
        bool found = subclass.IsSubtypeOf(cls)
            || (Registrations.TryGetValue(cls, out var registry) && registry.Any(r => subclass.IsSubclassOrVirtual(r)))
            || cls.Subclasses().Any(s => subclass.IsSubclassOrVirtual(s));
        (found ? data.Positive : data.Negative).Add(subclass);
        return found;
    }

    // cls.__subclasshook__(subclass): True or False decides; NotImplemented (object's, or the hook's answer) does not.
    private static bool? SubclassHook(ThreadState ts, PyType cls, PyType subclass)
    {
        if (cls.Lookup("__subclasshook__") is not PyValue hook) return null;
        var bound = AttributeLookup.BindToClass(ts, hook, cls);
        PyValue r;
        try { r = Ops.Call(ts, bound, new[] { PyValue.From(subclass) }, null); }
        finally { bound.DecRef(); }
        try
        {
            if (r.Obj is PyNotImplemented) return null;
            if (r.Obj is not PyBool b) throw PyErr.AssertionError("__subclasshook__ must return either False, True, or NotImplemented");
            return b.Value;
        }
        finally { r.DecRef(); }
    }
}
