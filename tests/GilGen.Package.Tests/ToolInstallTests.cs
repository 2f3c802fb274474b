using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace GilGen.Package.Tests;

/// <summary>
/// <c>gilgen</c> as a user gets it: the packed tool (<see cref="PackedGilGenTool"/>) installed with
/// <c>dotnet tool install</c> into a tool path and into a tool manifest, offline (the pack's folder
/// is the only source), then the installed command runs a script and explores a race.
/// </summary>
public sealed class ToolInstallTests(PackedGilGenTool tool) : IClassFixture<PackedGilGenTool>
{
    private const string Hello = "print('hello from', 'gilgen')\n";

    // Two threads each add 1 to a global 200 times: CPython 3.9 (py39) switches between the
    // LOAD_GLOBAL and the STORE_GLOBAL of `counter += 1` and loses updates.
    private const string Race =
        "import threading\n" +
        "\n" +
        "counter = 0\n" +
        "\n" +
        "def increment():\n" +
        "    global counter\n" +
        "    for _ in range(200):\n" +
        "        counter += 1\n" +
        "\n" +
        "threads = [threading.Thread(target=increment) for _ in range(2)]\n" +
        "for t in threads:\n" +
        "    t.start()\n" +
        "for t in threads:\n" +
        "    t.join()\n" +
        "print('counter:', counter)\n";

    /// <summary>A tool package: type DotnetTool, command gilgen, no dependencies (it carries the compiler and runtime), the readme.</summary>
    [Fact]
    public void Package_is_a_dotnet_tool_named_gilgen_with_everything_inside()
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(tool.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        foreach (var dll in new[] { "gilgen.dll", "GilGen.Runtime.dll", "GilGen.Compiler.dll", "Microsoft.CodeAnalysis.CSharp.dll" })
            Assert.Contains("tools/net10.0/any/" + dll, entries);
        Assert.Contains("README.md", entries);

        var nuspec = ReadXml(zip, PackedGilGenTool.PackageId + ".nuspec");
        Assert.Equal(PackedGilGenTool.PackageId, Element(nuspec, "id"));
        Assert.Equal("README.md", Element(nuspec, "readme"));
        Assert.Equal(["DotnetTool"], nuspec.Descendants().Where(e => e.Name.LocalName == "packageType").Select(e => (string)e.Attribute("name")!).ToArray());
        Assert.DoesNotContain(nuspec.Descendants(), e => e.Name.LocalName == "dependency");

        var settings = ReadXml(zip, "tools/net10.0/any/DotnetToolSettings.xml");
        var command = Assert.Single(settings.Descendants(), e => e.Name.LocalName == "Command");
        Assert.Equal("gilgen", (string?)command.Attribute("Name"));
        Assert.Equal("gilgen.dll", (string?)command.Attribute("EntryPoint"));
    }

    /// <summary>
    /// <c>dotnet tool install --tool-path</c>, then the installed <c>gilgen</c>: <c>run</c> prints what
    /// python prints (exit 0); <c>explore --profile py39</c> finds the lost update (exit 1) and prints
    /// the <c>replay</c> command, which reproduces it (exit 1).
    /// </summary>
    [Fact]
    public void Installed_into_a_tool_path_gilgen_runs_a_script_and_explores_a_race()
    {
        var folder = tool.NewFolder("tool-path");
        var toolPath = Path.Combine(folder, "tools");
        var install = DotnetCommand.Run(folder, "tool", "install", "--tool-path", toolPath, PackedGilGenTool.PackageId,
            "--add-source", tool.Feed, "--version", tool.Version);
        Assert.True(install.ExitCode == 0, "dotnet tool install failed:\n" + install.Output);
        var gilgen = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "gilgen.exe" : "gilgen");
        Assert.True(File.Exists(gilgen), "no command at " + gilgen + ":\n" + install.Output);

        File.WriteAllText(Path.Combine(folder, "hello.py"), Hello);
        var hello = Gilgen(gilgen, folder, "run", "hello.py");
        Assert.Equal((0, "hello from gilgen\n"), (hello.ExitCode, hello.Output.ReplaceLineEndings("\n")));

        File.WriteAllText(Path.Combine(folder, "race.py"), Race);
        var explore = Gilgen(gilgen, folder, "explore", "--profile", "py39", "--schedules", "300", "race.py");
        Assert.True(explore.ExitCode == 1, "gilgen explore should find the lost update (exit 1):\n" + explore.Output);
        Assert.Contains("  | counter: 400", explore.Output);
        Assert.Contains("output differs from the expected output", explore.Output);
        Assert.Matches(@"increment:8 STORE_GLOBAL counter ← \d+", explore.Output);
        var replayCommand = Regex.Match(explore.Output, @"replay: gilgen replay --profile py39 (ds-\S+) ");
        Assert.True(replayCommand.Success, explore.Output);

        var replay = Gilgen(gilgen, folder, "replay", "--profile", "py39", replayCommand.Groups[1].Value, "race.py");
        Assert.True(replay.ExitCode == 1, "the replayed schedule should fail again (exit 1):\n" + replay.Output);
        Assert.Contains("failing schedule " + replayCommand.Groups[1].Value, replay.Output);
    }

    /// <summary><c>dotnet new tool-manifest</c>, <c>dotnet tool install --local</c>, then <c>dotnet tool run gilgen -- run x.py</c>.</summary>
    [Fact]
    public void Installed_into_a_tool_manifest_gilgen_runs_through_dotnet_tool_run()
    {
        var folder = tool.NewFolder("manifest");
        var manifest = DotnetCommand.Run(folder, "new", "tool-manifest");
        Assert.True(manifest.ExitCode == 0, "dotnet new tool-manifest failed:\n" + manifest.Output);
        var install = DotnetCommand.Run(folder, "tool", "install", "--local", PackedGilGenTool.PackageId, "--version", tool.Version);
        Assert.True(install.ExitCode == 0, "dotnet tool install --local failed:\n" + install.Output);

        File.WriteAllText(Path.Combine(folder, "x.py"), Hello + "raise SystemExit(3)\n");
        var run = DotnetCommand.RunProgram("dotnet", folder, CacheEnvironment(), "tool", "run", "gilgen", "--", "run", "x.py");
        Assert.Equal((3, "hello from gilgen\n"), (run.ExitCode, run.Output.ReplaceLineEndings("\n")));
    }

    private (int ExitCode, string Output) Gilgen(string gilgen, string folder, params string[] arguments) =>
        DotnetCommand.RunProgram(gilgen, folder, CacheEnvironment(), arguments);

    private Dictionary<string, string> CacheEnvironment() => new() { ["XDG_CACHE_HOME"] = tool.CacheHome };

    private static XDocument ReadXml(System.IO.Compression.ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.Entries.Single(e => e.FullName == entry).Open());
        return XDocument.Parse(reader.ReadToEnd());
    }

    private static string? Element(XDocument document, string localName) =>
        document.Descendants().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;
}
