namespace GilGen.Runtime;

// Which objects weakref.ref accepts, and where their weak references are kept (CPython's tp_weaklistoffset). Only the
// classes CPython gives a weak reference list have storage for one, so the others pay nothing for it.
public abstract partial class PyObject
{
    /// <summary>
    /// Whether weakref.ref and weakref.proxy accept this object: true for the types CPython 3.12 gives a weak
    /// reference list (instances of Python classes unless their <c>__slots__</c> leave out <c>__weakref__</c>,
    /// functions, classes, sets, frozensets, bound methods, generators, modules, builtin functions).
    /// </summary>
    internal virtual bool SupportsWeakRefs => false;

    /// <summary>
    /// The weak references to this object, or null while it has had none. Only a type that answers
    /// <see cref="SupportsWeakRefs"/> true stores it; it clears the list when it is released
    /// (<see cref="WeakRefList.ReleaseReferent"/>).
    /// </summary>
    internal virtual WeakRefList? WeakRefs { get => null; set => throw PyErr.TypeError($"cannot create weak reference to '{Type.Name}' object"); }
}
