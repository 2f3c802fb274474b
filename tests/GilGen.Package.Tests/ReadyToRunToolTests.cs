using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.PortableExecutable;

namespace GilGen.Package.Tests;

/// <summary>
/// Runs only with <c>GILGEN_TEST_READY_TO_RUN=1</c> in the environment (otherwise reported as skipped): the pack it
/// tests runs crossgen2 over GilGen.Runtime, 4-6 minutes of CPU on this project's machine, which every CI run would
/// pay (docs/architecture/performance.md, "Start-up").
/// </summary>
public sealed class ReadyToRunPackFactAttribute : FactAttribute
{
    /// <summary>The variable that turns the test on.</summary>
    public const string VariableName = "GILGEN_TEST_READY_TO_RUN";

    public ReadyToRunPackFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(VariableName) != "1")
            Skip = VariableName + "=1 runs this test (a ReadyToRun pack takes minutes)";
    }
}

/// <summary>
/// <c>dotnet pack samples/GilGen.Cli -p:GilGenReadyToRun=true</c>: the RID-specific tool. The package users name holds
/// no code and points at GilGen.Cli.linux-x64 (precompiled) and GilGen.Cli.any (portable); installed on linux-x64 it
/// is the precompiled one, and it runs a script.
/// </summary>
public sealed class ReadyToRunToolTests
{
    [ReadyToRunPackFact]
    public void ReadyToRun_pack_installs_the_precompiled_linux_x64_tool_which_runs_a_script()
    {
        string version = ProjectPack.UniqueVersion();
        string work = Path.Combine(Path.GetTempPath(), "gilgen-r2r-tool-test-" + Guid.NewGuid().ToString("N"));
        string feed = Path.Combine(work, "feed");
        try
        {
            // crossgen2 over GilGen.Runtime alone is 4-6 minutes of CPU, longer on a loaded machine: 8 minutes were too few at load 30-50.
            var pack = DotnetCommand.RunProgram("dotnet", GilGen.Tests.RepositoryRoot.Find(), null, TimeSpan.FromMinutes(40),
                "pack", Path.Combine("samples", "GilGen.Cli", "GilGen.Cli.csproj"),
                "-c", "Release", "-o", feed, "-p:Version=" + version, "-p:GilGenReadyToRun=true",
                "--artifacts-path", Path.Combine(work, "artifacts"), "-nologo");
            Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Output);
            string id = PackedGilGenTool.PackageId;
            Assert.Equal(
                new[] { $"{id}.{version}.nupkg", $"{id}.any.{version}.nupkg", $"{id}.linux-x64.{version}.nupkg" },
                Directory.GetFiles(feed, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());

            // The pointer package: settings that name the RID packages, and no assemblies.
            using (var pointer = ZipFile.OpenRead(Path.Combine(feed, $"{id}.{version}.nupkg")))
            {
                Assert.DoesNotContain(pointer.Entries, e => e.FullName.EndsWith(".dll", StringComparison.Ordinal));
                using var reader = new StreamReader(pointer.Entries.Single(e => e.Name == "DotnetToolSettings.xml").Open());
                string settings = reader.ReadToEnd();
                Assert.Contains("linux-x64", settings);
                Assert.Contains("\"any\"", settings);
            }

            string folder = Path.Combine(work, "install");
            Directory.CreateDirectory(folder);
            ConsumerProject.WriteNuGetConfig(folder, feed, onlyThisFeed: true);
            string toolPath = Path.Combine(folder, "tools");
            var install = DotnetCommand.Run(folder, "tool", "install", "--tool-path", toolPath, id, "--add-source", feed, "--version", version);
            Assert.True(install.ExitCode == 0, "dotnet tool install failed:\n" + install.Output);

            // On this machine (linux-x64) the install took the precompiled package: its gilgen and runtime carry native code.
            string installed = Directory.GetDirectories(Path.Combine(toolPath, ".store"), "linux-x64", SearchOption.AllDirectories)
                .Single(d => File.Exists(Path.Combine(d, "gilgen.dll")));
            foreach (string assembly in new[] { "gilgen.dll", "GilGen.Runtime.dll" })
                Assert.True(IsReadyToRun(Path.Combine(installed, assembly)), assembly + " is not ReadyToRun");

            File.WriteAllText(Path.Combine(folder, "hello.py"), "print('hello from', 'gilgen')\n");
            var environment = new System.Collections.Generic.Dictionary<string, string> { ["XDG_CACHE_HOME"] = Path.Combine(work, "cache") };
            string gilgen = Path.Combine(toolPath, "gilgen");
            // The first run compiles and caches the script, the second loads it.
            for (int run = 0; run < 2; run++)
            {
                var hello = DotnetCommand.RunProgram(gilgen, folder, environment, "run", "hello.py");
                Assert.Equal((0, "hello from gilgen\n"), (hello.ExitCode, hello.Output.ReplaceLineEndings("\n")));
            }
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
            ProjectPack.RemoveFromGlobalPackages(PackedGilGenTool.PackageId, version);
            ProjectPack.RemoveFromGlobalPackages(PackedGilGenTool.PackageId + ".linux-x64", version);
        }
    }

    // A ReadyToRun image has a managed native header (ECMA-335 §II.25.3.3, "ManagedNativeHeader"): crossgen2's READYTORUN header.
    private static bool IsReadyToRun(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        return pe.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
