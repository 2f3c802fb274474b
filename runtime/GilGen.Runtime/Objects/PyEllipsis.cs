namespace GilGen.Runtime;

/// <summary>The Ellipsis singleton (<c>...</c>), as in CPython: immortal, of type <c>ellipsis</c>.</summary>
public sealed class PyEllipsis : PyObject
{
    /// <summary>The only instance.</summary>
    public static readonly PyEllipsis Instance = new();
    internal static readonly PyType TypeObject = SmallTypeSlotMethods.Singleton(new("ellipsis", PyType.Object) { IsBaseType = false }, "Ellipsis", truth: false);
    private PyEllipsis() => MakeImmortal();
    /// <inheritdoc/>
    public override PyType Type => TypeObject;
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => "Ellipsis";
}
