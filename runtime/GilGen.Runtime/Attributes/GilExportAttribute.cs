using System;

namespace GilGen;

/// <summary>
/// Exports a static method of a <see cref="GilExtensionModuleAttribute"/> class to Python as a function of
/// that module. Its Python name is the method's name in snake_case (<c>SumSquares</c> → <c>sum_squares</c>)
/// unless <see cref="Name"/> says otherwise.
/// </summary>
/// <remarks>
/// <para>Arguments are positional only and converted as a C extension's argument parsing converts them,
/// with CPython's TypeErrors: <c>long</c>, <c>int</c>, <c>double</c>, <c>bool</c> (any object, by its
/// truth value), <c>string</c>, <c>GilGen.Runtime.PyValue</c> (borrowed for the call), <c>object</c>, and
/// arrays and <c>List&lt;T&gt;</c> of those. The result is converted back (<c>void</c> is None; a
/// <c>PyValue</c> result is a new reference the caller owns). Any other type is diagnostic GIL0011.</para>
/// <para>An exception the method throws becomes a Python exception whose traceback has a line naming the
/// export (.NET exceptions map to the matching Python class, e.g. <c>ArgumentException</c> → ValueError).</para>
/// </remarks>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class GilExportAttribute : Attribute
{
    /// <summary>Exports the method under its name in snake_case.</summary>
    public GilExportAttribute() { }

    /// <summary>Exports the method as <paramref name="name"/>.</summary>
    /// <param name="name">The Python function name.</param>
    public GilExportAttribute(string name) => Name = name;

    /// <summary>The Python function name, or null for the method's name in snake_case.</summary>
    public string? Name { get; }

    /// <summary>
    /// Runs the method without the GIL, as a C extension does between <c>Py_BEGIN_ALLOW_THREADS</c> and
    /// <c>Py_END_ALLOW_THREADS</c>: other threads run Python meanwhile, and two threads calling it run in
    /// parallel. Arguments are converted before the GIL is released and the result after it is taken back,
    /// so the method sees only C# values: a parameter or result that can hold a Python object (<c>PyValue</c>,
    /// <c>object</c>) is diagnostic GIL0011. Calling into Python from inside it without taking the GIL
    /// (through a <c>[GilFunction]</c>, which does) raises RuntimeError naming the export.
    /// </summary>
    public bool ReleasesGil { get; set; }
}
