using System;
using System.IO;

namespace GilGen.Package.Tests;

/// <summary>The repository checkout the tests run from (the folder holding GilGen.sln).</summary>
internal static class RepositoryRoot
{
    /// <summary>Walks up from the test assembly's folder.</summary>
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GilGen.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("GilGen.sln not found above " + AppContext.BaseDirectory);
    }
}
