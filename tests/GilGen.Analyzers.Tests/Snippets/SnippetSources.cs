using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using GilGen.Analyzers.Snippets;
using GilGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GilGen.Analyzers.Tests.Snippets;

/// <summary>Builds the C# and .py inputs of the GIL1001 tests, and runs the analyzer on them.</summary>
internal static class SnippetSources
{
    /// <summary>The analyzer under test.</summary>
    public static readonly SnippetReadModifyWriteAnalyzer Analyzer = new();

    /// <summary>A seed example from Examples/ (copied beside the test assembly).</summary>
    public static string Example(string name)
        => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Examples", name)).Replace("\r\n", "\n");

    /// <summary>C# with <paramref name="python"/> as the raw string literal of a [GilModule] class.</summary>
    public static string InModule(string python, string className = "Snippet")
    {
        var lines = python.Replace("\r\n", "\n").TrimEnd('\n').Split('\n')
            .Select(line => line.Length == 0 ? "" : "    " + line);
        return "using GilGen;\n\nnamespace Tests;\n\n[GilModule(\"\"\"\n" + string.Join("\n", lines) + "\n    \"\"\")]\npublic static partial class "
               + className + " { }\n";
    }

    /// <summary>Checks the markup of one C# source (Test0.cs) with GIL1001 as the default id.</summary>
    /// <param name="markup">The C# with markup.</param>
    /// <param name="invalidPython">True for a case about input GilGen refuses (GIL0xxx); otherwise a compile error fails the test.</param>
    public static Task VerifyCSharpAsync(string markup, bool invalidPython = false)
        => AnalyzerVerifier.VerifyAsync([Analyzer], [("Test0.cs", markup)], [], "GIL1001", allowCompilerErrors: invalidPython);

    /// <summary>Checks the markup of a .py AdditionalFile (beside an empty C# file), GIL1001 as the default id.</summary>
    public static Task VerifyPythonAsync(string markup, string path = "race.py", bool invalidPython = false)
        => AnalyzerVerifier.VerifyAsync([Analyzer], [("Test0.cs", "namespace Tests { }\n")], [(path, markup)], "GIL1001", allowCompilerErrors: invalidPython);

    /// <summary>Checks <paramref name="python"/> with its markup both as a .py file and inside a [GilModule] raw literal.</summary>
    public static async Task VerifyBothAsync(string python, bool invalidPython = false)
    {
        await VerifyPythonAsync(python, invalidPython: invalidPython);
        await VerifyCSharpAsync(InModule(python), invalidPython);
    }

    /// <summary>The messages of <paramref name="id"/> (GIL1001 unless named) reported for a .py file, in source order.</summary>
    public static async Task<string[]> PythonMessagesAsync(string python, string path = "race.py", string id = "GIL1001")
    {
        var project = TestProject.Create([("Test0.cs", "namespace Tests { }\n")], [(path, python)]);
        var run = await TestProject.AnalyzeAsync(project, [Analyzer]);
        Assert.Empty(run.Exceptions);
        return run.Diagnostics.Where(d => d.Id == id).OrderBy(d => d.Location.SourceSpan.Start).Select(d => d.GetMessage()).ToArray();
    }
}
