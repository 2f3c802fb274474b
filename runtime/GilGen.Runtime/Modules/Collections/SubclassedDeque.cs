namespace GilGen.Runtime;

/// <summary>
/// An instance of a Python subclass of collections.deque: the deque itself, with the subclass's attributes and
/// instance dict in <see cref="Attributes"/> (as <see cref="SubclassedList"/> for list).
/// </summary>
public sealed class SubclassedDeque : PyDeque, ISubclassInstance
{
    /// <inheritdoc/>
    public PyInstance Attributes { get; }
    /// <inheritdoc/>
    internal override bool SupportsWeakRefs => Attributes.SupportsWeakRefs;
    /// <inheritdoc/>
    internal override WeakRefList? WeakRefs { get => Attributes.WeakRefs; set => Attributes.WeakRefs = value; }
    /// <summary>An empty deque of class <paramref name="type"/>, not yet initialised.</summary>
    public SubclassedDeque(PyType type) => Attributes = new PyInstance(type);
    /// <inheritdoc/>
    public override PyType Type => Attributes.Type;
    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) =>
        name == "maxlen" ? base.GetAttrOrNull(ts, name) : AttributeLookup.GetInstanceAttr(ts, this, Attributes, name);
    /// <inheritdoc/>
    public override void SetAttr(ThreadState ts, string name, PyValue value) => AttributeLookup.SetInstanceAttr(ts, this, Attributes, name, value);
    /// <inheritdoc/>
    public override void DelAttr(ThreadState ts, string name) => AttributeLookup.DelInstanceAttr(ts, this, Attributes, name);
    /// <inheritdoc/>
    public override void Dealloc() { base.Dealloc(); PyValue.From(Attributes).DecRefFromDealloc(); }
}
