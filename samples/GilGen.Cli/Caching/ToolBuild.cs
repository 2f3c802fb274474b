using System;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

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
    /// The build of the assembly file <paramref name="path"/>, read from its metadata without loading it: a cached
    /// run never compiles, and loading Roslyn only to read its id cost 4 MB of resident memory and about 3% of the
    /// start-up's CPU time.
    /// </summary>
    public static ToolBuild OfFile(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        MetadataReader metadata = pe.GetMetadataReader();
        return new ToolBuild(metadata.GetString(metadata.GetAssemblyDefinition().Name), metadata.GetGuid(metadata.GetModuleDefinition().Mvid));
    }
}
