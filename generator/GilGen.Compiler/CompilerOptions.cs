using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace GilGen.Compiler;

/// <summary>Options of <see cref="PythonCompiler.Compile(string, string, CompilerOptions)"/>.</summary>
public sealed class CompilerOptions
{
    /// <summary>The modules GilGen's runtime provides: its registry's list (runtime/GilGen.Runtime/Modules/ImportableModules.cs).</summary>
    public static readonly IReadOnlyCollection<string> DefaultKnownModules = new ReadOnlyCollection<string>(ImportableModules.Names);

    /// <summary>The default options.</summary>
    public static CompilerOptions Default { get; } = new();

    /// <summary>Modules an import may name; any other is GIL0003.</summary>
    public IReadOnlyCollection<string> KnownModules { get; init; } = DefaultKnownModules;
}
