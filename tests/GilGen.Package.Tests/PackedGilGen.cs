using System;
using System.IO;

namespace GilGen.Package.Tests;

/// <summary>
/// GilGen, <c>dotnet pack</c>ed once for every test of the <see cref="PackageCollection"/>, with
/// <see cref="ProjectPack"/>.
/// </summary>
public sealed class PackedGilGen : IDisposable
{
    /// <summary>Unique per run, so that the global packages folder never serves a stale GilGen.</summary>
    public string Version { get; } = ProjectPack.UniqueVersion();

    /// <summary>A temporary folder for this run: the feed and the consumer projects.</summary>
    public string WorkDirectory { get; } = Path.Combine(Path.GetTempPath(), "gilgen-package-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>The folder the package is in; consumer projects list it in their nuget.config.</summary>
    public string Feed => Path.Combine(WorkDirectory, "feed");

    /// <summary>The .nupkg.</summary>
    public string PackagePath { get; }

    /// <summary>Packs runtime/GilGen.Runtime (the GilGen package) into <see cref="Feed"/>.</summary>
    public PackedGilGen()
    {
        Directory.CreateDirectory(WorkDirectory);
        PackagePath = ProjectPack.Run(Path.Combine("runtime", "GilGen.Runtime", "GilGen.Runtime.csproj"), "GilGen", Version,
            Feed);
    }

    /// <summary>Creates a new consumer project folder under <see cref="WorkDirectory"/>.</summary>
    public string NewConsumer(string name)
    {
        var directory = Path.Combine(WorkDirectory, name);
        ConsumerProject.Create(directory, name, Feed, Version);
        return directory;
    }

    public void Dispose()
    {
        if (Directory.Exists(WorkDirectory)) Directory.Delete(WorkDirectory, recursive: true);
        ProjectPack.RemoveFromGlobalPackages("GilGen", Version);
    }
}

/// <summary>The tests that share one <see cref="PackedGilGen"/>; they run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedGilGen>
{
    /// <summary>The collection's name, for <c>[Collection(PackageCollection.Name)]</c>.</summary>
    public const string Name = "GilGen package";
}
