using System;
using System.Collections.Generic;
using System.IO;
using GilGen.Cli.Caching;
using GilGen.Compiler;
using GilGen.Runtime;

namespace GilGen.Cli.Compilation;

/// <summary>
/// The program's own modules: the .py files beside the script and the packages there (folders with an
/// <c>__init__.py</c>, and their modules), which the script imports by name as CPython finds them on sys.path[0].
/// Each is compiled (or taken from the cache) on its first import, in whichever interpreter imports it first.
/// </summary>
public sealed class ProgramModules
{
    // How deep packages may nest below the script's folder: enough for any program, and a bound on the walk.
    private const int MaxPackageDepth = 8;

    private readonly string _root;
    private readonly AssemblyCache _cache;
    private readonly Dictionary<string, ModuleDefinition?> _found = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private List<string>? _names;

    /// <summary>The modules beside <paramref name="scriptPath"/>, compiled into <paramref name="cache"/>.</summary>
    public ProgramModules(string scriptPath, AssemblyCache cache)
    {
        _root = Path.GetDirectoryName(Path.GetFullPath(scriptPath)) ?? ".";
        _cache = cache;
    }

    /// <summary>
    /// The dotted names of the modules and packages beside the script (its own name too: CPython imports it again as a
    /// module of that name), for the compile-time check of the imports of the script and of each of these modules.
    /// </summary>
    public IReadOnlyCollection<string> Names
    {
        get
        {
            lock (_gate)
            {
                return _names ??= NamesIn(_root);
            }
        }
    }

    /// <summary><see cref="Names"/> for the script at <paramref name="scriptPath"/>, without a cache (for <c>gilgen dis</c>).</summary>
    public static IReadOnlyCollection<string> NamesBeside(string scriptPath) =>
        NamesIn(Path.GetDirectoryName(Path.GetFullPath(scriptPath)) ?? ".");

    private static List<string> NamesIn(string root)
    {
        var names = new List<string>();
        AddNames(root, "", 0, names);
        return names;
    }

    private static void AddNames(string folder, string prefix, int depth, List<string> names)
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.py"))
            {
                var stem = Path.GetFileNameWithoutExtension(file);
                if (stem != "__init__" && IsIdentifier(stem)) names.Add(prefix + stem);
            }
            if (depth >= MaxPackageDepth) return;
            foreach (var sub in Directory.EnumerateDirectories(folder))
            {
                var name = Path.GetFileName(sub);
                if (!IsIdentifier(name) || !File.Exists(Path.Combine(sub, "__init__.py"))) continue;
                names.Add(prefix + name);
                AddNames(sub, prefix + name + ".", depth + 1, names);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // An unreadable folder holds no importable module, as for CPython's path finder.
        }
    }

    // A name `import` can spell: a letter or underscore, then letters, digits and underscores.
    private static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_')) return false;
        foreach (char c in name)
            if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
        return true;
    }

    /// <summary>
    /// The module named <paramref name="dottedName"/> beside the script, compiled; null when there is no such file. A
    /// module that does not compile raises, where it is imported, the SyntaxError CPython raises there (pointing into
    /// the module). Thread-safe: worker interpreters import in parallel.
    /// </summary>
    public ModuleDefinition? Find(string dottedName)
    {
        lock (_gate)
        {
            if (_found.TryGetValue(dottedName, out var known)) return known;
            var found = Compile(dottedName);
            _found[dottedName] = found;
            return found;
        }
    }

    private ModuleDefinition? Compile(string dottedName)
    {
        var parts = dottedName.Split('.');
        foreach (var part in parts)
            if (!IsIdentifier(part)) return null;
        string folder = _root;
        // Each enclosing package must be a folder with an __init__.py, as for CPython's path finder.
        for (int i = 0; i < parts.Length - 1; i++)
        {
            folder = Path.Combine(folder, parts[i]);
            if (!File.Exists(Path.Combine(folder, "__init__.py"))) return null;
        }
        string last = parts[^1];
        string package = Path.Combine(folder, last, "__init__.py");
        string path = File.Exists(package) ? package : Path.Combine(folder, last + ".py");
        if (!File.Exists(path)) return null;
        string source;
        try { source = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }

        var compiler = new ScriptCompiler(_cache);
        var script = compiler.TryGetCached(path, source, dottedName) ?? Build(compiler, path, source, dottedName);
        return script.Load();
    }

    // Apart from Compile and never inlined, as ScriptModuleLoader's: only a module that is not in the cache needs the
    // compiler's assembly loaded.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private CompiledScript Build(ScriptCompiler compiler, string path, string source, string dottedName)
    {
        var build = compiler.Compile(path, source, dottedName, Names);
        if (build.Script is CompiledScript compiled) return compiled;
        throw CompileError(build.FirstError!, path, source);
    }

    // What CPython raises where a module that does not compile is imported: a SyntaxError that points into the module
    // (msg, (filename, lineno, offset, text, end_lineno, end_offset)), offsets counted from 1; or, for code nested too
    // deep and for GilGen's own bugs, RecursionError and SystemError with the message alone.
    private static PyException CompileError(CompilerDiagnostic error, string path, string source)
    {
        string kind = SyntaxErrorReport.KindOf(error);
        if (kind != "SyntaxError")
            return PyErr.New(kind == "RecursionError" ? ExceptionTypes.RecursionError : ExceptionTypes.SystemError, error.Message);
        string? text = SyntaxErrorReport.LineOf(source, error.Line);
        int offset = error.Column + 1;
        var details = new PyTuple(new[]
        {
            PyValue.Str(path), PyValue.Int(error.Line), PyValue.Int(offset), text is null ? PyValue.None : PyValue.Str(text + "\n"),
            PyValue.Int(error.Line), PyValue.Int(offset + Math.Max(1, error.Length)),
        });
        return new PyException(new PyBaseException(ExceptionTypes.SyntaxError, new PyTuple(new[] { PyValue.Str(error.Message), PyValue.From(details) })));
    }
}
