using System;
using System.IO;

namespace GilGen.Package.Tests;

/// <summary>
/// <c>dotnet pack</c> of one of the checkout's projects into a local folder, under a version unique to
/// the test run, and the clean-up of what that version left in the global packages folder.
/// </summary>
internal static class ProjectPack
{
    /// <summary>
    /// Packs <paramref name="project"/> (relative to the checkout) as <paramref name="packageId"/>
    /// <paramref name="version"/> into <paramref name="feed"/> and returns the .nupkg's path. The build
    /// goes to <paramref name="artifacts"/>, so it neither reads stale dlls from nor writes into the
    /// checkout's bin/ and obj/ folders.
    /// </summary>
    public static string Run(string project, string packageId, string version, string feed, string artifacts)
    {
        var pack = DotnetCommand.Run(GilGen.Tests.RepositoryRoot.Find(), "pack", project,
            "-c", "Release", "-o", feed, "-p:Version=" + version, "--artifacts-path", artifacts, "-nologo");
        if (pack.ExitCode != 0) throw new InvalidOperationException("dotnet pack failed:\n" + pack.Output);
        var path = Path.Combine(feed, packageId + "." + version + ".nupkg");
        if (!File.Exists(path)) throw new InvalidOperationException("no package at " + path + ":\n" + pack.Output);
        return path;
    }

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
