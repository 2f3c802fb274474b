namespace GilGen.Runtime;

// Classes can be weakly referenced (the weak references to a class a program made are cleared when it is released).
public sealed partial class PyType
{
    private WeakRefList? _weakRefs;

    /// <inheritdoc/>
    internal override bool SupportsWeakRefs => true;

    /// <inheritdoc/>
    internal override WeakRefList? WeakRefs { get => _weakRefs; set => _weakRefs = value; }
}
