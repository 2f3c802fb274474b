using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using GilGen.Cli.Caching;
using GilGen.Compiler;
using GilGen.Compiler.Emit;
using GilGen.Runtime;

namespace GilGen.Cli.Compilation;

/// <summary>
/// Turns a .py file into a loadable assembly: Python source to code objects (<see cref="PythonCompiler"/>),
/// code objects to C# (<see cref="CSharpEmitter"/>, the same one the source generator uses), C# to IL
/// (Roslyn), with the result kept in an <see cref="AssemblyCache"/>.
/// </summary>
public sealed class ScriptCompiler
{
    /// <summary>The namespace of the partial class that receives a script's generated code.</summary>
    public const string ScriptNamespace = "GilGen.Scripts";

    /// <summary>The partial class that receives a script's generated code.</summary>
    public const string ScriptClassName = "Script";

    /// <summary>The full name of the script class, for reflection.</summary>
    public const string ScriptTypeName = ScriptNamespace + "." + ScriptClassName;

    private readonly AssemblyCache _cache;

    /// <summary>Creates a compiler that keeps its output in <paramref name="cache"/>.</summary>
    public ScriptCompiler(AssemblyCache cache)
    {
        _cache = cache;
    }

    /// <summary>The builds of the assemblies that decide what a script compiles to (part of every cache key).</summary>
    /// <remarks>
    /// The compiler's and Roslyn's are read from their files: loading them is for compiling, which a cached run does
    /// not do. Roslyn's own id is needed although gilgen's id names its version (gilgen's references carry it): a
    /// Roslyn of another build with the same assembly version (a patch release) leaves gilgen's id alone.
    /// </remarks>
    public static IReadOnlyList<ToolBuild> ToolBuilds { get; } = new[]
    {
        ToolBuild.Of(typeof(ScriptCompiler).Assembly),
        ToolBuild.Of(typeof(GilInterpreter).Assembly),
        BuildBesideGilgen(CompilerAssemblyName),
        BuildBesideGilgen(RoslynAssemblyName),
    };

    // The Python compiler and the C# emitter (one assembly), and Roslyn.
    private const string CompilerAssemblyName = "GilGen.Compiler";
    private const string RoslynAssemblyName = "Microsoft.CodeAnalysis.CSharp";

    // An assembly's build from its file beside gilgen's when it is there (it is, unless gilgen is published as one
    // file, where the assembly is loaded by name instead). No type of it is named here: the JIT would load the
    // assembly to compile this method.
    private static ToolBuild BuildBesideGilgen(string assemblyName)
    {
        string path = Path.Combine(AppContext.BaseDirectory, assemblyName + ".dll");
        return File.Exists(path) ? ToolBuild.OfFile(path) : ToolBuild.Of(Assembly.Load(new AssemblyName(assemblyName)));
    }

    /// <summary>The cache key of <paramref name="source"/> compiled as <paramref name="fileName"/> in this process.</summary>
    /// <remarks>
    /// The program's modules beside the script (<see cref="ProgramModules"/>) are not part of it: they decide only
    /// whether an import compiles, and a script that compiled imports them at run time, as CPython finds them then.
    /// </remarks>
    public static CacheKey KeyFor(string fileName, string source, string? moduleName = null)
    {
        // The extension modules loaded (--exports) decide which imports compile, so they are part of the key.
        var extensions = new List<string>(ExtensionModules.Names);
        extensions.Sort(StringComparer.Ordinal);
        return CacheKey.For(source, fileName, ToolBuilds, extensions, moduleName == ModuleNameOf(fileName) ? null : moduleName);
    }

    /// <summary>The script compiled before, from the cache; null when it is not there.</summary>
    /// <remarks>
    /// Names no type of the compiler, the emitter or Roslyn, so that a cached run never loads them (the JIT loads
    /// an assembly when it compiles a method that names one of its types).
    /// </remarks>
    /// <param name="fileName">The file name tracebacks show (CPython shows the script's absolute path).</param>
    /// <param name="source">The script's text.</param>
    /// <param name="moduleName">The module's dotted name, when it is not the file's name (a package's submodule).</param>
    public CompiledScript? TryGetCached(string fileName, string source, string? moduleName = null)
    {
        CacheKey key = KeyFor(fileName, source, moduleName);
        return _cache.TryGet(key, out byte[]? image) ? new CompiledScript(_cache.PathFor(key), image, key, FromCache: true) : null;
    }

