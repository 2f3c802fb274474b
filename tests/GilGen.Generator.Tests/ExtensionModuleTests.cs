using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using GilGen.Compiler;
using GilGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace GilGen.Generator.Tests;

/// <summary>
/// [GilExtensionModule] classes and their [GilExport] methods (docs/exports.md): the registration code the
/// generator writes, GIL0011/GIL0012 at the declaration they are about (never a generator crash), and the module
/// names reaching the snippets of the same compilation, whose imports of them compile and run.
/// </summary>
public sealed class ExtensionModuleTests
{
    private const string Usings = "using GilGen;\nusing GilGen.Runtime;\nusing System.Collections.Generic;\n";

    private const string FastMath = """
        namespace Demo;
        [GilExtensionModule("fastmath")]
        public static partial class FastMath
        {
            [GilExport]
            public static long SumSquares(long n)
            {
                long sum = 0;
                for (long i = 1; i <= n; i++) sum += i * i;
                return sum;
            }

            [GilExport(ReleasesGil = true)]
            public static long Spin(long n)
            {
                while (n > 0) n--;
                return n;
            }

            [GilExport("greet")]
            public static string Hello(string name, List<long> counts) => name + counts.Count;

            [GilExport]
            public static void Reset() { }

            [GilExport]
            public static PyValue Same(PyValue value) => value.NewRef();

            public static long NotExported(long n) => n;
        }
        """;

    private static GeneratorResult Run(string code) => GeneratorHarness.Run(GeneratorHarness.CreateCompilation(("Demo/FastMath.cs", Usings + code)));

    private static string Located(Diagnostic diagnostic, string code)
    {
        var span = diagnostic.Location.SourceSpan;
        return (Usings + code).Substring(span.Start, span.Length);
    }

    private static Diagnostic SingleGil(GeneratorResult result, string id)
    {
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CS8785");
        return Assert.Single(result.GeneratorDiagnostics, d => d.Id == id);
    }

