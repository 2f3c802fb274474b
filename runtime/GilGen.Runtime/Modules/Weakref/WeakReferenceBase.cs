namespace GilGen.Runtime;

/// <summary>
/// What a weak reference and a weak proxy share: the referent, which it does not count (null once the referent went),
/// and the callback (owned), called with the reference when the referent is released.
/// </summary>
public abstract class WeakReferenceBase : PyObject
{
    /// <summary>The referent (borrowed: a weak reference does not keep it), or null once it was released.</summary>
    internal PyObject? Referent;

    /// <summary>The callback (owned), or default when there is none or it was called.</summary>
    internal PyValue Callback;

    /// <summary>A reference to <paramref name="referent"/> with <paramref name="callback"/> (None for none; borrowed).</summary>
    private protected WeakReferenceBase(PyObject referent, PyValue callback)
    {
        Referent = referent;
        if (!callback.IsNone) Callback = callback.NewRef();
    }

    /// <summary>
    /// Checks that <paramref name="target"/> can be weakly referenced and returns its list of references (made on first use).
    /// </summary>
    internal static WeakRefList ListOf(PyValue target)
    {
        if (target.Obj is not PyObject o || !o.SupportsWeakRefs)
            throw PyErr.TypeError($"cannot create weak reference to '{target.Type.Name}' object");
        return o.WeakRefs ??= new WeakRefList();
    }

    /// <inheritdoc/>
    public override void Dealloc()
    {
        // Leaves the referent's list, which would otherwise name a released reference.
        if (Referent is PyObject o) { o.WeakRefs?.Remove(this); Referent = null; }
        var cb = Callback;
        Callback = default;
        cb.DecRefFromDealloc();
    }
}
