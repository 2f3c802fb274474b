using System.IO;
using GilGen.Cli.Caching;
using GilGen.Cli.Execution;
using GilGen.Runtime;

namespace GilGen.Cli.Compilation;

/// <summary>Reads, compiles (or loads from the cache) and loads a .py file named on the command line.</summary>
public static class ScriptModuleLoader
{
    /// <summary>
    /// The module of the script at <paramref name="path"/>; null when it cannot be opened or does not compile,
    /// after writing python's message to <paramref name="stderr"/> and setting <paramref name="status"/>.
    /// </summary>
    public static ModuleDefinition? Load(string path, TextWriter stderr, AssemblyCache cache, out int status)
    {
        status = ExitStatus.Success;
        ScriptFile? file = ScriptFile.TryRead(path, stderr);
        if (file is null)
        {
            status = ExitStatus.CannotOpenFile;
            return null;
        }
        ScriptBuildResult build = new ScriptCompiler(cache).Build(file.FullPath, file.Source);
        if (build.Script is null)
        {
            SyntaxErrorReport.Write(stderr, build.FirstError!, file.FullPath, file.Source);
            status = ExitStatus.UncaughtException;
            return null;
        }
        return build.Script.Load();
    }
}
