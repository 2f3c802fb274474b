using System;

namespace GilGen.Runtime;

/// <summary>
/// functools.cmp_to_key: called with a comparison function it is the key factory; called again with an
/// object it is a key whose ordering asks the comparison function.
/// </summary>
public sealed class PyCmpToKey : PyObject
{
    private static readonly PyType KeyType = new("KeyWrapper", PyType.Object) { Module = "functools", IsBaseType = false };

    private PyValue _cmp, _obj;

    /// <summary>A key factory (<paramref name="obj"/> Unbound) or a key; both borrowed.</summary>
    public PyCmpToKey(PyValue cmp, PyValue obj) { cmp.IncRef(); obj.IncRef(); _cmp = cmp; _obj = obj; }

    /// <inheritdoc/>
    public override PyType Type => KeyType;

    /// <inheritdoc/>
    public override void Dealloc() { var c = _cmp; var o = _obj; _cmp = _obj = PyValue.Unbound; c.DecRefFromDealloc(); o.DecRefFromDealloc(); }

    /// <inheritdoc/>
    public override PyValue Call(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (!_obj.IsUnbound) throw PyErr.TypeError("'functools.KeyWrapper' object is not callable");
        var p = CallArguments.Bind("K", args, kwNames, new[] { "obj" }, 1);
        return PyValue.From(new PyCmpToKey(_cmp, p[0]));
    }

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) =>
        name == "obj" && !_obj.IsUnbound ? _obj.NewRef() : base.GetAttrOrNull(ts, name);

    /// <inheritdoc/>
    public override long Hash(ThreadState? ts) => throw PyErr.TypeError("unhashable type: 'functools.KeyWrapper'");

    private int Sign(ThreadState ts, PyCmpToKey other)
    {
        var r = Ops.Call(ts, _cmp, new[] { _obj, other._obj }, null);
        try
        {
            var zero = PyValue.Int(0);
            if (Ops.OrderBool(ts, r, zero, CompareOp.Lt)) return -1;
            return Ops.OrderBool(ts, r, zero, CompareOp.Gt) ? 1 : 0;
        }
        finally { r.DecRef(); }
    }

    /// <inheritdoc/>
    public override int? CompareTo(ThreadState? ts, PyValue other) =>
        ts != null && other.Obj is PyCmpToKey k && !_obj.IsUnbound ? Sign(ts, k) : null;

    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other) =>
        ts != null && other.Obj is PyCmpToKey k && !_obj.IsUnbound ? Sign(ts, k) == 0 : base.EqualsValue(ts, other);
}
