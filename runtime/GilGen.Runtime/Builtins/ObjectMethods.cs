using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>Methods every object has (object.__repr__, __str__, __eq__, ...), so user classes can call them via super().</summary>
public static class ObjectMethods
{
    /// <summary>Installs the methods on <paramref name="t"/>.</summary>
    public static void Install(PyType t)
    {
        t.AddMethod("__repr__", (ts, a, kw) => PyValue.Str(a[0].Obj is null ? Ops.ReprOf(ts, a[0]) : a[0].Obj!.ReprString(ts)));
        t.AddMethod("__str__", (ts, a, kw) => PyValue.Str(Ops.StrOf(ts, a[0])));
        t.AddMethod("__init__", Init);
        t.Dict["__new__"] = PyValue.From(new PyStaticMethod(PyValue.From(new PyBuiltinFunction("__new__", New))));
        t.Dict["__init_subclass__"] = PyValue.From(new PyClassMethod(PyValue.From(new PyBuiltinFunction("__init_subclass__", InitSubclass))));
        t.AddMethod("__getattribute__", (ts, a, kw) =>
        {
            string name = NameArgument(a, 2);
            return (a[0].Obj is null ? Ops.GetAttrOrNull(ts, a[0], name) : a[0].Obj!.GetAttrOrNull(ts, name)) ?? throw PyErr.NoAttribute(a[0], name);
        });
        t.AddMethod("__setattr__", (ts, a, kw) =>
        {
            Ops.SetAttrWithoutHook(ts, a[0], NameArgument(a, 3), a[2]);
            return PyValue.None;
        });
        t.AddMethod("__delattr__", (ts, a, kw) =>
        {
            string name = NameArgument(a, 2);
            if (a[0].Obj is null) throw PyErr.AttributeError($"'int' object has no attribute '{name}'");
            a[0].Obj!.DelAttr(ts, name);
            return PyValue.None;
        });
        t.AddMethod("__format__", (ts, a, kw) =>
        {
            if (a.Length != 2 || a[1].Obj is not PyStr spec) throw PyErr.TypeError("__format__() takes exactly one argument");
            if (spec.Value.Length > 0) throw PyErr.TypeError($"unsupported format string passed to {a[0].Type.Name}.__format__");
            return PyValue.Str(Ops.StrOf(ts, a[0]));
        });
        t.AddMethod("__eq__", (ts, a, kw) =>
        {
            SlotWrapperArguments.Binary("__eq__", a, kw);
            return Ops.Is(a[0], a[1]) ? PyValue.True : PyValue.From(PyNotImplemented.Instance);
        });
        t.AddMethod("__ne__", (ts, a, kw) => NotEqual(ts, a, kw));
        // object's ordering slot answers NotImplemented, which the operators turn into their TypeError.
        foreach (var order in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
            t.AddMethod(order, (ts, a, kw) =>
            {
                SlotWrapperArguments.Binary(order, a, kw);
                return PyValue.From(PyNotImplemented.Instance);
            });
        // object.__subclasshook__(cls, *args): a classmethod that takes any arguments and leaves the decision to the
        // ordinary subclass check (NotImplemented), what an ABC's own hook falls back to.
        t.Dict["__subclasshook__"] = PyValue.From(new PyClassMethod(PyValue.From(new PyBuiltinFunction("__subclasshook__", (ts, a, kw) =>
            PyValue.From(PyNotImplemented.Instance)))));
        t.AddMethod("__sizeof__", (ts, a, kw) =>
        {
            if (kw is { Length: > 0 }) throw PyErr.TypeError($"{a[0].Type.Name}.__sizeof__() takes no keyword arguments");
            if (a.Length != 1) throw PyErr.TypeError($"{a[0].Type.Name}.__sizeof__() takes no arguments ({a.Length - 1} given)");
            return PyValue.Int(CPythonSize.Of(ts, a[0]));
        });
        ObjectReduction.Install(t);
        t.AddMethod("__dir__", (ts, a, kw) => PyValue.From(ClassBuiltins.Dir(ts, a[0])));
        t.AddMethod("__hash__", (ts, a, kw) => PyValue.Int(a[0].Obj is null ? NumericHash.OfLong(a[0].IntValue) : a[0].Obj!.Hash(ts)));
    }

    // object.__ne__: the inverse of the class's __eq__ unless that answers NotImplemented (CPython's object_richcompare).
    private static PyValue NotEqual(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        SlotWrapperArguments.Binary("__ne__", a, kw);
        if (a[0].Type.Lookup("__eq__") is not PyValue eq || ReferenceEquals(eq.Obj, PyType.Object.Dict["__eq__"].Obj))
            return Ops.Is(a[0], a[1]) ? PyValue.False : PyValue.From(PyNotImplemented.Instance);
        var r = Ops.Call(ts, eq, new[] { a[0], a[1] }, null);
        if (r.Obj is PyNotImplemented) return r;
        try { return Ops.IsTrue(ts, r) ? PyValue.False : PyValue.True; }
        finally { r.DecRef(); }
    }

    private static bool IsObjects(PyValue method) => method.Obj is PyBuiltinFunction b && ReferenceEquals(b.OwnerType, PyType.Object);

    private static string NameArgument(ReadOnlySpan<PyValue> a, int count)
    {
        if (a.Length != count) throw PyErr.TypeError($"expected {count - 1} arguments, got {a.Length - 1}");
        return a[1].Obj is PyStr s ? s.Value : throw PyErr.TypeError($"attribute name must be string, not '{a[1].Type.Name}'");
    }

    /// <summary>object.__init__: extra arguments are an error unless __new__ is overridden (CPython's excess_args rule).</summary>
    private static PyValue Init(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        if (a.Length > 1)
        {
            var type = a[0].Type;
            if (type.Lookup("__init__") is PyValue init && !IsObjects(init))
                throw PyErr.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
            if (type.Lookup("__new__") is PyValue { Obj: PyStaticMethod { Function.Obj: PyBuiltinFunction } })
                throw PyErr.TypeError($"{type.Name}() takes no arguments");
        }
        return PyValue.None;
    }

    /// <summary>object.__new__(cls, ...): a bare instance; extra arguments are an error unless __init__ is overridden.</summary>
    private static PyValue New(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        if (a.Length == 0) throw PyErr.TypeError("object.__new__(): not enough arguments");
        if (a[0].Obj is not PyType cls) throw PyErr.TypeError($"object.__new__(X): X is not a type object ({a[0].Type.Name})");
        if (a.Length > 1)
        {
            if (PyType.PythonNew(cls.Lookup("__new__")) is not null)
                throw PyErr.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
            if (cls.Lookup("__init__") is PyValue init && IsObjects(init))
                throw PyErr.TypeError($"{cls.Name}() takes no arguments");
        }
        return PyType.NewBareInstance(ts, cls, a.Slice(1, a.Length - 1 - (kw?.Length ?? 0)));
    }

    private static PyValue InitSubclass(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        if (kw != null && kw.Length > 0)
            throw PyErr.TypeError($"{(a[0].Obj as PyType)?.QualName}.__init_subclass__() takes no keyword arguments");
        if (a.Length > 1) throw PyErr.TypeError($"{(a[0].Obj as PyType)?.QualName}.__init_subclass__() takes no arguments ({a.Length - 1} given)");
        return PyValue.None;
    }
}
