using System;
using System.IO;
using System.Linq;
using GilGen.Compiler;

namespace GilGen.Package.Tests;

/// <summary>
/// <c>dotnet pack</c>s GilGen into a temporary feed (<see cref="PackedGilGen"/>), then builds and
/// runs a console project that references the package: a broken snippet fails the build with
/// GIL0001 at its (line, column) in Program.cs; fixed, the project builds and prints what the
/// Python code computes.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class PackageConsumerTests(PackedGilGen package)
{
    private const string BrokenSnippet = "def broken(n):\n    return n +* 2";
    private const string FixedSnippet = "def doubled(n):\n    return n * 2";

    [Fact]
    public void Consumer_sees_GIL0001_at_the_snippet_position_then_builds_and_runs_once_fixed()
    {
        AssertPackageLayout(package.PackagePath);
        var consumer = package.NewConsumer("Consumer");
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), Program(BrokenSnippet));

        var broken = DotnetCommand.Run(consumer, "build", "-nologo", "-v:q");
        Assert.NotEqual(0, broken.ExitCode);
        var (line, column) = ExpectedErrorPosition(BrokenSnippet);
        Assert.Contains($"Program.cs({line},{column}): error GIL0001", broken.Output);

        File.WriteAllText(Path.Combine(consumer, "Program.cs"), Program(FixedSnippet));
        var build = DotnetCommand.Run(consumer, "build", "-nologo", "-v:q");
        Assert.True(build.ExitCode == 0, "dotnet build failed:\n" + build.Output);
        var run = DotnetCommand.Run(consumer, "run", "--no-build");
        Assert.True(run.ExitCode == 0, "dotnet run failed:\n" + run.Output);
        Assert.Equal("42", run.Output.Trim());
    }

    /// <summary>
    /// lib/ holds the runtime and nothing else; analyzers/dotnet/cs the generator, the compiler it
    /// loads, the analyzers and the code fixes; the .nuspec lists no dependency (the analyzer
    /// projects are build-time ProjectReferences of the runtime, not packages its users need).
    /// </summary>
    internal static void AssertPackageLayout(string package)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(["lib/net10.0/GilGen.Runtime.dll"], entries.Where(e => e.StartsWith("lib/", StringComparison.Ordinal)).ToArray());
        Assert.Equal(
            ["analyzers/dotnet/cs/GilGen.Analyzers.dll", "analyzers/dotnet/cs/GilGen.CodeFixes.dll", "analyzers/dotnet/cs/GilGen.Compiler.dll", "analyzers/dotnet/cs/GilGen.Generator.dll"],
            entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("build/GilGen.props", entries);
        Assert.Contains("buildTransitive/GilGen.props", entries);
        // GilGen.props adds it to real builds: GIL2001/GIL2004–GIL2006 report at compilation end there.
        Assert.Contains("build/GilGen.build.globalconfig", entries);
        Assert.Contains("buildTransitive/GilGen.build.globalconfig", entries);

        var nuspecEntry = zip.Entries.Single(e => e.FullName == "GilGen.nuspec");
        using var reader = new StreamReader(nuspecEntry.Open());
        var nuspec = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd());
        var dependencies = nuspec.Descendants().Where(e => e.Name.LocalName == "dependency").Select(e => (string?)e.Attribute("id")).ToList();
        Assert.True(dependencies.Count == 0, "The package must not depend on other packages; the .nuspec lists: " + string.Join(", ", dependencies));
    }

    // Where the build prints the compiler's first error: the literal starts on ContentLine, and
    // the raw literal's indentation (8 spaces) is removed by C#, so it is added back. 1-based.
    private static (int Line, int Column) ExpectedErrorPosition(string snippet)
    {
        var result = PythonCompiler.Compile(snippet, "Program.cs");
        var first = result.Diagnostics.First(d => d.Id == "GIL0001");
        return (ContentLine + first.Line - 1, SnippetIndent.Length + first.Column + 1);
    }

    private const string SnippetIndent = "        ";
    private const int ContentLine = 9; // the first line after the opening """ in Program(...)

    private static string Program(string snippet)
    {
        var indented = string.Join("\n", snippet.Split('\n').Select(l => SnippetIndent + l));
        return string.Join("\n",
            "using System;",                                // 1
            "using GilGen;",                                // 2
            "",                                             // 3
            "Console.WriteLine(Snippets.Compute(21));",     // 4
            "",                                             // 5
            "static partial class Snippets",                // 6
            "{",                                            // 7
            "    [GilFunction(\"\"\"",                   // 8
            indented,                                       // 9...
            SnippetIndent + "\"\"\")]",
            "    public static partial long Compute(long n);",
            "}",
            "");
    }
}
