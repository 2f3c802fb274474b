using System;

namespace GilGen.Runtime;

/// <summary><c>property(fget, fset, fdel, doc)</c>: a data descriptor that runs Python getters, setters and deleters.</summary>
public sealed class PyProperty : PyObject
{
    /// <summary>The class <c>property</c>.</summary>
    public static readonly PyType TypeObject = CreateType();

    private PyValue _get = PyValue.None, _set = PyValue.None, _del = PyValue.None, _doc = PyValue.None;
    private string? _name;

    /// <summary>A property of the given accessors (borrowed; references are taken; None for a missing one).</summary>
    public PyProperty(PyValue fget, PyValue fset, PyValue fdel, PyValue doc)
    {
        fget.IncRef(); fset.IncRef(); fdel.IncRef();
        _get = fget; _set = fset; _del = fdel;
        if (doc.IsNone && fget.Obj is PyFunction f && f.GetAttrOrNull(null!, "__doc__") is PyValue d) _doc = d;
        else { doc.IncRef(); _doc = doc; }
        if (fget.Obj is PyFunction g) _name = g.Name;
    }

    /// <inheritdoc/>
    public override PyType Type => TypeObject;

    /// <summary>The attribute name the property was assigned to, or null (copied by a fork child's copy of the class).</summary>
    internal string? AttributeName => _name;

    /// <summary>The attribute name the property was assigned to (__set_name__).</summary>
    public void SetName(string name) => _name = name;

    /// <inheritdoc/>
    public override void Dealloc()
    {
        _get.DecRefFromDealloc(); _set.DecRefFromDealloc(); _del.DecRefFromDealloc(); _doc.DecRefFromDealloc();
        _get = _set = _del = _doc = PyValue.None;
    }

    private string Describe(PyValue instance, string what) =>
        (_name == null ? "property" : $"property '{_name}'") + $" of '{instance.Type.Name}' object has no {what}";

    /// <summary>instance.name: fget(instance). New reference.</summary>
    public PyValue Get(ThreadState ts, PyValue instance)
    {
        if (_get.IsNone) throw PyErr.AttributeError(Describe(instance, "getter"));
        return Ops.Call(ts, _get, new[] { instance }, null);
    }

    /// <summary>instance.name = value: fset(instance, value).</summary>
    public void Set(ThreadState ts, PyValue instance, PyValue value)
    {
        if (_set.IsNone) throw PyErr.AttributeError(Describe(instance, "setter"));
        Ops.Call(ts, _set, new[] { instance, value }, null).DecRef();
    }

    /// <summary>del instance.name: fdel(instance).</summary>
    public void Delete(ThreadState ts, PyValue instance)
    {
        if (_del.IsNone) throw PyErr.AttributeError(Describe(instance, "deleter"));
        Ops.Call(ts, _del, new[] { instance }, null).DecRef();
    }

    private PyValue Copy(PyValue fget, PyValue fset, PyValue fdel)
    {
        var p = new PyProperty(fget, fset, fdel, _doc) { _name = _name };
        if (fget.Obj is PyFunction g && _name == null) p._name = g.Name;
        return PyValue.From(p);
    }

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        switch (name)
        {
            case "fget": return _get.NewRef();
            case "fset": return _set.NewRef();
            case "fdel": return _del.NewRef();
            case "__doc__": return _doc.NewRef();
            // As CPython: abstract when its getter, setter or deleter is (an @abstractmethod under @property).
            case "__isabstractmethod__": return PyValue.Bool(AbcModule.IsAbstract(ts, _get) || AbcModule.IsAbstract(ts, _set) || AbcModule.IsAbstract(ts, _del));
        }
        return base.GetAttrOrNull(ts, name);
    }

    private static PyProperty Self(ReadOnlySpan<PyValue> a) =>
        a[0].Obj as PyProperty ?? throw PyErr.TypeError("descriptor requires a 'property' object");

    private static PyType CreateType()
    {
        var t = new PyType("property", PyType.Object, (ts, type, a, kw) =>
        {
            var args = new BuiltinArguments("property", a, kw).OnlyKeywords("fget", "fset", "fdel", "doc").Expect(0, 4);
            return PyValue.From(new PyProperty(args.Get(0, "fget") ?? PyValue.None, args.Get(1, "fset") ?? PyValue.None,
                                               args.Get(2, "fdel") ?? PyValue.None, args.Get(3, "doc") ?? PyValue.None));
        });
        t.AddMethod("getter", (ts, a, kw) => { var p = Self(a); return p.Copy(a[1], p._set, p._del); });
        t.AddMethod("setter", (ts, a, kw) => { var p = Self(a); return p.Copy(p._get, a[1], p._del); });
        t.AddMethod("deleter", (ts, a, kw) => { var p = Self(a); return p.Copy(p._get, p._set, a[1]); });
        t.AddMethod("__get__", (ts, a, kw) => a.Length < 2 || a[1].IsNone ? a[0].NewRef() : Self(a).Get(ts, a[1]));
        t.AddMethod("__set__", (ts, a, kw) => { Self(a).Set(ts, a[1], a[2]); return PyValue.None; });
        t.AddMethod("__delete__", (ts, a, kw) => { Self(a).Delete(ts, a[1]); return PyValue.None; });
        return t;
    }
}
