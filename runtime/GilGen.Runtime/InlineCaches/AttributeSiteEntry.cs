namespace GilGen.Runtime;

/// <summary>
/// What one <see cref="AttributeSite"/> learned the last time it missed: a fact that stays true while its
/// guards hold. Entries are immutable and replaced whole, so a reader never sees half of one.
/// </summary>
internal sealed class AttributeSiteEntry
{
    /// <summary>The kind of fact.</summary>
    public readonly AttributeSiteKind Kind;
    /// <summary>Guard: the class of the instance (null for module entries).</summary>
    public readonly PyType? Type;
    /// <summary>Guard: the class's <see cref="PyType.Version"/> when the entry was made.</summary>
    public readonly int Version;
    /// <summary>Guard: the instance's layout. Never null: entries that do not guard on a layout hold a shape no instance has.</summary>
    public readonly InstanceShape Shape;
    /// <summary>The attribute's index in <see cref="Shape"/> (instance kinds and stores).</summary>
    public readonly int Index;
    /// <summary>The layout after a store that adds the attribute.</summary>
    public readonly InstanceShape? NextShape;
    /// <summary>The class attribute (method or plain value), borrowed from the class's namespace.</summary>
    public readonly PyValue Value;
    /// <summary>Guard: the module of a module-attribute entry.</summary>
    public readonly PyModule? Module;
    /// <summary>The module's global that holds the attribute.</summary>
    public readonly GlobalSlot? Slot;

    private static readonly InstanceShape NoInstanceHasIt = InstanceShape.NewRoot(null);

    /// <summary>The entry of a site that has not specialized yet: every guard fails.</summary>
    public static readonly AttributeSiteEntry Empty = new(AttributeSiteKind.None, null, 0, NoInstanceHasIt, -1, null, default, null, null);

    private AttributeSiteEntry(AttributeSiteKind kind, PyType? type, int version, InstanceShape shape, int index,
                               InstanceShape? nextShape, PyValue value, PyModule? module, GlobalSlot? slot)
    {
        Kind = kind;
        Type = type;
        Version = version;
        Shape = shape;
        Index = index;
        NextShape = nextShape;
        Value = value;
        Module = module;
        Slot = slot;
    }

    /// <summary>The attribute is the instance's own, at <paramref name="index"/> of <paramref name="shape"/>.</summary>
    public static AttributeSiteEntry InstanceValue(PyType type, InstanceShape shape, int index) =>
        new(AttributeSiteKind.InstanceValue, type, type.Version, shape, index, null, default, null, null);

    /// <summary>The instance has no attribute of that name; the class has a Python function (a method) or a plain value.</summary>
    public static AttributeSiteEntry ClassAttribute(AttributeSiteKind kind, PyType type, InstanceShape shape, PyValue value) =>
        new(kind, type, type.Version, shape, -1, null, value, null, null);

    /// <summary>A store that adds the attribute: <paramref name="shape"/> becomes <paramref name="next"/>.</summary>
    public static AttributeSiteEntry Append(PyType type, InstanceShape shape, InstanceShape next) =>
        new(AttributeSiteKind.Append, type, type.Version, shape, shape.Count, next, default, null, null);

    /// <summary>A module's global.</summary>
    public static AttributeSiteEntry ModuleGlobal(PyModule module, GlobalSlot slot) =>
        new(AttributeSiteKind.ModuleGlobal, null, 0, NoInstanceHasIt, -1, null, default, module, slot);

    /// <summary>A method of a builtin class (list.append): guarded by the exact class, which cannot change.</summary>
    public static AttributeSiteEntry BuiltinMethod(PyType type, PyValue method) =>
        new(AttributeSiteKind.BuiltinMethod, type, 0, NoInstanceHasIt, -1, null, method, null, null);
}

/// <summary>The facts an <see cref="AttributeSite"/> can cache.</summary>
internal enum AttributeSiteKind
{
    /// <summary>Nothing cached.</summary>
    None,
    /// <summary>An instance attribute read or replaced by index (CPython's LOAD_ATTR_INSTANCE_VALUE, STORE_ATTR_INSTANCE_VALUE).</summary>
    InstanceValue,
    /// <summary>A Python function found on the class (LOAD_METHOD_WITH_VALUES, LOAD_ATTR_METHOD).</summary>
    Method,
    /// <summary>A class attribute that is not a descriptor (LOAD_ATTR_CLASS).</summary>
    ClassValue,
    /// <summary>A store that adds the attribute to the instance's layout.</summary>
    Append,
    /// <summary>A module attribute (LOAD_ATTR_MODULE).</summary>
    ModuleGlobal,
    /// <summary>A method descriptor of a builtin class (LOAD_METHOD_NO_DICT).</summary>
    BuiltinMethod,
}
