using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace GilGen.Cli.Compilation;

/// <summary>
/// The metadata references a script's C# is compiled against: the assemblies of the running shared
/// framework (from the trusted platform assemblies list, so no reference pack needs to be installed)
/// and the GilGen runtime itself. Built once per process: reading ~170 files is not free.
/// </summary>
public static class FrameworkReferences
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> All = new(Create);

    /// <summary>The references, in a stable order.</summary>
    public static IReadOnlyList<MetadataReference> Get() => All.Value;

    private static IReadOnlyList<MetadataReference> Create()
    {
        string frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)
            ?? throw new InvalidOperationException("the shared framework's folder is unknown");
        string runtimePath = typeof(GilInterpreter).Assembly.Location;

        var paths = new SortedSet<string>(StringComparer.Ordinal);
        string? trusted = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string;
        if (trusted is not null)
        {
            // Only the framework's own assemblies: a test host puts xunit and friends in the list
            // too, and a script must compile the same way wherever gilgen runs.
            foreach (string path in trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                if (string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal)
                    && IsManagedAssembly(path))
                    paths.Add(path);
            }
        }
        else
        {
            foreach (string path in Directory.EnumerateFiles(frameworkDirectory, "*.dll"))
                if (IsManagedAssembly(path))
                    paths.Add(path);
        }
        paths.Add(runtimePath);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
    }

    private static bool IsManagedAssembly(string path)
    {
        // The framework folder also has native libraries (libclrjit.so ...) and a few native .dll
        // shims on other platforms; only files with managed metadata can be references.
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
