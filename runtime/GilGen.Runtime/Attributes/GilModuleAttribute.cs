using System;

namespace GilGen;

/// <summary>
/// Turns a <c>partial</c> class into a Python module. The GilGen source generator compiles
/// <paramref name="source"/> at build time and adds to the class one static method per top-level
/// <c>def</c>, a <c>Globals</c> accessor, a <c>ModuleDefinition</c> and <c>Run()</c>, which runs the
/// module's top-level code.
/// </summary>
/// <remarks>
/// A <c>.py</c> file listed as <c>&lt;AdditionalFiles&gt;</c> produces the same members without an
/// attribute (class name: the file name in PascalCase; namespace: the project's RootNamespace, or
/// <c>GilGen.Modules</c>). Compile errors are reported at their line and column inside the string
/// literal.
/// </remarks>
/// <example>
/// <code>
/// [GilModule("""
///     n = 0
///     def foo():
///         global n
///         n += 1
///     """)]
/// public static partial class Race;
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class GilModuleAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="source">The Python source of the whole module.</param>
    public GilModuleAttribute(string source) => Source = source;

    /// <summary>The Python source of the module, as written in the attribute.</summary>
    public string Source { get; }
}
