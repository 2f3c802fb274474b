using System;
using System.Reflection;
using GilGen.Cli.Caching;
using GilGen.Runtime;

namespace GilGen.Cli.Compilation;

/// <summary>A script compiled to an assembly in the cache, ready to load and run.</summary>
/// <param name="EntryPath">The cache entry that holds the assembly.</param>
/// <param name="Image">The assembly's bytes.</param>
/// <param name="Key">Its cache key.</param>
/// <param name="FromCache">True when the assembly was already cached and nothing was compiled.</param>
public sealed record CompiledScript(string EntryPath, byte[] Image, CacheKey Key, bool FromCache)
{
    /// <summary>
    /// Loads the assembly and returns the module definition the emitter put on the script class.
    /// </summary>
    /// <remarks>
    /// Loaded from bytes: each load gets its own load context, so running the same script twice in
    /// one process (tests do) starts from fresh statics, and the cache entry is never locked.
    /// </remarks>
    public ModuleDefinition Load()
    {
        Assembly assembly = Assembly.Load(Image);
        Type type = assembly.GetType(ScriptCompiler.ScriptTypeName, throwOnError: true)!;
        PropertyInfo property = type.GetProperty("ModuleDefinition", BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"{ScriptCompiler.ScriptTypeName} has no ModuleDefinition property");
        return (ModuleDefinition)(property.GetValue(null)
            ?? throw new InvalidOperationException($"{ScriptCompiler.ScriptTypeName}.ModuleDefinition is null"));
    }
}
