using System;

namespace GilGen;

/// <summary>
/// Makes a <c>static partial</c> class a Python module written in C#, the way a C extension is: its
/// <see cref="GilExportAttribute"/> methods become the module's functions, importable from every snippet and
/// script (<c>import fastmath; fastmath.sum_squares(10)</c>). The GilGen source generator adds a static
/// <c>GilExtensionModule</c> property to the class and registers the module when the assembly loads.
/// </summary>
/// <remarks>
/// Snippets of the same project that import the module compile (the generator adds its name to the modules
/// an import may name); <c>gilgen run --exports Assembly.dll</c> makes the modules of a built assembly
/// importable from a script. See docs/exports.md.
/// </remarks>
/// <example>
/// <code>
/// [GilExtensionModule("fastmath")]
/// public static partial class FastMath
/// {
///     [GilExport] public static long SumSquares(long n) { ... }            // fastmath.sum_squares
///     [GilExport(ReleasesGil = true)] public static long Spin(long n) { ... }  // runs without the GIL
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class GilExtensionModuleAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The Python module name (<c>import name</c>); a dotted name is not supported.</param>
    public GilExtensionModuleAttribute(string name) => Name = name;

    /// <summary>The Python module name.</summary>
    public string Name { get; }
}
