using System;
using System.IO;

namespace GilGen.Package.Tests;

/// <summary>
/// The <c>gilgen</c> .NET tool (samples/GilGen.Cli, package GilGen.Cli), <c>dotnet pack</c>ed once
/// for the <see cref="ToolInstallTests"/> with <see cref="ProjectPack"/>, into a folder that the
/// installs use as their only source.
/// </summary>
public sealed class PackedGilGenTool : IDisposable
{
    /// <summary>The tool's package id.</summary>
    public const string PackageId = "GilGen.Cli";

    /// <summary>Unique per run, so that the global packages folder never serves a stale tool.</summary>
    public string Version { get; } = ProjectPack.UniqueVersion();

    /// <summary>A temporary folder for this run: the feed, the installs, the script cache.</summary>
    public string WorkDirectory { get; } = Path.Combine(Path.GetTempPath(), "gilgen-tool-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>The folder the package is in.</summary>
    public string Feed => Path.Combine(WorkDirectory, "feed");

    /// <summary>The .nupkg.</summary>
    public string PackagePath { get; }

    /// <summary>Where the installed command caches compiled scripts (its XDG_CACHE_HOME), so no run touches the user's cache.</summary>
    public string CacheHome => Path.Combine(WorkDirectory, "cache");

    /// <summary>Packs samples/GilGen.Cli into <see cref="Feed"/>.</summary>
    public PackedGilGenTool()
    {
        Directory.CreateDirectory(WorkDirectory);
        PackagePath = ProjectPack.Run(Path.Combine("samples", "GilGen.Cli", "GilGen.Cli.csproj"), PackageId, Version,
            Feed);
    }

    /// <summary>A new, empty folder under <see cref="WorkDirectory"/> whose nuget.config lists <see cref="Feed"/> and no other source.</summary>
    public string NewFolder(string name)
    {
        var directory = Path.Combine(WorkDirectory, name);
        Directory.CreateDirectory(directory);
        ConsumerProject.WriteNuGetConfig(directory, Feed, onlyThisFeed: true);
        return directory;
    }

    public void Dispose()
    {
        if (Directory.Exists(WorkDirectory)) Directory.Delete(WorkDirectory, recursive: true);
        // A local (manifest) install goes through the global packages folder; a --tool-path one does not.
        ProjectPack.RemoveFromGlobalPackages(PackageId, Version);
    }
}
