using System;

namespace GilGen.Runtime;

/// <summary><c>super(C, obj)</c> and zero-argument <c>super()</c>: attribute lookup that starts after C in obj's MRO.</summary>
public sealed class PySuper : PyObject
{
    /// <summary>The class <c>super</c>.</summary>
    public static readonly PyType TypeObject = new("super", PyType.Object, Construct);

    private readonly PyType _thisType;
    private readonly PyValue _obj;
    private readonly PyType _objType;

    private PySuper(PyType thisType, PyValue obj, PyType objType)
    {
        PyValue.From(thisType).IncRef();
        obj.IncRef();
        _thisType = thisType; _obj = obj; _objType = objType;
    }

    /// <summary>super(type, obj): obj is an instance of type, or a subclass of it (for class methods).</summary>
    public static PyValue Create(PyType type, PyValue obj)
    {
        if (obj.Obj is PyType t && t.IsSubtypeOf(type)) return PyValue.From(new PySuper(type, obj, t));
        if (obj.Type.IsSubtypeOf(type)) return PyValue.From(new PySuper(type, obj, obj.Type));
        throw PyErr.TypeError("super(type, obj): obj must be an instance or subtype of type");
    }

    private static PyValue Construct(ThreadState ts, PyType type, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        var args = new BuiltinArguments("super", a, kw).NoKeywords().Expect(0, 2);
        if (args.Count == 0) throw PyErr.RuntimeError("super(): no arguments");
        if (a[0].Obj is not PyType t) throw PyErr.TypeError($"super() argument 1 must be a type, not {a[0].Type.Name}");
        if (args.Count == 1) throw PyErr.NotImplementedError("GilGen does not support unbound super objects (super with one argument) yet");
        return Create(t, a[1]);
    }

    /// <inheritdoc/>
    public override PyType Type => TypeObject;

    /// <inheritdoc/>
    public override void Dealloc()
    {
        _obj.DecRefFromDealloc();
        PyValue.From(_thisType).DecRefFromDealloc();
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) =>
        $"<super: {_thisType.ReprString(ts)}, <{_objType.Name} object>>";

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        if (name == "__class__") return PyValue.From(TypeObject);
        if (name == "__thisclass__") return PyValue.From(_thisType).NewRef();
        if (name == "__self__") return _obj.NewRef();
        var mro = _objType.Mro;
        int i = Array.IndexOf(mro, _thisType);
        for (int k = i + 1; k < mro.Length; k++)
        {
            if (!mro[k].Dict.TryGetValue(name, out var v)) continue;
            var instance = ReferenceEquals(_obj.Obj, _objType) ? PyValue.Unbound : _obj;
            return AttributeLookup.Get(ts, v, instance, _objType);
        }
        return null;
    }
}
