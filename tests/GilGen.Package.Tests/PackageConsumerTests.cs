using System;
using System.Globalization;
using System.IO;
using System.Linq;
using GilGen.Compiler;

namespace GilGen.Package.Tests;

/// <summary>
/// <c>dotnet pack</c>s GilGen into a temporary feed, then builds and runs a console project that
/// references the package: a broken snippet fails the build with GIL0001 at its (line, column) in
/// Program.cs; fixed, the project builds and prints what the Python code computes.
/// </summary>
public sealed class PackageConsumerTests : IDisposable
{
    // Unique per run, so that the global packages folder never serves a stale GilGen.
    private readonly string _version = "0.1.0-test" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
    private readonly string _workDirectory = Path.Combine(Path.GetTempPath(), "gilgen-package-test-" + Guid.NewGuid().ToString("N"));

    private const string BrokenSnippet = "def broken(n):\n    return n +* 2";
    private const string FixedSnippet = "def doubled(n):\n    return n * 2";

    [Fact]
    public void Consumer_sees_GIL0001_at_the_snippet_position_then_builds_and_runs_once_fixed()
    {
        var feed = Path.Combine(_workDirectory, "feed");
        var consumer = Path.Combine(_workDirectory, "Consumer");
        Directory.CreateDirectory(consumer);

        var root = RepositoryRoot.Find();
        var pack = DotnetCommand.Run(root, "pack", Path.Combine("runtime", "GilGen.Runtime", "GilGen.Runtime.csproj"),
            "-c", "Release", "-o", feed, "-p:Version=" + _version);
        Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Output);
        var package = Path.Combine(feed, "GilGen." + _version + ".nupkg");
        Assert.True(File.Exists(package), "no package at " + package);
        AssertPackageLayout(package);

        File.WriteAllText(Path.Combine(consumer, "nuget.config"), NuGetConfig(feed));
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), ConsumerProject(_version));
        File.WriteAllText(Path.Combine(consumer, "Directory.Build.props"), "<Project />"); // isolate from any parent folder's props
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

    private static void AssertPackageLayout(string package)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("lib/net10.0/GilGen.Runtime.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/GilGen.Generator.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/GilGen.Compiler.dll", entries);
        Assert.Contains("build/GilGen.props", entries);
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

    private static string NuGetConfig(string feed) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <!-- No <clear/>: the machine's default source stays, for the SDK's own packages. -->
            <add key="gilgen-test-feed" value="{feed}" />
          </packageSources>
        </configuration>
        """;

    private static string ConsumerProject(string version) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>disable</ImplicitUsings>
            <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="GilGen" Version="{version}" />
          </ItemGroup>
        </Project>
        """;

    public void Dispose()
    {
        if (Directory.Exists(_workDirectory)) Directory.Delete(_workDirectory, recursive: true);
        // Drop this run's unique version from the global packages folder so runs do not pile up.
        var cached = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"), "gilgen", _version);
        if (Directory.Exists(cached)) Directory.Delete(cached, recursive: true);
    }
}
