using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using GilGen.Compiler;
using GilGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace GilGen.Generator.Tests;

/// <summary>
/// One diagnostic-id space: each id has one meaning in <see cref="DiagnosticIds.All"/>, a page in
/// docs/diagnostics and a row in its README, and each compiler diagnostic reaches the user through
/// the real generator under its own id (a GilGen bug as GIL0008, never as GIL0002).
/// </summary>
public sealed class DiagnosticIdTests
{
    private static GeneratorResult RunModule(string snippet)
    {
        var literal = "\"\"\"\n" + snippet + "\n\"\"\"";
        var code = "using GilGen;\nnamespace Ids;\n[GilModule(" + literal + ")]\npublic static partial class M;\n";
        return GeneratorHarness.Run(GeneratorHarness.CreateCompilation(("Ids.cs", code)));
    }

    private static Diagnostic Single(GeneratorResult result, string id)
    {
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CS8785");
        Assert.All(result.GeneratorDiagnostics, d => Assert.Equal(id, d.Id));
        return Assert.Single(result.GeneratorDiagnostics);
    }

    // The located ids run on Microsoft.CodeAnalysis.Testing with the library's markup; the counts and
    // the injected fault below read the driver's result.
    private static Task VerifyModuleAsync(string snippetMarkup, params DiagnosticResult[] expected)
        => GeneratorDiagnosticTest.VerifyAsync("Ids.cs",
            "using GilGen;\nnamespace Ids;\n[GilModule(\"\"\"\n" + snippetMarkup + "\n\"\"\")]\npublic static partial class M;\n", expected);

    [Fact]
    public Task A_syntax_error_is_GIL0001() => VerifyModuleAsync("x = {|GIL0001:)|}");

    [Fact]
    public Task An_unsupported_construct_is_GIL0002_naming_it() => VerifyModuleAsync("x = '{|#0:\\N|}{EM DASH}'",
        new DiagnosticResult(DiagnosticIds.UnsupportedConstruct, Microsoft.CodeAnalysis.DiagnosticSeverity.Error).WithLocation(0).WithMessage("'\\N{...}' escapes are not supported by GilGen yet"));

    [Fact]
    public Task An_unknown_module_is_GIL0003() => VerifyModuleAsync("import {|GIL0003:no_such_module|}");

    [Fact]
    public void Too_many_errors_is_GIL0007_after_twenty_syntax_errors()
    {
        var result = RunModule(string.Concat(Enumerable.Repeat("x = )\n", 30)));
        Assert.Equal(20, result.GeneratorDiagnostics.Count(d => d.Id == DiagnosticIds.SyntaxError));
        Assert.Single(result.GeneratorDiagnostics, d => d.Id == DiagnosticIds.TooManyErrors);
    }

    [Fact]
    public void Nesting_past_the_limit_is_GIL0009_with_CPythons_message()
    {
        var diagnostic = Single(RunModule("x = 1" + string.Concat(Enumerable.Repeat(" + 1", 5000))), DiagnosticIds.NestingTooDeep);
        Assert.Equal("maximum recursion depth exceeded during compilation", diagnostic.GetMessage());
    }

    [Fact]
    public void A_bug_in_the_compiler_is_GIL0008_that_says_so_and_carries_the_exception()
    {
        PythonCompiler.InjectedFault = new NullReferenceException("injected");
        try
        {
            var diagnostic = Single(RunModule("x = 1"), DiagnosticIds.InternalError);
            var message = diagnostic.GetMessage();
            Assert.Contains("this is a GilGen bug, please report it", message);
            Assert.Contains("System.NullReferenceException: injected", message);
            Assert.DoesNotContain("unsupported", message, StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            PythonCompiler.InjectedFault = null;
        }
    }

    [Fact]
    public void Every_compiler_id_has_a_descriptor_of_its_own()
    {
        foreach (var definition in DiagnosticIds.All.Where(d => d.Reporter == DiagnosticReporter.Compiler))
        {
            var descriptor = DiagnosticDescriptors.ForCompilerDiagnostic(definition.Id);
            Assert.Equal(definition.Id, descriptor.Id);
            Assert.Equal(definition.Title, descriptor.Title.ToString());
        }
        Assert.Equal(DiagnosticIds.InternalError, DiagnosticDescriptors.ForCompilerDiagnostic("GIL0999").Id);
    }

    [Fact]
    public void Every_id_has_one_definition_a_docs_page_and_a_readme_row()
    {
        Assert.Equal(DiagnosticIds.All.Count, DiagnosticIds.All.Select(d => d.Id).Distinct().Count());
        var docs = Path.Combine(GilGen.Tests.RepositoryRoot.Find(), "docs", "diagnostics");
        var readme = File.ReadAllText(Path.Combine(docs, "README.md"));
        foreach (var definition in DiagnosticIds.All)
        {
            var page = Path.Combine(docs, definition.Id + ".md");
            Assert.True(File.Exists(page), "no page " + page);
            Assert.StartsWith("# " + definition.Id + ": " + definition.Title, File.ReadAllText(page));
            Assert.Contains($"| {definition.Id} | {definition.Severity} | [{definition.Title}]({definition.Id}.md) |", readme);
        }
        foreach (var page in Directory.GetFiles(docs, "GIL*.md"))
            Assert.Contains(DiagnosticIds.All, d => d.Id == Path.GetFileNameWithoutExtension(page));
        foreach (var descriptor in DiagnosticDescriptors.All)
            Assert.Equal(DiagnosticIds.Get(descriptor.Id).HelpLinkUri, descriptor.HelpLinkUri);
    }
}
