using System.Collections.Generic;
using System.Linq;
using GilGen.Compiler;

namespace GilGen.Cli.Compilation;

/// <summary>The outcome of building a script: a compiled assembly, or the compiler's diagnostics.</summary>
/// <param name="Script">The compiled script; null when the Python source has errors.</param>
/// <param name="Diagnostics">The Python compiler's diagnostics (empty on a cache hit, which skips compiling).</param>
public sealed record ScriptBuildResult(CompiledScript? Script, IReadOnlyList<CompilerDiagnostic> Diagnostics)
{
    /// <summary>True when <see cref="Script"/> is available.</summary>
    public bool Success => Script is not null;

    /// <summary>The first error, which is what CPython reports (it stops at the first).</summary>
    public CompilerDiagnostic? FirstError => Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
}
