namespace GilGen.Runtime;

/// <summary>
/// A StringIO whose class is a Python subclass of io.StringIO: the stream itself, so every StringIO method works on it,
/// whose type is the heap class and whose own attributes live in <see cref="Attributes"/> (as <see cref="SubclassedList"/>).
/// </summary>
public sealed class SubclassedStringIO : PyStringIO, ISubclassInstance
{
    /// <inheritdoc/>
    public PyInstance Attributes { get; }
    /// <inheritdoc/>
    internal override bool SupportsWeakRefs => Attributes.SupportsWeakRefs;
    /// <inheritdoc/>
    internal override WeakRefList? WeakRefs { get => Attributes.WeakRefs; set => Attributes.WeakRefs = value; }
    /// <summary>An empty stream of class <paramref name="type"/>, not yet initialised.</summary>
    public SubclassedStringIO(PyType type) => Attributes = new PyInstance(type);
    /// <inheritdoc/>
    public override PyType Type => Attributes.Type;
    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => AttributeLookup.GetInstanceAttr(ts, this, Attributes, name);
    /// <inheritdoc/>
    public override void SetAttr(ThreadState ts, string name, PyValue value) => AttributeLookup.SetInstanceAttr(ts, this, Attributes, name, value);
    /// <inheritdoc/>
    public override void DelAttr(ThreadState ts, string name) => AttributeLookup.DelInstanceAttr(ts, this, Attributes, name);
    /// <inheritdoc/>
    public override void Dealloc() { base.Dealloc(); PyValue.From(Attributes).DecRefFromDealloc(); }
}
