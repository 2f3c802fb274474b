namespace GilGen.Runtime;

/// <summary>
/// An instance of a Python subclass of random.Random: the generator, with the subclass's attributes in
/// <see cref="Attributes"/>. Which of the subclass's methods its draws go through is decided once, when the instance is
/// made, as random.py's <c>Random.__init_subclass__</c> decides it for the class: the first class of the MRO that
/// defines getrandbits or random in Python makes _randbelow use that one (with getrandbits: getrandbits(k) until below
/// n; with random alone: random() scaled), and a Python random() is what every distribution draws.
/// </summary>
public sealed class SubclassedRandom : PyRandom, ISubclassInstance
{
    /// <inheritdoc/>
    public PyInstance Attributes { get; }
    /// <inheritdoc/>
    internal override bool SupportsWeakRefs => Attributes.SupportsWeakRefs;
    /// <inheritdoc/>
    internal override WeakRefList? WeakRefs { get => Attributes.WeakRefs; set => Attributes.WeakRefs = value; }

    /// <summary>An unseeded generator of class <paramref name="type"/> (a SystemRandom when it derives from one), which its __init__ seeds.</summary>
    public SubclassedRandom(PyType type) : base(system: type.IsSubtypeOf(SystemRandomType))
    {
        Attributes = new PyInstance(type);
        if (type.Lookup("random") is PyValue { Obj: PyFunction } random) OwnRandom = random;
        if (type.Lookup("getrandbits") is PyValue { Obj: PyFunction } bits) OwnGetRandBits = bits;
        foreach (var t in type.Mro)
        {
            if (!t.IsHeapType || t.Dict.ContainsKey("_randbelow") || t.Dict.ContainsKey("getrandbits")) break;
            if (t.Dict.ContainsKey("random")) { BelowUsesRandom = true; break; }
        }
    }

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
