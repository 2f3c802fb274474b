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
        TrackingNames.FunctionDeclarations, TrackingNames.ModuleDeclarations,
        TrackingNames.FunctionSnippets, TrackingNames.ModuleSnippets, TrackingNames.FileSnippets,
        TrackingNames.FunctionModels, TrackingNames.ModuleModels, TrackingNames.PythonFileNamespace, TrackingNames.PythonFiles,
        TrackingNames.FileModels, TrackingNames.FunctionSources, TrackingNames.ModuleSources, TrackingNames.FileSources,
        TrackingNames.ExtensionModules, TrackingNames.ExtensionModuleNames, TrackingNames.ProgramModuleNames,
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
    public void Editing_a_py_file_compiles_that_file_only_and_leaves_the_importable_names_cached()
    {
        var compilation = GeneratorHarness.CreateCompilation(("Demo/Functions.cs", Snippets));
        var counter = new InMemoryAdditionalText("/src/counter.py", "n = 0\n");
        var driver = GeneratorHarness.CreateDriver(new AdditionalText[] { counter, new InMemoryAdditionalText("/src/other.py", "m = 1\n") }, s_buildProperties)
            .RunGenerators(compilation);

        driver = driver.ReplaceAdditionalText(counter, new InMemoryAdditionalText("/src/counter.py", "n = 1\n")).RunGenerators(compilation);

        // The module names did not change: no snippet, and no other file, is compiled again.
        var result = AssertNamesAndSnippetsCached(driver, TrackingNames.ProgramModuleNames);
        var files = result.TrackedSteps[TrackingNames.FileSources].SelectMany(step => step.Outputs).Select(output => output.Reason).ToList();
        Assert.Equal(1, files.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(1, files.Count(reason => reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
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

        // The module names did not change, so no snippet is compiled again.
        AssertNamesAndSnippetsCached(driver, TrackingNames.ExtensionModuleNames);
    }

    // The run's step of module names, and every [GilFunction] and [GilModule] emit step, came out Cached or Unchanged.
    private static GeneratorRunResult AssertNamesAndSnippetsCached(GeneratorDriver driver, string namesStep)
    {
        var result = Assert.Single(driver.GetRunResult().Results);
        Assert.Null(result.Exception);
        foreach (var name in new[] { namesStep, TrackingNames.FunctionSources, TrackingNames.ModuleSources })
        {
            Assert.All(result.TrackedSteps[name].SelectMany(step => step.Outputs),
                output => Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"step {name} output was {output.Reason}"));
        }
        return result;
    }

    // Three files of two [GilModule] snippets each, a [GilFunction] file and a plain file, for the tests of what an edit re-runs.
    private static (string Path, string Text)[] SeveralFiles()
    {
        var files = new List<(string, string)>();
        for (var f = 0; f < 3; f++)
        {
            files.Add(($"Demo/Modules{f}.cs", $$""""
                using GilGen;
                namespace Demo;

                [GilModule("""
                    n = {{f}}
                    def inc():
                        global n
                        n += 1
                    """)]
                public static partial class First{{f}};

                [GilModule("""
                    def twice(x):
                        return x * {{f + 2}}
                    """)]
                public static partial class Second{{f}};
                """"));
        }
        files.Add(("Demo/Functions.cs", """
            using GilGen;
            namespace Demo;
            public static partial class Functions
            {
                [GilFunction("def add(a, b):\n    return a + b")]
                public static partial long Add(long a, long b);
            }
            """));
        files.Add(("Demo/Plain.cs", "namespace Demo;\npublic static class Plain\n{\n    public static int Value()\n    {\n        return 1;\n    }\n}\n"));
        return files.ToArray();
    }

    private static GeneratorDriver RunWithOneEdit(GeneratorDriver driver, Compilation compilation, string path, string anchor, string inserted)
    {
        var tree = compilation.SyntaxTrees.Single(t => t.FilePath == path);
        var at = tree.GetText().ToString().IndexOf(anchor, System.StringComparison.Ordinal) + anchor.Length;
        var editedTree = tree.WithChangedText(tree.GetText().Replace(at, 0, inserted));
        return driver.RunGenerators(compilation.ReplaceSyntaxTree(tree, editedTree));
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step)
        => result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    [Fact]
    public void A_keystroke_outside_the_snippets_decodes_no_snippet_again()
    {
        // Roslyn runs the declaration step (ForAttributeWithMetadataName's transform) for every snippet whenever the
        // compilation changes; what it returns is unchanged, so the steps that decode the snippets must not run.
        var compilation = GeneratorHarness.CreateCompilation(SeveralFiles());
        var driver = GeneratorHarness.CreateDriver(null, s_buildProperties).RunGenerators(compilation);

        driver = RunWithOneEdit(driver, compilation, "Demo/Plain.cs", "return 1", "0");

        var result = Assert.Single(driver.GetRunResult().Results);
        Assert.Null(result.Exception);
        Assert.Equal(6, Reasons(result, TrackingNames.ModuleDeclarations).Count);
        Assert.All(Reasons(result, TrackingNames.ModuleDeclarations).Concat(Reasons(result, TrackingNames.FunctionDeclarations)),
            reason => Assert.True(reason is IncrementalStepRunReason.Unchanged or IncrementalStepRunReason.Cached, $"a declaration was {reason}"));
        foreach (var name in new[] { TrackingNames.ModuleSnippets, TrackingNames.FunctionSnippets, TrackingNames.ModuleSources, TrackingNames.FunctionSources })
        {
            Assert.All(Reasons(result, name), reason => Assert.True(reason == IncrementalStepRunReason.Cached, $"step {name} output was {reason}, not Cached: it ran"));
        }
    }

    [Fact]
    public void A_keystroke_in_a_snippet_decodes_its_file_again_and_compiles_that_snippet_only()
    {
        var compilation = GeneratorHarness.CreateCompilation(SeveralFiles());
        var driver = GeneratorHarness.CreateDriver(null, s_buildProperties).RunGenerators(compilation);
        var before = driver.GetRunResult();

        // A space after "n =" in Modules1.cs's first snippet: its second snippet moves, the other files do not change.
        driver = RunWithOneEdit(driver, compilation, "Demo/Modules1.cs", "n =", " ");
        var after = driver.GetRunResult();

        var result = Assert.Single(after.Results);
        Assert.Null(result.Exception);
        // The two snippets of the edited file are decoded again (one changed, one moved); the four others are not.
        var decoded = Reasons(result, TrackingNames.ModuleSnippets);
        Assert.Equal(6, decoded.Count);
        Assert.Equal(2, decoded.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(4, decoded.Count(reason => reason == IncrementalStepRunReason.Cached));
        // The moved snippet's model is unchanged; only the edited one is compiled again.
        var compiled = Reasons(result, TrackingNames.ModuleSources);
        Assert.Equal(1, compiled.Count(reason => reason == IncrementalStepRunReason.Modified));
        Assert.Equal(5, compiled.Count(reason => reason == IncrementalStepRunReason.Cached));
        Assert.All(Reasons(result, TrackingNames.FunctionSources), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));

        // Every generated file keeps its name, and only the edited snippet's file changes.
        var sourcesBefore = before.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        var sourcesAfter = result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString());
        Assert.Equal(sourcesBefore.Keys.OrderBy(n => n, System.StringComparer.Ordinal), sourcesAfter.Keys.OrderBy(n => n, System.StringComparer.Ordinal));
        var changed = sourcesAfter.Where(p => sourcesBefore[p.Key] != p.Value).Select(p => p.Key).ToList();
        Assert.StartsWith("Demo.First1.", Assert.Single(changed), System.StringComparison.Ordinal);
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
