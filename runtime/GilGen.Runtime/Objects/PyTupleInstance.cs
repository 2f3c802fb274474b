using System;

namespace GilGen.Runtime;

/// <summary>
/// An instance of a namedtuple class or of a Python class derived from one: a tuple (every tuple operation
/// applies) whose type is the heap class, with a <c>__dict__</c> when a class along the way does not
/// declare <c>__slots__</c>.
/// </summary>
public sealed class PyTupleInstance : PyTuple
{
    private readonly PyType _type;
    private PyDict? _dict;

    /// <summary>A tuple of class <paramref name="type"/> owning <paramref name="items"/>' references (the type is referenced).</summary>
    public PyTupleInstance(PyType type, PyValue[] items) : base(items)
    {
        _type = type;
        type.RefCount++;
    }

    /// <inheritdoc/>
    public override PyType Type => _type;

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        if (name == "__dict__" && _type.HasInstanceDict) return PyValue.From(_dict ??= new PyDict()).NewRef();
        var found = _type.Lookup(name);
        if (found is PyValue data && (data.Obj is PyTupleGetter || AttributeLookup.IsDataDescriptor(data)))
            return AttributeLookup.Get(ts, data, PyValue.From(this), _type);
        if (_dict != null)
        {
            var key = PyValue.Str(name);
            bool has = _dict.TryGet(ts, key, out var own);
            key.DecRef();
            if (has) return own.NewRef();
        }
        if (found is PyValue f) return AttributeLookup.Get(ts, f, PyValue.From(this), _type);
        if (name == "__class__") return PyValue.From(_type).NewRef();
        return null;
    }

    /// <inheritdoc/>
    public override void SetAttr(ThreadState ts, string name, PyValue value)
    {
        if (_type.Lookup(name) is PyValue d)
        {
            if (d.Obj is PyTupleGetter) throw PyErr.AttributeError("can't set attribute");
            if (d.Obj is PyProperty p) { p.Set(ts, PyValue.From(this), value); return; }
        }
        if (!_type.HasInstanceDict) throw PyErr.AttributeError($"'{_type.Name}' object has no attribute '{name}'");
        var key = PyValue.Str(name);
        (_dict ??= new PyDict()).Set(ts, key, value);
        key.DecRef();
    }

    /// <inheritdoc/>
    public override void DelAttr(ThreadState ts, string name)
    {
        if (_type.Lookup(name) is PyValue d)
        {
            if (d.Obj is PyTupleGetter) throw PyErr.AttributeError("can't delete attribute");
            if (d.Obj is PyProperty p) { p.Delete(ts, PyValue.From(this)); return; }
        }
        var key = PyValue.Str(name);
        PyValue old = default;
        bool found = _dict != null && _dict.Remove(ts, key, out old);
        key.DecRef();
        if (!found) throw PyErr.AttributeError($"'{_type.Name}' object has no attribute '{name}'");
        old.DecRef();
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        // The class's __repr__ (namedtuple's is a Python function, which Ops.ReprOf calls); without a thread, tuple's.
        if (ts != null && _type.Lookup("__repr__") is PyValue { Obj: PyFunction })
            return Ops.ReprOf(ts, PyValue.From(this));
        return base.ReprString(ts);
    }

    /// <inheritdoc/>
    public override void Dealloc()
    {
        base.Dealloc();
        var d = _dict;
        _dict = null;
        if (d != null) PyValue.From(d).DecRef();
        PyValue.From(_type).DecRef();
    }
}
