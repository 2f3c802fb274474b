using System.Linq;
using GilGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GilGen.Generator.Tests;

/// <summary>GIL0004–GIL0006: the C# declaration does not fit the snippet.</summary>
public sealed class DeclarationDiagnosticsTests
{
    private static GeneratorResult Run(string code)
        => GeneratorHarness.Run(GeneratorHarness.CreateCompilation(("Decl.cs", "using GilGen;\nusing System.Collections.Generic;\n" + code)));

    private static Diagnostic SingleGil(GeneratorResult result, string id)
    {
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CS8785");
        return Assert.Single(result.GeneratorDiagnostics, d => d.Id == id);
    }

    private static string Located(Diagnostic diagnostic, string code)
    {
        var span = diagnostic.Location.SourceSpan;
        return ("using GilGen;\nusing System.Collections.Generic;\n" + code).Substring(span.Start, span.Length);
    }

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
    public void Method_that_is_not_partial_is_GIL0004_at_its_name()
    {
        const string code = "static partial class C { [GilFunction(\"def f():\\n    pass\")] static void F() { } }";
        var diagnostic = SingleGil(Run(code), "GIL0004");
        Assert.Equal("F", Located(diagnostic, code));
        Assert.Contains("'static partial'", diagnostic.GetMessage());
    }

    [Fact]
    public void Instance_method_is_GIL0004()
    {
        const string code = "partial class C { [GilFunction(\"def f():\\n    pass\")] partial void F(); }";
        SingleGil(Run(code), "GIL0004");
    }

    [Fact]
    public void Containing_type_that_is_not_partial_is_GIL0004_at_the_type()
    {
        const string code = "class Outer { static partial class C { [GilFunction(\"def f():\\n    pass\")] static partial void F(); } }";
        var diagnostic = SingleGil(Run(code), "GIL0004");
        Assert.Equal("Outer", Located(diagnostic, code));
    }

    [Fact]
    public void Module_class_that_is_not_partial_is_GIL0004()
    {
        const string code = "[GilModule(\"x = 1\")] static class M { }";
        var diagnostic = SingleGil(Run(code), "GIL0004");
        Assert.Equal("M", Located(diagnostic, code));
    }

    [Fact]
    public void Unsupported_parameter_type_is_GIL0005_at_the_parameter()
    {
        const string code = "static partial class C { [GilFunction(\"def f(a, b):\\n    return a\")] static partial long F(long a, System.DateTime b); }";
        var diagnostic = SingleGil(Run(code), "GIL0005");
        Assert.Equal("System.DateTime b", Located(diagnostic, code));
    }

    [Fact]
    public void Unsupported_return_type_and_ref_parameter_are_GIL0005()
    {
        const string code = "static partial class C { [GilFunction(\"def f(a):\\n    return a\")] static partial System.DateTime F(ref long a); }";
        var result = Run(code);
        Assert.Equal(2, result.GeneratorDiagnostics.Count(d => d.Id == "GIL0005"));
    }

    [Fact]
    public void Supported_types_are_accepted()
    {
        const string code = """
            static partial class C
            {
                [GilFunction("def f(i, l, d, b, s, o, p, a, xs):\n    return i")]
                static partial long F(GilGen.GilInterpreter interp, int i, long l, double d, bool b, string s, object o, GilGen.Runtime.PyValue p, long[] a, List<string> xs);
            }
            """;
        Assert.DoesNotContain(Run(code).GeneratorDiagnostics, d => d.Id is "GIL0004" or "GIL0005");
    }

    [Fact]
    public void Parameter_count_mismatch_is_GIL0005_at_the_method_name()
    {
        const string code = "static partial class C { [GilFunction(\"def add(a, b):\\n    return a + b\")] static partial long Add(long a); }";
        var diagnostic = SingleGil(Run(code), "GIL0005");
        Assert.Equal("Add", Located(diagnostic, code));
        Assert.Contains("takes 2", diagnostic.GetMessage());
    }

    [Fact]
    public void Interpreter_parameter_is_not_counted()
    {
        const string code = "static partial class C { [GilFunction(\"def add(a, b):\\n    return a + b\")] static partial long Add(GilGen.GilInterpreter i, long a, long b); }";
        Assert.DoesNotContain(Run(code).GeneratorDiagnostics, d => d.Id == "GIL0005");
    }

    [Theory]
    [InlineData("x = 1", "none")]
    [InlineData("def f():\\n    pass\\ndef g():\\n    pass", "2 (f, g)")]
    public void Function_snippet_without_exactly_one_def_is_GIL0006_at_the_literal(string snippet, string found)
    {
        var code = "static partial class C { [GilFunction(\"" + snippet + "\")] static partial void F(); }";
        var diagnostic = SingleGil(Run(code), "GIL0006");
        Assert.StartsWith("\"", Located(diagnostic, code));
        Assert.Contains(found, diagnostic.GetMessage());
    }

    [Fact]
    public void Failed_function_gets_a_throwing_stub_so_only_the_GIL_error_shows()
    {
        const string code = "static partial class C { [GilFunction(\"def f(:\\n    pass\")] public static partial void F(); }";
        var result = Run(code);

        // The compiler may report a follow-on error too; what matters is that every one is a GIL
        // syntax error and the stub keeps C# quiet (no CS8795 for the unimplemented partial method).
        Assert.NotEmpty(result.GeneratorDiagnostics);
        Assert.All(result.GeneratorDiagnostics, d => Assert.Equal("GIL0001", d.Id));
        Assert.Empty(result.CompilationErrors);
    }
}
