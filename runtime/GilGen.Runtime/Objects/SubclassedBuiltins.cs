using System;
using System.Collections.Generic;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>
/// An instance of a Python subclass of a builtin data type (<c>class L(list)</c>, <c>class S(str)</c>, ...): a list,
/// dict, str... object of the builtin's C# class, so every part of the runtime that accepts the builtin accepts it,
/// whose type is the heap class and whose own attributes live in <see cref="Attributes"/> (docs/architecture/design.md §3).
/// </summary>
public interface ISubclassInstance
{
    /// <summary>The instance's own attributes (shape-laid or a materialized <c>__dict__</c>); its type is the instance's class.</summary>
    PyInstance Attributes { get; }
}

// Each class below adds the same four things to its builtin: the heap type (held by the attribute storage, which
// references it), attribute get/set/delete through the generic protocol with that storage, and the release of both.
// Those CPython lets be weakly referenced (not int, tuple, bytes: their layout has no room for it) keep their weak
// references in that storage too, which clears them when it is released.
#pragma warning disable CS1591

/// <summary>A list whose class is a Python subclass of list.</summary>
public sealed class SubclassedList : PyList, ISubclassInstance
{
    public PyInstance Attributes { get; }
    internal override bool SupportsWeakRefs => Attributes.SupportsWeakRefs;
    internal override WeakRefList? WeakRefs { get => Attributes.WeakRefs; set => Attributes.WeakRefs = value; }
    public SubclassedList(PyType type) => Attributes = new PyInstance(type);
    public override PyType Type => Attributes.Type;
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => AttributeLookup.GetInstanceAttr(ts, this, Attributes, name);
    public override void SetAttr(ThreadState ts, string name, PyValue value) => AttributeLookup.SetInstanceAttr(ts, this, Attributes, name, value);
    public override void DelAttr(ThreadState ts, string name) => AttributeLookup.DelInstanceAttr(ts, this, Attributes, name);
    public override void Dealloc() { base.Dealloc(); PyValue.From(Attributes).DecRefFromDealloc(); }
}

/// <summary>A dict whose class is a Python subclass of dict: a missing key asks the class's <c>__missing__</c>.</summary>
public sealed class SubclassedDict : PyDict, ISubclassInstance
{
    public PyInstance Attributes { get; }
    internal override bool SupportsWeakRefs => Attributes.SupportsWeakRefs;
    internal override WeakRefList? WeakRefs { get => Attributes.WeakRefs; set => Attributes.WeakRefs = value; }
    public SubclassedDict(PyType type) => Attributes = new PyInstance(type);
    public override PyType Type => Attributes.Type;
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => AttributeLookup.GetInstanceAttr(ts, this, Attributes, name);
    public override void SetAttr(ThreadState ts, string name, PyValue value) => AttributeLookup.SetInstanceAttr(ts, this, Attributes, name, value);
    public override void DelAttr(ThreadState ts, string name) => AttributeLookup.DelInstanceAttr(ts, this, Attributes, name);
    public override void Dealloc() { base.Dealloc(); PyValue.From(Attributes).DecRefFromDealloc(); }

    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key) =>
        BuiltinSubclassing.TryMissing(ts, this, key, out var found) ? found : throw PyErr.KeyError(key);
}

/// <summary>A set or frozenset whose class is a Python subclass of it.</summary>
public sealed class SubclassedSet : PySet, ISubclassInstance
{
    public PyInstance Attributes { get; }
    public SubclassedSet(PyType type, bool frozen) : base(frozen) => Attributes = new PyInstance(type);
    public override PyType Type => Attributes.Type;
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => AttributeLookup.GetInstanceAttr(ts, this, Attributes, name);
    public override void SetAttr(ThreadState ts, string name, PyValue value) => AttributeLookup.SetInstanceAttr(ts, this, Attributes, name, value);
    public override void DelAttr(ThreadState ts, string name) => AttributeLookup.DelInstanceAttr(ts, this, Attributes, name);
    public override void Dealloc() { base.Dealloc(); PyValue.From(Attributes).DecRefFromDealloc(); }
}

