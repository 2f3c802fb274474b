using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace GilGen.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions with Verify's file conventions: <c>{TestFile}.{Method}_{name}.verified.cs</c>
/// beside the test file is the approved text; a mismatch writes <c>.received.cs</c> next to it and
/// fails; <c>GILGEN_ACCEPT=1</c> accepts the received text instead. (Verify itself is not on the
/// package feed here.)
/// </summary>
internal static class Snapshot
{
    /// <summary>Compares <paramref name="actual"/> with the verified snapshot named <paramref name="name"/>.</summary>
    public static void Verify(string actual, string name, [CallerFilePath] string testFile = "", [CallerMemberName] string testMethod = "")
    {
        var directory = Path.GetDirectoryName(testFile)!;
        var stem = Path.Combine(directory, Path.GetFileNameWithoutExtension(testFile) + "." + testMethod + "_" + name);
        var verifiedPath = stem + ".verified.cs";
        var receivedPath = stem + ".received.cs";
        // Line endings depend on the machine that wrote the file; the content does not.
        var normalized = actual.Replace("\r\n", "\n");

        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (verified == normalized)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }
        if (Environment.GetEnvironmentVariable("GILGEN_ACCEPT") == "1")
        {
            File.WriteAllText(verifiedPath, normalized);
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, normalized);
        Assert.Fail(verified is null
            ? $"No verified snapshot {verifiedPath}. Wrote {receivedPath}; rename it (or run with GILGEN_ACCEPT=1) to accept."
            : $"Snapshot differs from {verifiedPath} at {FirstDifference(verified, normalized)}. Wrote {receivedPath}; run with GILGEN_ACCEPT=1 to accept.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a) return $"line {i + 1}:\n  verified: {e}\n  received: {a}";
        }
        return "<no difference>";
    }
}
