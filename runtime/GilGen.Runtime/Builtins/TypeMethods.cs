using System;

namespace GilGen.Runtime;

/// <summary>
/// type's own methods, which a metaclass written in Python reaches through <c>super()</c>: <c>type.__new__</c> makes
/// the class, <c>type.__init__</c> checks its arguments, <c>type.__call__</c> is what calling a class does
/// (<c>__new__</c> then <c>__init__</c>), and <c>type.__prepare__</c> gives the class body an empty dict.
/// </summary>
public static class TypeMethods
{
    /// <summary>type.__new__, the builtin function (what a metaclass without a Python __new__ calls).</summary>
    internal static readonly PyValue New = PyValue.From(new PyBuiltinFunction("__new__", NewClass));

    /// <summary>Installs the methods on <paramref name="t"/> (type).</summary>
    public static void Install(PyType t)
    {
        t.Dict["__new__"] = PyValue.From(new PyStaticMethod(New));
        t.AddMethod("__init__", Init);
        t.AddMethod("__call__", (ts, a, kw) =>
        {
            if (a.Length == 0 || a[0].Obj is not PyType cls)
                throw PyErr.TypeError($"descriptor '__call__' of 'type' object needs an argument");
            return cls.Construct(ts, a.Slice(1), kw);
        });
        t.Dict["__prepare__"] = PyValue.From(new PyClassMethod(PyValue.From(new PyBuiltinFunction("__prepare__", (ts, a, kw) => PyValue.From(new PyDict())))));
    }

    /// <summary>
    /// type.__new__(metatype, name, bases, namespace, **kwargs): the class, whose metaclass is the most derived of
    /// <c>metatype</c> and its bases' (<see cref="PyType.CreateHeapType"/>); the keywords go to __init_subclass__.
    /// </summary>
    private static PyValue NewClass(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        int positional = a.Length - (kw?.Length ?? 0);
        if (positional == 0) throw PyErr.TypeError("type.__new__(): not enough arguments");
        if (a[0].Obj is not PyType metatype) throw PyErr.TypeError($"type.__new__(X): X is not a type object ({a[0].Type.Name})");
        if (!metatype.IsSubtypeOf(PyType.TypeType)) throw PyErr.TypeError($"type.__new__({metatype.Name}): {metatype.Name} is not a subtype of type");
        // type.__new__(type, x) is type(x), as type_new's special case.
        if (ReferenceEquals(metatype, PyType.TypeType) && positional == 2 && kw == null) return PyValue.From(a[1].Type).NewRef();
        if (positional != 4) throw PyErr.TypeError($"type.__new__() takes exactly 3 arguments ({positional - 1} given)");
        var (name, bases, ns) = ClassArguments(a.Slice(1));
        return MakeClass(ts, metatype, name, bases, ns, a.Slice(4), kw);
    }

    /// <summary>The name, bases and namespace of type(name, bases, namespace), type.__new__ and ABCMeta's, with CPython's errors.</summary>
    internal static (PyStr Name, PyTuple Bases, PyDict Namespace) ClassArguments(ReadOnlySpan<PyValue> a)
    {
        if (a[0].Obj is not PyStr name) throw PyErr.TypeError($"type.__new__() argument 1 must be str, not {a[0].Type.Name}");
        if (a[1].Obj is not PyTuple bases) throw PyErr.TypeError($"type.__new__() argument 2 must be tuple, not {a[1].Type.Name}");
        if (a[2].Obj is not PyDict ns) throw PyErr.TypeError($"type.__new__() argument 3 must be dict, not {a[2].Type.Name}");
        return (name, bases, ns);
    }

    /// <summary>
    /// type_new's class: when a base's metaclass is more derived than <paramref name="metatype"/> and has a
    /// __new__ written in Python, that __new__ makes it (type("X", (Base,), {}) with Base made by a metaclass);
    /// otherwise <see cref="PyType.CreateHeapType"/>. New reference.
    /// </summary>
    internal static PyValue MakeClass(ThreadState ts, PyType metatype, PyStr name, PyTuple bases, PyDict ns, ReadOnlySpan<PyValue> kwValues, string[]? kw)
    {
        var winner = PyType.MostDerivedMetaclass(metatype, bases.Items);
        if (!ReferenceEquals(winner, metatype) && PyType.PythonNew(winner.Lookup("__new__")) is PyValue winnerNew)
        {
            var args = new PyValue[4 + kwValues.Length];
            args[0] = PyValue.From(winner);
            args[1] = PyValue.From(name);
            args[2] = PyValue.From(bases);
            args[3] = PyValue.From(ns);
            kwValues.CopyTo(args.AsSpan(4));
            return Ops.Call(ts, winnerNew, args, kw);
        }
        return PyValue.From(PyType.CreateHeapType(ts, name.Value, bases.Items, ns, kwValues, kw, metatype));
    }

    /// <summary>type.__init__(cls, *args, **kwargs): nothing to do once __new__ made the class, but CPython's checks of the arguments.</summary>
    private static PyValue Init(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        int positional = a.Length - (kw?.Length ?? 0) - 1;
        if (positional == 1 && kw is { Length: > 0 }) throw PyErr.TypeError("type.__init__() takes no keyword arguments");
        if (positional != 1 && positional != 3) throw PyErr.TypeError("type.__init__() takes 1 or 3 arguments");
        return PyValue.None;
    }
}