/// <summary>A tuple whose class is a Python subclass of tuple.</summary>
public sealed class SubclassedTuple : PyTuple, ISubclassInstance
{
    public PyInstance Attributes { get; }
    /// <summary>Takes ownership of the references in <paramref name="items"/>.</summary>
    public SubclassedTuple(PyType type, PyValue[] items) : base(items) => Attributes = new PyInstance(type);
    public override PyType Type => Attributes.Type;
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => AttributeLookup.GetInstanceAttr(ts, this, Attributes, name);
    public override void SetAttr(ThreadState ts, string name, PyValue value) => AttributeLookup.SetInstanceAttr(ts, this, Attributes, name, value);
    public override void DelAttr(ThreadState ts, string name) => AttributeLookup.DelInstanceAttr(ts, this, Attributes, name);
    public override void Dealloc() { base.Dealloc(); PyValue.From(Attributes).DecRefFromDealloc(); }
}

/// <summary>A str whose class is a Python subclass of str.</summary>
public sealed class SubclassedStr : PyStr, ISubclassInstance
{
    public PyInstance Attributes { get; }
    internal override bool SupportsWeakRefs => Attributes.SupportsWeakRefs;
    internal override WeakRefList? WeakRefs { get => Attributes.WeakRefs; set => Attributes.WeakRefs = value; }
    public SubclassedStr(PyType type, string value) : base(value) => Attributes = new PyInstance(type);
    public override PyType Type => Attributes.Type;
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => AttributeLookup.GetInstanceAttr(ts, this, Attributes, name);
    public override void SetAttr(ThreadState ts, string name, PyValue value) => AttributeLookup.SetInstanceAttr(ts, this, Attributes, name, value);
    public override void DelAttr(ThreadState ts, string name) => AttributeLookup.DelInstanceAttr(ts, this, Attributes, name);
    public override void Dealloc() { base.Dealloc(); PyValue.From(Attributes).DecRefFromDealloc(); }
}

/// <summary>An int whose class is a Python subclass of int: a heap object even when the value fits in 64 bits.</summary>
public sealed class SubclassedInt : PyLong, ISubclassInstance
{
    public PyInstance Attributes { get; }
    public SubclassedInt(PyType type, BigInteger value) : base(value) => Attributes = new PyInstance(type);
    public override PyType Type => Attributes.Type;
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => AttributeLookup.GetInstanceAttr(ts, this, Attributes, name);
    public override void SetAttr(ThreadState ts, string name, PyValue value) => AttributeLookup.SetInstanceAttr(ts, this, Attributes, name, value);
    public override void DelAttr(ThreadState ts, string name) => AttributeLookup.DelInstanceAttr(ts, this, Attributes, name);
    public override void Dealloc() { base.Dealloc(); PyValue.From(Attributes).DecRefFromDealloc(); }
}

/// <summary>A float whose class is a Python subclass of float.</summary>
public sealed class SubclassedFloat : PyFloat, ISubclassInstance
{
    public PyInstance Attributes { get; }
    internal override bool SupportsWeakRefs => Attributes.SupportsWeakRefs;
    internal override WeakRefList? WeakRefs { get => Attributes.WeakRefs; set => Attributes.WeakRefs = value; }
    public SubclassedFloat(PyType type, double value) : base(value) => Attributes = new PyInstance(type);
    public override PyType Type => Attributes.Type;
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => AttributeLookup.GetInstanceAttr(ts, this, Attributes, name);
    public override void SetAttr(ThreadState ts, string name, PyValue value) => AttributeLookup.SetInstanceAttr(ts, this, Attributes, name, value);
    public override void DelAttr(ThreadState ts, string name) => AttributeLookup.DelInstanceAttr(ts, this, Attributes, name);
    public override void Dealloc() { base.Dealloc(); PyValue.From(Attributes).DecRefFromDealloc(); }
}

/// <summary>A bytes object whose class is a Python subclass of bytes.</summary>
public sealed class SubclassedBytes : PyBytes, ISubclassInstance
{
    public PyInstance Attributes { get; }
    public SubclassedBytes(PyType type, byte[] data) : base(data) => Attributes = new PyInstance(type);
    public override PyType Type => Attributes.Type;
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => AttributeLookup.GetInstanceAttr(ts, this, Attributes, name);
    public override void SetAttr(ThreadState ts, string name, PyValue value) => AttributeLookup.SetInstanceAttr(ts, this, Attributes, name, value);
    public override void DelAttr(ThreadState ts, string name) => AttributeLookup.DelInstanceAttr(ts, this, Attributes, name);
    public override void Dealloc() { base.Dealloc(); PyValue.From(Attributes).DecRefFromDealloc(); }
}
#pragma warning restore CS1591
