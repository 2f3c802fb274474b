using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace GilGen.Tests;

/// <summary>The repository checkout the tests run from (the folder holding GilGen.sln).</summary>
internal static class RepositoryRoot
{
    /// <summary>
    /// Walks up from the test assembly's folder; when the build put the assembly outside the
    /// checkout (<c>--artifacts-path</c>), walks up from this source file as the compiler saw it.
    /// </summary>
    public static string Find() =>
        FindAbove(AppContext.BaseDirectory) ?? FindAbove(Path.GetDirectoryName(ThisFile())!)
        ?? throw new InvalidOperationException("GilGen.sln not found above " + AppContext.BaseDirectory + " or " + ThisFile());

    private static string? FindAbove(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GilGen.sln"))) return directory.FullName;
        }
        return null;
    }

    private static string ThisFile([CallerFilePath] string path = "") => path;
}
