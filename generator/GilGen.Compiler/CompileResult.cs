using System.Collections.Generic;
using GilGen.Compiler.Bytecode;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler;

/// <summary>What <see cref="PythonCompiler.Compile(string, string)"/> produced.</summary>
public sealed class CompileResult
{
    internal CompileResult(CodeObject? module, IReadOnlyList<CompilerDiagnostic> diagnostics, ModuleSyntax? syntax)
    {
        Module = module; Diagnostics = diagnostics; Syntax = syntax;
    }

    /// <summary>The module's code object; null when there are errors.</summary>
    public CodeObject? Module { get; }
    /// <summary>Errors and warnings, in source order of discovery.</summary>
    public IReadOnlyList<CompilerDiagnostic> Diagnostics { get; }
    /// <summary>The AST (also when there are errors, as far as it could be parsed), for analyzers.</summary>
    public ModuleSyntax? Syntax { get; }
    /// <summary>True when a code object was produced.</summary>
    public bool Success => Module != null;
}