    /// <summary>Compiles <paramref name="source"/>, or loads it from the cache when it was compiled before.</summary>
    /// <param name="fileName">The file name tracebacks show (CPython shows the script's absolute path).</param>
    /// <param name="source">The script's text.</param>
    /// <exception cref="EmittedCodeException">The generated C# did not compile (a GilGen bug).</exception>
    public ScriptBuildResult Build(string fileName, string source) =>
        TryGetCached(fileName, source) is CompiledScript cached
            ? new ScriptBuildResult(cached, Array.Empty<CompilerDiagnostic>())
            : Compile(fileName, source);

    /// <summary>Compiles <paramref name="source"/> and stores it in the cache, whether or not it was there.</summary>
    /// <param name="fileName">The file name tracebacks show.</param>
    /// <param name="source">The script's text.</param>
    /// <exception cref="EmittedCodeException">The generated C# did not compile (a GilGen bug).</exception>
    /// <param name="moduleName">The module's dotted name, when it is not the file's name (a package's submodule).</param>
    /// <param name="programModules">The program's modules beside the script, which its imports may name too.</param>
    public ScriptBuildResult Compile(string fileName, string source, string? moduleName = null, IReadOnlyCollection<string>? programModules = null)
    {
        string? code = Translate(fileName, source, ScriptClassName, out IReadOnlyList<CompilerDiagnostic> diagnostics, moduleName, programModules);
        if (code is null)
            return new ScriptBuildResult(null, diagnostics);

        // The hash in the name keeps two scripts (or two versions of one) apart in one process.
        CacheKey key = KeyFor(fileName, source, moduleName);
        string assemblyName = "gilgen-script-" + key.Value.Substring(0, 16);
        byte[] image = CSharpAssemblyCompiler.Compile(code, assemblyName, fileName + ".g.cs");
        string path = _cache.Store(key, image);
        return new ScriptBuildResult(new CompiledScript(path, image, key, FromCache: false), diagnostics);
    }

    /// <summary>
    /// Python source to the C# of a partial class <paramref name="className"/> in
    /// <see cref="ScriptNamespace"/>, or null and the errors (a SyntaxError, or GIL0002 for a
    /// construct the emitter cannot translate yet).
    /// </summary>
    /// <param name="fileName">The file name tracebacks show.</param>
    /// <param name="source">The script's text.</param>
    /// <param name="className">The class that receives the code (the fuzzer puts many scripts in one assembly).</param>
    /// <param name="diagnostics">The compiler's diagnostics (warnings too when it succeeds).</param>
    /// <param name="moduleName">The module's dotted name; null for the file's name.</param>
    /// <param name="programModules">The program's modules beside the script, which its imports may name too.</param>
    public static string? Translate(string fileName, string source, string className, out IReadOnlyList<CompilerDiagnostic> diagnostics,
                                    string? moduleName = null, IReadOnlyCollection<string>? programModules = null)
    {
        // The runtime's list of importable modules, with the extension modules loaded so far (docs/exports.md) and the
        // program's own modules.
        var options = ExtensionModules.Names.Count == 0 && programModules is not { Count: > 0 }
            ? CompilerOptions.Default
            : new CompilerOptions { KnownModules = ModuleRegistry.AllImportableModuleNames.Concat(programModules ?? Array.Empty<string>()).ToArray() };
        CompileResult compiled = PythonCompiler.Compile(source, fileName, options);
        diagnostics = compiled.Diagnostics;
        if (!compiled.Success || compiled.Module is null)
            return null;

        var request = new ModuleEmitRequest(
            Namespace: ScriptNamespace,
            ContainingTypes: new[] { "public static partial class " + className },
            FileName: fileName,
            LineOffset: 0,
            ModuleName: moduleName ?? ModuleNameOf(fileName),
            Source: source,
            Functions: Array.Empty<FunctionBinding>(),
            ExposeModuleMembers: true);
        try
        {
            return CSharpEmitter.Emit(compiled.Module, request);
        }
        catch (EmitException e)
        {
            // Valid Python the emitter cannot translate yet: reported like any compile error, as the
            // source generator reports it (GIL0002 at the construct's line).
            diagnostics = new[] { new CompilerDiagnostic(DiagnosticIds.UnsupportedConstruct, e.Message, DiagnosticSeverity.Error, e.Line, 0, 0, 0) };
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug in the emitter: reported as GilGen's internal error, never as a missing feature.
            diagnostics = new[] { new CompilerDiagnostic(DiagnosticIds.InternalError, InternalErrorMessage.For(e, "emitter"), DiagnosticSeverity.Error, 1, 0, 0, 0) };
            return null;
        }
    }

    /// <summary>The name the module would have if imported: the file name without its extension.</summary>
    public static string ModuleNameOf(string fileName) => Path.GetFileNameWithoutExtension(fileName);
}
