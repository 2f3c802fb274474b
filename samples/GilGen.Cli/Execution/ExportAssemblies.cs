using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using GilGen.Runtime;

namespace GilGen.Cli.Execution;

/// <summary>
/// <c>gilgen run --exports ASSEMBLY.dll</c>: loads built assemblies and registers their extension modules
/// (<c>[GilExtensionModule]</c> classes, docs/exports.md) before the script compiles, so that it may import them.
/// </summary>
public static class ExportAssemblies
{
    /// <summary>Loads each assembly; false after writing why to <paramref name="stderr"/> when one cannot be loaded.</summary>
    public static bool Load(IReadOnlyList<string> paths, TextWriter stderr)
    {
        foreach (string path in paths)
        {
            try
            {
                // The default load context: the assembly binds to the GilGen.Runtime gilgen itself runs.
                var assembly = Assembly.LoadFrom(Path.GetFullPath(path));
                if (ExtensionModules.LoadAssembly(assembly).Count == 0)
                    stderr.WriteLine($"gilgen: warning: '{path}' has no [GilExtensionModule] class");
            }
            catch (Exception e) when (e is IOException or BadImageFormatException or ArgumentException or UnauthorizedAccessException or TypeInitializationException)
            {
                stderr.WriteLine($"gilgen: cannot load the exports of '{path}': {(e is TypeInitializationException { InnerException: { } inner } ? inner.Message : e.Message)}");
                return false;
            }
        }
        return true;
    }
}
