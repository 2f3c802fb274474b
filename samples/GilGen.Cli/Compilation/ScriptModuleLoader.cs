using System.IO;
using System.Runtime.CompilerServices;
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
        var compiler = new ScriptCompiler(cache);
        var programModules = new ProgramModules(file.FullPath, cache);
        CompiledScript? script = compiler.TryGetCached(file.FullPath, file.Source) ?? Compile(compiler, file, programModules, stderr);
        if (script is null)
        {
            status = ExitStatus.UncaughtException;
            return null;
        }
        ModuleDefinition module = script.Load();
        // Its imports of the modules beside it find them when they run (CPython's sys.path[0]).
        module.ProgramModules = programModules.Find;
        return module;
    }

    // Apart from Load, so that a cached run does not JIT it: it names the compiler's types, whose assembly the JIT
    // would load (and never inlined, for the same reason).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static CompiledScript? Compile(ScriptCompiler compiler, ScriptFile file, ProgramModules programModules, TextWriter stderr)
    {
        ScriptBuildResult build = compiler.Compile(file.FullPath, file.Source, programModules: programModules.Names);
        if (build.Script is null)
            SyntaxErrorReport.Write(stderr, build.FirstError!, file.FullPath, file.Source);
        return build.Script;
    }
}
