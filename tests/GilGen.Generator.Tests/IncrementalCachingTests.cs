using System.Collections.Generic;
using System.Linq;
using GilGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GilGen.Generator.Tests;

/// <summary>
/// An edit that does not touch a snippet leaves every tracked step Cached or Unchanged, and an edit
/// inside one snippet compiles that snippet again and no other.
/// </summary>
public sealed class IncrementalCachingTests
{
    private const string Snippets = """
        using GilGen;
        namespace Demo;
        public static partial class Functions
        {
            [GilFunction("def add(a, b):\n    return a + b")]
            public static partial long Add(long a, long b);

            [GilFunction("def broken(:\n    pass")]
            public static partial void Broken();
        }

        [GilModule(@"
        n = 0
        def foo():
            global n
            n += 1
        ")]
        public static partial class Race;

        [GilExtensionModule("fastmath")]
        public static partial class FastMath
        {
            [GilExport(ReleasesGil = true)]
            public static long Spin(long n) { while (n > 0) n--; return n; }
        }
        """;

    private static readonly string[] s_trackedSteps =
    {
        TrackingNames.FunctionSnippets, TrackingNames.ModuleSnippets, TrackingNames.FileSnippets,
        TrackingNames.FunctionModels, TrackingNames.ModuleModels, TrackingNames.PythonFileNamespace, TrackingNames.PythonFiles,
        TrackingNames.FileModels, TrackingNames.FunctionSources, TrackingNames.ModuleSources, TrackingNames.FileSources,
        TrackingNames.ExtensionModules, TrackingNames.ExtensionModuleNames,
    };

    private static readonly Dictionary<string, string> s_buildProperties = new() { ["build_property.RootNamespace"] = "Demo" };

    [Fact]
    public void Adding_an_unrelated_syntax_tree_keeps_every_step_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation(("Demo/Functions.cs", Snippets));
        var additional = new AdditionalText[] { new InMemoryAdditionalText("/src/counter.py", "n = 0\ndef inc():\n    global n\n    n += 1\n") };
        var driver = GeneratorHarness.CreateDriver(additional, s_buildProperties).RunGenerators(compilation);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Demo; public static class Unrelated { public static int Value => 42; }", GeneratorHarness.ParseOptions, "Demo/Unrelated.cs"));
        driver = driver.RunGenerators(edited);

        AssertAllStepsCached(driver.GetRunResult());
    }

    [Fact]
    public void Changing_an_unrelated_method_body_in_the_same_file_keeps_snippet_steps_cached()
    {
        var source = Snippets + "\npublic static class Other { public static int Value() => 1; }\n";
        var compilation = GeneratorHarness.CreateCompilation(("Demo/Functions.cs", source));
        var additional = new AdditionalText[] { new InMemoryAdditionalText("/src/counter.py", "n = 0\n") };
        var driver = GeneratorHarness.CreateDriver(additional, s_buildProperties).RunGenerators(compilation);

        var tree = compilation.SyntaxTrees.Single();
        var editedTree = tree.WithChangedText(tree.GetText().Replace(source.IndexOf("=> 1;", System.StringComparison.Ordinal), 5, "=> 2;"));
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, editedTree));

        AssertAllStepsCached(driver.GetRunResult());
    }

    [Fact]
    public void Changing_an_unrelated_additional_file_keeps_every_step_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation(("Demo/Functions.cs", Snippets));
        var python = new InMemoryAdditionalText("/src/counter.py", "n = 0\n");
        var notes = new InMemoryAdditionalText("/src/notes.txt", "first");
        var driver = GeneratorHarness.CreateDriver(new AdditionalText[] { python, notes }, s_buildProperties).RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(notes, new InMemoryAdditionalText("/src/notes.txt", "second")).RunGenerators(compilation);

        AssertAllStepsCached(driver.GetRunResult());
    }

    [Fact]
    public void Typing_in_one_snippet_compiles_that_snippet_only_and_moves_the_later_diagnostics()
    {
        var compilation = GeneratorHarness.CreateCompilation(("Demo/Functions.cs", Snippets));
        var driver = GeneratorHarness.CreateDriver(null, s_buildProperties).RunGenerators(compilation);
        var before = driver.GetRunResult();

        // One character inside the first snippet: every later snippet of the file moves by one.
        var tree = compilation.SyntaxTrees.Single();
        var at = Snippets.IndexOf("a + b", System.StringComparison.Ordinal);
        var editedTree = tree.WithChangedText(tree.GetText().Replace(at, 5, "a  + b"));
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, editedTree));
        var after = driver.GetRunResult();

        var result = Assert.Single(after.Results);
        Assert.Null(result.Exception);
        var emitted = result.TrackedSteps[TrackingNames.FunctionSources].Concat(result.TrackedSteps[TrackingNames.ModuleSources])
            .SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
        Assert.Equal(3, emitted.Count);
        Assert.Equal(1, emitted.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(2, emitted.Count(reason => reason == IncrementalStepRunReason.Cached));

        // Generated files keep their names; the broken snippet's error moved with its text.
        Assert.Equal(before.GeneratedTrees.Select(t => System.IO.Path.GetFileName(t.FilePath)).OrderBy(n => n),
                     after.GeneratedTrees.Select(t => System.IO.Path.GetFileName(t.FilePath)).OrderBy(n => n));
        var errorsBefore = before.Diagnostics.Where(d => d.Id == GilGen.Compiler.DiagnosticIds.SyntaxError).Select(d => d.Location).ToList();
        var errorsAfter = after.Diagnostics.Where(d => d.Id == GilGen.Compiler.DiagnosticIds.SyntaxError).Select(d => d.Location).ToList();
        Assert.NotEmpty(errorsBefore);
        Assert.Equal(errorsBefore.Select(l => l.SourceSpan.Start + 1), errorsAfter.Select(l => l.SourceSpan.Start));
        Assert.Equal(errorsBefore.Select(l => l.GetLineSpan().Span), errorsAfter.Select(l => l.GetLineSpan().Span));
    }

    [Fact]
    public void Editing_an_exported_method_regenerates_its_module_and_compiles_no_snippet_again()
    {
        var compilation = GeneratorHarness.CreateCompilation(("Demo/Functions.cs", Snippets));
        var driver = GeneratorHarness.CreateDriver(null, s_buildProperties).RunGenerators(compilation);

        var tree = compilation.SyntaxTrees.Single();
        var at = Snippets.IndexOf("n--", System.StringComparison.Ordinal);
        var editedTree = tree.WithChangedText(tree.GetText().Replace(at, 3, "n -= 1"));
        driver = driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, editedTree));

        var result = Assert.Single(driver.GetRunResult().Results);
        Assert.Null(result.Exception);
        // The module names did not change, so no snippet is compiled again.
        Assert.All(result.TrackedSteps[TrackingNames.ExtensionModuleNames].SelectMany(step => step.Outputs),
            output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"module names were {output.Reason}"));
        foreach (var name in new[] { TrackingNames.FunctionSources, TrackingNames.ModuleSources })
        {
            Assert.All(result.TrackedSteps[name].SelectMany(step => step.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {name} output was {output.Reason}"));
        }
    }

    private static void AssertAllStepsCached(GeneratorDriverRunResult runResult)
    {
        var result = Assert.Single(runResult.Results);
        Assert.Null(result.Exception);
        foreach (var name in s_trackedSteps)
        {
            Assert.True(result.TrackedSteps.TryGetValue(name, out var steps), $"step {name} did not run");
            foreach (var step in steps)
            {
                foreach (var (_, reason) in step.Outputs)
                {
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {name} output was {reason}");
                }
            }
        }
    }
}
