using System.Linq;
using System.Threading.Tasks;
using GilGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace GilGen.Generator.Tests;

/// <summary>
/// GIL0004–GIL0006: the C# declaration does not fit the snippet. The located cases run on
/// Microsoft.CodeAnalysis.Testing (<see cref="GeneratorDiagnosticTest"/>, the library's markup);
/// the first, about hint names, reads the driver's result.
/// </summary>
public sealed class DeclarationDiagnosticsTests
{
    private const string Usings = "using GilGen;\nusing System.Collections.Generic;\n";

    private static GeneratorResult Run(string code) => GeneratorHarness.Run(GeneratorHarness.CreateCompilation(("Decl.cs", Usings + code)));

    private static Task VerifyAsync(string markup, params DiagnosticResult[] expected)
        => GeneratorDiagnosticTest.VerifyAsync("Decl.cs", Usings + markup, expected);

    private static DiagnosticResult Gil(string id, string message) => new DiagnosticResult(id, DiagnosticSeverity.Error).WithLocation(0).WithMessage(message);

    [Fact]
    public void Module_attribute_on_two_parts_of_one_class_generates_two_files_not_a_generator_crash()
    {
        // CS0579 (duplicate attribute) is the C# compiler's to report; the two snippets share a
        // type and a file, so only the output step's numbering keeps their hint names apart.
        const string code = "[GilModule(\"a = 1\")] static partial class M { }\n[GilModule(\"b = 2\")] static partial class M { }";
        var result = Run(code);
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CS8785");
        var names = result.GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Equal(2, names.Count);
        Assert.Equal(2, names.Distinct().Count());
    }

    [Fact]
    public Task Method_that_is_not_partial_is_GIL0004_at_its_name() => VerifyAsync(
        "static partial class C { [GilFunction(\"def f():\\n    pass\")] static void {|#0:F|}() { } }",
        Gil("GIL0004", "Method 'F' must be declared 'static partial' without a body so that GilGen can generate its implementation"));

    [Fact]
    public Task Instance_method_is_GIL0004() =>
        VerifyAsync("partial class C { [GilFunction(\"def f():\\n    pass\")] partial void {|GIL0004:F|}(); }");

    [Fact]
    public Task Containing_type_that_is_not_partial_is_GIL0004_at_the_type() =>
        VerifyAsync("class {|GIL0004:Outer|} { static partial class C { [GilFunction(\"def f():\\n    pass\")] static partial void F(); } }");

    [Fact]
    public Task Module_class_that_is_not_partial_is_GIL0004() =>
        VerifyAsync("[GilModule(\"x = 1\")] static class {|GIL0004:M|} { }");

    [Fact]
    public Task Unsupported_parameter_type_is_GIL0005_at_the_parameter() =>
        VerifyAsync("static partial class C { [GilFunction(\"def f(a, b):\\n    return a\")] static partial long F(long a, {|GIL0005:System.DateTime b|}); }");

    [Fact]
    public Task Unsupported_return_type_and_ref_parameter_are_GIL0005() =>
        VerifyAsync("static partial class C { [GilFunction(\"def f(a):\\n    return a\")] static partial {|GIL0005:System.DateTime|} F({|GIL0005:ref long a|}); }");

    [Fact]
    public Task Supported_types_are_accepted() => VerifyAsync("""
        static partial class C
        {
            [GilFunction("def f(i, l, d, b, s, o, p, a, xs):\n    return i")]
            static partial long F(GilGen.GilInterpreter interp, int i, long l, double d, bool b, string s, object o, GilGen.Runtime.PyValue p, long[] a, List<string> xs);
        }
        """);

    [Fact]
    public Task Parameter_count_mismatch_is_GIL0005_at_the_method_name() => VerifyAsync(
        "static partial class C { [GilFunction(\"def add(a, b):\\n    return a + b\")] static partial long {|#0:Add|}(long a); }",
        Gil("GIL0005", "Method 'Add' has 1 parameter(s) but def add takes 2"));

    [Fact]
    public Task Interpreter_parameter_is_not_counted() =>
        VerifyAsync("static partial class C { [GilFunction(\"def add(a, b):\\n    return a + b\")] static partial long Add(GilGen.GilInterpreter i, long a, long b); }");

    [Theory]
    [InlineData("x = 1", "The [GilFunction] snippet must hold exactly one top-level def; it holds none")]
    [InlineData("def f():\\n    pass\\ndef g():\\n    pass", "The [GilFunction] snippet must hold exactly one top-level def; it holds 2 (f, g)")]
    public Task Function_snippet_without_exactly_one_def_is_GIL0006_at_the_literal(string snippet, string message) => VerifyAsync(
        "static partial class C { [GilFunction({|#0:\"" + snippet + "\"|})] static partial void F(); }",
        Gil("GIL0006", message));

    [Fact]
    public Task Failed_function_gets_a_throwing_stub_so_only_the_GIL_error_shows() =>
        // Both errors are GIL syntax errors (the ':' and the end of the snippet), and the stub keeps C#
        // quiet: no CS8795 for the unimplemented partial method, no other C# error.
        GeneratorDiagnosticTest.VerifyAsync(
            [("Decl.cs", Usings + "static partial class C { [GilFunction(\"def f({|GIL0001::|}\\n    pass{|GIL0001:|}\")] public static partial void F(); }")], [],
            CompilerDiagnostics.Errors);
}
