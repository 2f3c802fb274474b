using System.Collections.Generic;

namespace GilGen.Compiler;

/// <summary>Options of <see cref="PythonCompiler.Compile(string, string, CompilerOptions)"/>.</summary>
public sealed class CompilerOptions
{
    /// <summary>The modules GilGen's runtime provides today.</summary>
    public static readonly IReadOnlyCollection<string> DefaultKnownModules = new[]
    {
        "threading", "time", "sys", "dis", "os", "random", "queue", "concurrent", "concurrent.futures",
        "multiprocessing", "math", "collections", "itertools", "functools", "__future__",
    };

    /// <summary>The default options.</summary>
    public static CompilerOptions Default { get; } = new();

    /// <summary>Modules an import may name; any other is GIL0003.</summary>
    public IReadOnlyCollection<string> KnownModules { get; init; } = DefaultKnownModules;
}