    [Fact]
    public void Generated_registration_code_matches_the_snapshot()
    {
        var result = Run(FastMath);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationErrors);
        var generated = new StringBuilder();
        foreach (var (hintName, text) in result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            generated.Append("//----- ").AppendLine(hintName).Append(text);
        }
        Snapshot.Verify(generated.ToString(), "fastmath");
    }

    [Theory]
    [InlineData("SumSquares", "sum_squares")]
    [InlineData("Spin", "spin")]
    [InlineData("ParseHTTPHeader", "parse_http_header")]
    [InlineData("IOBound", "io_bound")]
    [InlineData("Log2", "log2")]
    [InlineData("Already_snake", "already_snake")]
    [InlineData("x", "x")]
    public void Python_names_are_the_method_names_in_snake_case(string method, string python)
        => Assert.Equal(python, GilGen.Generator.Signatures.PythonNames.SnakeCase(method));

    [Fact]
    public void An_unsupported_parameter_type_is_GIL0011_at_the_parameter()
    {
        const string code = "[GilExtensionModule(\"m\")] static partial class M { [GilExport] public static long F(long a, System.DateTime when) => a; }";
        var diagnostic = SingleGil(Run(code), DiagnosticIds.ExportNotPossible);
        Assert.Equal("System.DateTime when", Located(diagnostic, code));
        Assert.Contains("'System.DateTime'", diagnostic.GetMessage());
    }

    [Fact]
    public void An_unsupported_return_type_is_GIL0011_at_the_return_type()
    {
        const string code = "[GilExtensionModule(\"m\")] static partial class M { [GilExport] public static System.TimeSpan F() => default; }";
        Assert.Equal("System.TimeSpan", Located(SingleGil(Run(code), DiagnosticIds.ExportNotPossible), code));
    }

    [Theory]
    [InlineData("PyValue value", "PyValue value")]
    [InlineData("object value", "object value")]
    [InlineData("List<object> values", "List<object> values")]
    public void A_Python_object_parameter_of_a_ReleasesGil_export_is_GIL0011(string parameter, string located)
    {
        var code = "[GilExtensionModule(\"m\")] static partial class M { [GilExport(ReleasesGil = true)] public static long F(" + parameter + ") => 0; }";
        var diagnostic = SingleGil(Run(code), DiagnosticIds.ExportNotPossible);
        Assert.Equal(located, Located(diagnostic, code));
        Assert.Contains("without the GIL", diagnostic.GetMessage());
    }

    [Fact]
    public void A_Python_object_result_of_a_ReleasesGil_export_is_GIL0011()
    {
        const string code = "[GilExtensionModule(\"m\")] static partial class M { [GilExport(ReleasesGil = true)] public static PyValue F() => PyValue.None; }";
        Assert.Equal("PyValue", Located(SingleGil(Run(code), DiagnosticIds.ExportNotPossible), code));
    }

    [Theory]
    [InlineData("[GilExport] public long F() => 0;", "F", "static")]
    [InlineData("[GilExport] public static long F<T>() => 0;", "F", "generic")]
    [InlineData("[GilExport] public static void F(ref long a) { }", "ref long a", "by reference")]
    [InlineData("[GilExport(\"class\")] public static void F() { }", "F", "not a Python name")]
    [InlineData("[GilExport] public static void F() { } [GilExport(\"f\")] public static void G() { }", "G", "already exports")]
    public void A_method_that_cannot_be_exported_is_GIL0011_where_it_is_wrong(string members, string located, string message)
    {
        var code = "[GilExtensionModule(\"m\")] partial class M { " + members + " }";
        var diagnostic = SingleGil(Run(code), DiagnosticIds.ExportNotPossible);
        Assert.Equal(located, Located(diagnostic, code));
        Assert.Contains(message, diagnostic.GetMessage());
    }

    [Fact]
    public void An_export_outside_an_extension_module_is_GIL0011_at_the_method()
    {
        const string code = "static class Plain { [GilExport] public static long F() => 0; }";
        var diagnostic = SingleGil(Run(code), DiagnosticIds.ExportNotPossible);
        Assert.Equal("F", Located(diagnostic, code));
        Assert.Contains("[GilExtensionModule]", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("[GilExtensionModule(\"math\")] static partial class M { }", "M", "module of GilGen's runtime")]
    [InlineData("[GilExtensionModule(\"fast.math\")] static partial class M { }", "M", "not a Python module name")]
    [InlineData("[GilExtensionModule(\"m\")] static partial class M<T> { }", "M", "generic")]
    [InlineData("static partial class Outer { [GilExtensionModule(\"m\")] private static partial class M { } }", "M", "private")]
    [InlineData("[GilExtensionModule(\"m\")] static partial class A { } [GilExtensionModule(\"m\")] static partial class B { }", "B", "already makes a module named 'm'")]
    public void A_module_that_cannot_be_registered_is_GIL0012_at_its_class(string code, string located, string message)
    {
        var diagnostic = SingleGil(Run(code), DiagnosticIds.ExtensionModuleNotPossible);
        Assert.Equal(located, Located(diagnostic, code));
        Assert.Contains(message, diagnostic.GetMessage());
    }

    [Fact]
    public void A_module_class_that_is_not_partial_is_GIL0004()
    {
        const string code = "[GilExtensionModule(\"m\")] static class M { [GilExport] public static long F() => 0; }";
        Assert.Equal("M", Located(SingleGil(Run(code), DiagnosticIds.DeclarationNotPartial), code));
    }

    [Fact]
    public void A_snippet_of_the_same_compilation_imports_the_module_and_runs_it()
    {
        const string snippet = """
            namespace Demo;
            [GilModule(@"
            import fastmath
            from fastmath import spin
            def main():
                return fastmath.sum_squares(10) + spin(5) + len(fastmath.greet('a', [1, 2]))
            ")]
            public static partial class UsesFastMath;
            """;
        var result = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(("Demo/FastMath.cs", Usings + FastMath), ("Demo/Uses.cs", Usings + snippet)));
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationErrors);

        using var image = new MemoryStream();
        Assert.True(result.OutputCompilation.Emit(image).Success);
        var assembly = Assembly.Load(image.ToArray());
        // Loaded from bytes, nothing of it has run: this runs its module initializers (what gilgen run --exports does).
        var registered = GilGen.Runtime.ExtensionModules.LoadAssembly(assembly);
        Assert.Equal("fastmath", Assert.Single(registered).Name);
        Assert.Equal(new[] { "sum_squares", "spin", "greet", "reset", "same" }, registered[0].Functions.Select(f => f.Name));

        var main = assembly.GetType("Demo.UsesFastMath", throwOnError: true)!.GetMethod("main")!;
        var value = (GilGen.Runtime.PyValue)main.Invoke(null, new object[] { Array.Empty<GilGen.Runtime.PyValue>() })!;
        Assert.Equal(385 + 0 + 2, value.IntValue);
    }

    [Fact]
    public void Without_the_module_in_the_compilation_the_import_is_still_GIL0003()
    {
        const string snippet = "namespace Demo;\n[GilModule(\"import fastmath\")]\npublic static partial class UsesFastMath;\n";
        SingleGil(GeneratorHarness.Run(GeneratorHarness.CreateCompilation(("Demo/Uses.cs", Usings + snippet))), DiagnosticIds.UnknownModule);
    }
}
