using System;

namespace GilGen.Runtime;

/// <summary>
/// <c>super(C, obj)</c> and zero-argument <c>super()</c>: attribute lookup that starts after C in obj's MRO.
/// <c>super(C)</c> is unbound: it looks nothing up until <c>__get__</c> binds it to an object (a class attribute
/// holding one binds to the instance it is read through), as CPython's super_descr_get.
/// </summary>
public sealed class PySuper : PyObject
{
    /// <summary>The class <c>super</c>.</summary>
    public static readonly PyType TypeObject = CreateType();

    private readonly PyType _thisType;
    // The object and its class (the object itself when it is a class), both null for an unbound super.
    private readonly PyValue? _obj;
    private readonly PyType? _objType;

    private PySuper(PyType thisType, PyValue? obj, PyType? objType)
    {
        PyValue.From(thisType).IncRef();
        obj?.IncRef();
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
        var args = new BuiltinArguments("super", a, kw).NoKeywords();
        if (args.Count > 2) throw PyErr.TypeError($"super() expected at most 2 arguments, got {args.Count}");
        if (args.Count == 0) throw PyErr.RuntimeError("super(): no arguments");
        if (a[0].Obj is not PyType t) throw PyErr.TypeError($"super() argument 1 must be a type, not {a[0].Type.Name}");
        if (args.Count == 1) return PyValue.From(new PySuper(t, null, null));
        return Create(t, a[1]);
    }

    /// <summary>
    /// <c>super.__get__(obj)</c> (super_descr_get): an unbound super bound to <paramref name="obj"/> (new reference); the
    /// super itself when obj is None or it is bound already.
    /// </summary>
    public PyValue DescrGet(PyValue obj) =>
        obj.IsNone || _obj is not null ? PyValue.From(this).NewRef() : Create(_thisType, obj);

    private static PyType CreateType()
    {
        var t = new PyType("super", PyType.Object, Construct);
        t.AddMethod("__get__", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("__get__", a.Slice(1), kw).NoKeywords().Expect(1, 2);
            var obj = args[0];
            var owner = args.Count > 1 ? args[1] : PyValue.None;
            // The slot wrapper's own check (wrap_descr_get), before the descriptor sees the arguments.
            if (obj.IsNone && owner.IsNone) throw PyErr.TypeError("__get__(None, None) is invalid");
            return ((PySuper)a[0].Obj!).DescrGet(obj);
        });
        return t;
    }

    /// <inheritdoc/>
    public override PyType Type => TypeObject;

    /// <inheritdoc/>
    public override void Dealloc()
    {
        _obj?.DecRefFromDealloc();
        PyValue.From(_thisType).DecRefFromDealloc();
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) =>
        $"<super: <class '{_thisType.TpName}'>, {(_objType is null ? "NULL" : $"<{_objType.TpName} object>")}>";

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        if (name == "__class__") return PyValue.From(TypeObject);
        if (name == "__thisclass__") return PyValue.From(_thisType).NewRef();
        if (name == "__self__") return _obj?.NewRef() ?? PyValue.None;
        if (name == "__self_class__") return _objType is null ? PyValue.None : PyValue.From(_objType).NewRef();
        // Unbound, there is no MRO to search: the super object's own attributes (its class's: __get__, __repr__...).
        if (_obj is not PyValue obj || _objType is null) return base.GetAttrOrNull(ts, name);
        var mro = _objType.Mro;
        int i = Array.IndexOf(mro, _thisType);
        for (int k = i + 1; k < mro.Length; k++)
        {
            if (!mro[k].Dict.TryGetValue(name, out var v)) continue;
            var instance = ReferenceEquals(obj.Obj, _objType) ? PyValue.Unbound : obj;
            return AttributeLookup.Get(ts, v, instance, _objType);
        }
        return base.GetAttrOrNull(ts, name);
    }
}
