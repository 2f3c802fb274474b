using System;

namespace GilGen.Runtime;

/// <summary>
/// itertools.groupby: yields (key, group) pairs; each group reads the shared input until the key changes,
/// and advancing the groupby ends the previous group (CPython's itertoolsmodule.c, step for step).
/// </summary>
public sealed class PyGroupBy : PyObject
{
    private readonly PyType _type;
    private readonly PyType _grouperType;
    private PyValue _it, _keyFunc;
    private PyValue _tgtKey = PyValue.Unbound, _currKey = PyValue.Unbound, _currValue = PyValue.Unbound;
    internal object? CurrentGrouper;

    /// <summary>Takes ownership of <paramref name="it"/>; borrows <paramref name="keyFunc"/>.</summary>
    public PyGroupBy(PyType type, PyType grouperType, PyValue it, PyValue keyFunc)
    {
        _type = type; _grouperType = grouperType; _it = it; keyFunc.IncRef(); _keyFunc = keyFunc;
    }

    /// <inheritdoc/>
    public override PyType Type => _type;
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => $"<itertools.groupby object at 0x{ObjectId.Of(this):x}>";
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(this).NewRef();

    /// <inheritdoc/>
    public override void Dealloc()
    {
        Clear(ref _it); Clear(ref _keyFunc); Clear(ref _tgtKey); Clear(ref _currKey); Clear(ref _currValue);
    }

    private static void Clear(ref PyValue v) { var old = v; v = PyValue.Unbound; old.DecRef(); }

    /// <summary>groupby_step: reads the next value and its key; false at the end of the input.</summary>
    internal bool Step(ThreadState ts)
    {
        if (_it.IsUnbound || !Ops.ForIter(ts, _it, out var value)) return false;
        PyValue key;
        if (_keyFunc.IsNone) key = value.NewRef();
        else
        {
            bool done = false;
            try { key = Ops.Call(ts, _keyFunc, new[] { value }, null); done = true; }
            finally { if (!done) value.DecRef(); }
        }
        Clear(ref _currValue); _currValue = value;
        Clear(ref _currKey); _currKey = key;
        return true;
    }

    /// <inheritdoc/>
    public override bool Next(ThreadState ts, out PyValue next)
    {
        next = default;
        CurrentGrouper = null;
        while (true)
        {
            if (_currKey.IsUnbound) { }
            else if (_tgtKey.IsUnbound) break;
            else if (!Ops.EqualsBool(ts, _tgtKey, _currKey)) break;
            if (!Step(ts)) return false;
        }
        _currKey.IncRef();
        Clear(ref _tgtKey);
        _tgtKey = _currKey;
        var grouper = new PyGrouper(_grouperType, this, _tgtKey);
        CurrentGrouper = grouper;
        _currKey.IncRef();
        next = PyValue.From(new PyTuple(new[] { _currKey, PyValue.From(grouper) }));
        return true;
    }

    /// <summary>_grouper_next: the next value of the group <paramref name="g"/>, or false.</summary>
    internal bool GrouperNext(ThreadState ts, PyGrouper g, PyValue tgtKey, out PyValue next)
    {
        next = default;
        if (!ReferenceEquals(CurrentGrouper, g)) return false;
        if (_currValue.IsUnbound && !Step(ts)) return false;
        if (!Ops.EqualsBool(ts, tgtKey, _currKey)) return false;
        next = _currValue;
        _currValue = PyValue.Unbound;
        Clear(ref _currKey);
        return true;
    }
}

/// <summary>One group of an itertools.groupby: an iterator that holds its parent and the group's key.</summary>
public sealed class PyGrouper : PyObject
{
    private readonly PyType _type;
    private PyGroupBy? _parent;
    private PyValue _tgtKey;

    /// <summary>Holds new references to <paramref name="parent"/> and <paramref name="tgtKey"/>.</summary>
    public PyGrouper(PyType type, PyGroupBy parent, PyValue tgtKey)
    {
        _type = type;
        PyValue.From(parent).IncRef();
        _parent = parent;
        tgtKey.IncRef();
        _tgtKey = tgtKey;
    }

    /// <inheritdoc/>
    public override PyType Type => _type;
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => $"<itertools._grouper object at 0x{ObjectId.Of(this):x}>";
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(this).NewRef();
    /// <inheritdoc/>
    public override bool Next(ThreadState ts, out PyValue next)
    {
        if (_parent is null) { next = default; return false; }
        return _parent.GrouperNext(ts, this, _tgtKey, out next);
    }
    /// <inheritdoc/>
    public override void Dealloc()
    {
        var p = _parent; _parent = null;
        var k = _tgtKey; _tgtKey = PyValue.None;
        k.DecRefFromDealloc();
        if (p != null)
        {
            if (ReferenceEquals(p.CurrentGrouper, this)) p.CurrentGrouper = null;
            PyValue.From(p).DecRefFromDealloc();
        }
    }
}
