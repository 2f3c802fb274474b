using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace GilGen.Package.Tests;

/// <summary>
/// <c>dotnet pack</c> of one of the checkout's projects into a local folder, under a version unique to
/// the test run, and the clean-up of what that version left in the global packages folder.
/// </summary>
internal static class ProjectPack
{
    /// <summary>
    /// Packs <paramref name="project"/> (relative to the checkout) as <paramref name="packageId"/>
    /// <paramref name="version"/> into <paramref name="feed"/> and returns the .nupkg's path.
    /// </summary>
    /// <remarks>
    /// The pack takes the project's build from the checkout (<c>--no-build</c>), in the configuration this test assembly
    /// was built in: the test project references both packed projects, so that build is the checkout's, made just
    /// before the tests. A pack that built again into a folder of its own compiled the runtime, the compiler, the
    /// generator and the analyzers a second and a third time, two thirds of these tests' time. Only the package's
    /// version is this run's (<c>PackageVersion</c>); the assemblies keep the checkout's.
    /// </remarks>
    public static string Run(string project, string packageId, string version, string feed)
    {
        var pack = DotnetCommand.Run(GilGen.Tests.RepositoryRoot.Find(), "pack", project,
            "-c", BuildConfiguration, "--no-build", "-o", feed, "-p:PackageVersion=" + version, "-nologo");
        if (pack.ExitCode != 0) throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
        var path = Path.Combine(feed, packageId + "." + version + ".nupkg");
        if (!File.Exists(path)) throw new InvalidOperationException("no package at " + path + ":\n" + pack.Output);
        return path;
    }

    /// <summary>The configuration this test assembly, and with it the projects it packs, was built in.</summary>
    private static string BuildConfiguration =>
        typeof(ProjectPack).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Configuration").Value!;

    /// <summary>A version no earlier run used, so that the global packages folder never serves a stale package.</summary>
    public static string UniqueVersion() =>
        "0.1.0-test" + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Drops this run's unique version from the global packages folder so runs do not pile up.</summary>
    public static void RemoveFromGlobalPackages(string packageId, string version)
    {
        var cached = Path.Combine(Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
            packageId.ToLowerInvariant(), version);
        if (Directory.Exists(cached)) Directory.Delete(cached, recursive: true);
    }
}
