using System;
using System.IO;
using System.Reflection;

namespace GilGen.Cli.Caching;

/// <summary>
/// One build of an assembly that shapes what a script compiles to: its name and module version id (a hash of its
/// content under deterministic builds). Part of every <see cref="CacheKey"/>.
/// </summary>
/// <param name="Name">The assembly's simple name.</param>
/// <param name="Mvid">Its module version id.</param>
public sealed record ToolBuild(string Name, Guid Mvid)
{
    /// <summary>The build of an assembly already loaded.</summary>
    public static ToolBuild Of(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return new ToolBuild(assembly.GetName().Name!, assembly.ManifestModule.ModuleVersionId);
    }

    /// <summary>
    /// The build of the assembly file <paramref name="path"/>, named by its file name (an assembly's file is named
    /// after it), read from its headers without loading it or System.Reflection.Metadata (<see cref="ModuleVersionIdReader"/>):
    /// a cached run never compiles, so it needs Roslyn's and the compiler's ids but not their code.
    /// </summary>
    public static ToolBuild OfFile(string path) =>
        new(Path.GetFileNameWithoutExtension(path), ModuleVersionIdReader.Read(path));
}
