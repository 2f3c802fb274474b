namespace GilGen.Runtime;

// Instances of Python subclasses of collections' dicts: the dict itself, with the subclass's attributes and instance
// dict in Attributes (as SubclassedDict for dict). A missing key asks the subclass's own __missing__ when it wrote one,
// as CPython's dict_subscript does; else the class's C# answer (defaultdict's factory, Counter's 0, OrderedDict's KeyError).
#pragma warning disable CS1591

/// <summary>An OrderedDict whose class is a Python subclass of collections.OrderedDict.</summary>
public sealed class SubclassedOrderedDict : PyOrderedDict, ISubclassInstance
{
    public PyInstance Attributes { get; }
    internal override bool SupportsWeakRefs => Attributes.SupportsWeakRefs;
    internal override WeakRefList? WeakRefs { get => Attributes.WeakRefs; set => Attributes.WeakRefs = value; }
    public SubclassedOrderedDict(PyType type) => Attributes = new PyInstance(type);
    public override PyType Type => Attributes.Type;
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => AttributeLookup.GetInstanceAttr(ts, this, Attributes, name);
    public override void SetAttr(ThreadState ts, string name, PyValue value) => AttributeLookup.SetInstanceAttr(ts, this, Attributes, name, value);
    public override void DelAttr(ThreadState ts, string name) => AttributeLookup.DelInstanceAttr(ts, this, Attributes, name);
    public override void Dealloc() { base.Dealloc(); PyValue.From(Attributes).DecRefFromDealloc(); }
    public override PyValue GetItem(ThreadState ts, PyValue key) =>
        BuiltinSubclassing.TryMissing(ts, this, key, out var found) ? found : base.GetItem(ts, key);
}

/// <summary>A defaultdict whose class is a Python subclass of collections.defaultdict.</summary>
public sealed class SubclassedDefaultDict : PyDefaultDict, ISubclassInstance
{
    public PyInstance Attributes { get; }
    internal override bool SupportsWeakRefs => Attributes.SupportsWeakRefs;
    internal override WeakRefList? WeakRefs { get => Attributes.WeakRefs; set => Attributes.WeakRefs = value; }
    public SubclassedDefaultDict(PyType type) => Attributes = new PyInstance(type);
    public override PyType Type => Attributes.Type;
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) =>
        name == "default_factory" ? base.GetAttrOrNull(ts, name) : AttributeLookup.GetInstanceAttr(ts, this, Attributes, name);
    public override void SetAttr(ThreadState ts, string name, PyValue value)
    {
        if (name == "default_factory") base.SetAttr(ts, name, value);
        else AttributeLookup.SetInstanceAttr(ts, this, Attributes, name, value);
    }
    public override void DelAttr(ThreadState ts, string name) => AttributeLookup.DelInstanceAttr(ts, this, Attributes, name);
    public override void Dealloc() { base.Dealloc(); PyValue.From(Attributes).DecRefFromDealloc(); }
    public override PyValue GetItem(ThreadState ts, PyValue key) =>
        BuiltinSubclassing.TryMissing(ts, this, key, out var found) ? found : base.GetItem(ts, key);
}

/// <summary>A Counter whose class is a Python subclass of collections.Counter.</summary>
public sealed class SubclassedCounter : PyCounter, ISubclassInstance
{
    public PyInstance Attributes { get; }
    internal override bool SupportsWeakRefs => Attributes.SupportsWeakRefs;
    internal override WeakRefList? WeakRefs { get => Attributes.WeakRefs; set => Attributes.WeakRefs = value; }
    public SubclassedCounter(PyType type) => Attributes = new PyInstance(type);
    public override PyType Type => Attributes.Type;
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => AttributeLookup.GetInstanceAttr(ts, this, Attributes, name);
    public override void SetAttr(ThreadState ts, string name, PyValue value) => AttributeLookup.SetInstanceAttr(ts, this, Attributes, name, value);
    public override void DelAttr(ThreadState ts, string name) => AttributeLookup.DelInstanceAttr(ts, this, Attributes, name);
    public override void Dealloc() { base.Dealloc(); PyValue.From(Attributes).DecRefFromDealloc(); }
    public override PyValue GetItem(ThreadState ts, PyValue key) =>
        BuiltinSubclassing.TryMissing(ts, this, key, out var found) ? found : base.GetItem(ts, key);
}
