using System;
using System.Globalization;
using System.IO;

namespace GilGen.Package.Tests;

/// <summary>
/// GilGen, <c>dotnet pack</c>ed once for every test of the <see cref="PackageCollection"/> (packing
/// builds the compiler, the generator, the analyzers, the code fixes and the runtime: about a
/// minute on a small machine). The build goes to an artifacts folder of its own, so it neither
/// reads stale dlls from nor writes into the checkout's bin/ and obj/ folders.
/// </summary>
public sealed class PackedGilGen : IDisposable
{
    /// <summary>Unique per run, so that the global packages folder never serves a stale GilGen.</summary>
    public string Version { get; } = "0.1.0-test" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);

    /// <summary>A temporary folder for this run: the feed, the pack's artifacts and the consumer projects.</summary>
    public string WorkDirectory { get; } = Path.Combine(Path.GetTempPath(), "gilgen-package-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>The folder the package is in; consumer projects list it in their nuget.config.</summary>
    public string Feed => Path.Combine(WorkDirectory, "feed");

    /// <summary>The .nupkg.</summary>
    public string PackagePath => Path.Combine(Feed, "GilGen." + Version + ".nupkg");

    /// <summary>Packs runtime/GilGen.Runtime (the GilGen package) into <see cref="Feed"/>.</summary>
    public PackedGilGen()
    {
        Directory.CreateDirectory(WorkDirectory);
        var pack = DotnetCommand.Run(GilGen.Tests.RepositoryRoot.Find(), "pack", Path.Combine("runtime", "GilGen.Runtime", "GilGen.Runtime.csproj"),
            "-c", "Release", "-o", Feed, "-p:Version=" + Version, "--artifacts-path", Path.Combine(WorkDirectory, "artifacts"), "-nologo");
        if (pack.ExitCode != 0) throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
        if (!File.Exists(PackagePath)) throw new InvalidOperationException("no package at " + PackagePath + ":\n" + pack.Output);
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
        // Drop this run's unique version from the global packages folder so runs do not pile up.
        var cached = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"), "gilgen", Version);
        if (Directory.Exists(cached)) Directory.Delete(cached, recursive: true);
    }
}

/// <summary>The tests that share one <see cref="PackedGilGen"/>; they run one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackedGilGen>
{
    /// <summary>The collection's name, for <c>[Collection(PackageCollection.Name)]</c>.</summary>
    public const string Name = "GilGen package";
}
