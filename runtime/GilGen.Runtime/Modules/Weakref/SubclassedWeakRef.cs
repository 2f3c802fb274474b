namespace GilGen.Runtime;

/// <summary>
/// A weak reference whose class is a Python subclass of <c>weakref.ref</c> (WeakMethod, KeyedRef): the reference
/// itself, whose type is the heap class and whose own attributes live in <see cref="Attributes"/> (as <see cref="SubclassedList"/>).
/// </summary>
public sealed class SubclassedWeakRef : PyWeakRef, ISubclassInstance
{
    /// <inheritdoc/>
    public PyInstance Attributes { get; }

    /// <summary>A reference of class <paramref name="type"/> to <paramref name="referent"/>.</summary>
    internal SubclassedWeakRef(PyType type, PyObject referent, PyValue callback) : base(referent, callback) => Attributes = new PyInstance(type);

    /// <inheritdoc/>
    public override PyType Type => Attributes.Type;
    /// <inheritdoc/>
    internal override bool SupportsWeakRefs => Attributes.SupportsWeakRefs;
    /// <inheritdoc/>
    internal override WeakRefList? WeakRefs { get => Attributes.WeakRefs; set => Attributes.WeakRefs = value; }
    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => AttributeLookup.GetInstanceAttr(ts, this, Attributes, name);
    /// <inheritdoc/>
    public override void SetAttr(ThreadState ts, string name, PyValue value) => AttributeLookup.SetInstanceAttr(ts, this, Attributes, name, value);
    /// <inheritdoc/>
    public override void DelAttr(ThreadState ts, string name) => AttributeLookup.DelInstanceAttr(ts, this, Attributes, name);
    /// <inheritdoc/>
    public override void Dealloc() { base.Dealloc(); PyValue.From(Attributes).DecRefFromDealloc(); }
}
