using System;

namespace GilGen;

/// <summary>
/// Implements a <c>static partial</c> method with a Python function. The GilGen source generator
/// compiles <paramref name="source"/> at build time into C# that runs on the GilGen runtime.
/// </summary>
/// <remarks>
/// <para>The snippet holds exactly one top-level <c>def</c>; the method's parameters bind to the
/// def's parameters by position. Supported C# types: <c>long</c>, <c>int</c>, <c>double</c>,
/// <c>bool</c>, <c>string</c>, <c>GilGen.Runtime.PyValue</c>, <c>object</c>, and arrays and
/// <c>List&lt;T&gt;</c> of those; the return type may also be <c>void</c>. An optional first
/// parameter of type <c>GilGen.GilInterpreter</c> selects the interpreter
/// (otherwise <c>GilInterpreter.Default</c>).</para>
/// <para>The snippet may be indented as a whole (it is dedented as Python's
/// <c>textwrap.dedent</c> does). Compile errors are reported at their line and column inside the
/// string literal (regular, verbatim and raw literals).</para>
/// </remarks>
/// <example>
/// <code>
/// [GilFunction("""
///     def count_down(n):
///         while n > 0:
///             n -= 1
///     """)]
/// public static partial void CountDown(long n);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class GilFunctionAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="source">Python source holding exactly one <c>def</c>.</param>
    public GilFunctionAttribute(string source) => Source = source;

    /// <summary>The Python source of the function, as written in the attribute.</summary>
    public string Source { get; }
}
