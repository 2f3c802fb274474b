using System;

namespace GilGen.Runtime;

/// <summary>
/// Builds the namespace of one of enum's classes written in C# (EnumType, Enum, auto...): each method a Python
/// function whose body is C# (<see cref="NativeFunction"/>), so that every dunder dispatch of the runtime finds it,
/// as it finds the methods enum.py defines in CPython.
/// </summary>
internal sealed class EnumClassBuilder
{
    private readonly ThreadState _ts;
    private readonly PyModule _module;
    private readonly string _qualName;

    /// <summary>The namespace being filled (owned until <see cref="Build"/>).</summary>
    public readonly PyDict Namespace = new();

    /// <summary>Starts the namespace of the class <paramref name="qualName"/> of <paramref name="module"/>.</summary>
    public EnumClassBuilder(ThreadState ts, PyModule module, string qualName, string? doc = null)
    {
        _ts = ts;
        _module = module;
        _qualName = qualName;
        Put("__module__", PyValue.Str("enum"));
        Put("__qualname__", PyValue.Str(qualName));
        if (doc != null) Put("__doc__", PyValue.Str(doc));
    }

    /// <summary>Stores <paramref name="value"/> (owned) under <paramref name="name"/>.</summary>
    public void Put(string name, PyValue value)
    {
        var k = PyValue.Str(name);
        Namespace.Set(_ts, k, value);
        k.DecRef();
        value.DecRef();
    }

    /// <summary>A function of this class named <paramref name="name"/>, not stored (new reference).</summary>
    public PyValue Function(string name, string[] parameters, NativeFunctionBody body, PyValue[]? defaults = null,
                            int kwOnly = 0, bool varArgs = false, bool varKw = false, PyDict? kwDefaults = null) =>
        PyValue.From(NativeFunction.Create(_module, _qualName + "." + name, parameters, body, defaults, kwOnly, varArgs, varKw, kwDefaults));

    /// <summary>Adds a method (a plain function: it binds to the instance).</summary>
    public void Method(string name, string[] parameters, NativeFunctionBody body, PyValue[]? defaults = null,
                       int kwOnly = 0, bool varArgs = false, bool varKw = false, PyDict? kwDefaults = null) =>
        Put(name, Function(name, parameters, body, defaults, kwOnly, varArgs, varKw, kwDefaults));

    /// <summary>Adds a static method.</summary>
    public void StaticMethod(string name, string[] parameters, NativeFunctionBody body, bool varArgs = false, PyDict? kwDefaults = null, int kwOnly = 0, bool varKw = false)
    {
        var f = Function(name, parameters, body, null, kwOnly, varArgs, varKw, kwDefaults);
        Put(name, PyValue.From(new PyStaticMethod(f)));
        f.DecRef();
    }

    /// <summary>Adds a class method.</summary>
    public void ClassMethod(string name, string[] parameters, NativeFunctionBody body, bool varArgs = false, bool varKw = false)
    {
        var f = Function(name, parameters, body, null, 0, varArgs, varKw);
        Put(name, PyValue.From(new PyClassMethod(f)));
        f.DecRef();
    }

    /// <summary>Adds a read-only property whose getter is <paramref name="getter"/> (given self).</summary>
    public void Property(string name, NativeFunctionBody getter)
    {
        var f = Function(name, new[] { "self" }, getter);
        var p = new PyProperty(f, PyValue.None, PyValue.None, PyValue.None);
        p.SetName(name);
        Put(name, PyValue.From(p));
        f.DecRef();
    }

    /// <summary>Makes the class with <paramref name="bases"/> (borrowed) and metaclass <paramref name="metatype"/>; releases the namespace. New reference.</summary>
    public PyType Build(string name, PyValue[] bases, PyType? metatype)
    {
        try { return PyType.CreateHeapType(_ts, name, bases, Namespace, ReadOnlySpan<PyValue>.Empty, null, metatype); }
        finally { PyValue.From(Namespace).DecRef(); }
    }
}
