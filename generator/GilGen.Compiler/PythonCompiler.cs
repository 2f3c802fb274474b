using System;
using System.Collections.Generic;
using System.Threading;
using GilGen.Compiler.Binding;
using GilGen.Compiler.Bytecode;
using GilGen.Compiler.Diagnostics;
using GilGen.Compiler.Syntax;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler;

/// <summary>Compiles a Python snippet to CPython 3.9 code objects.</summary>
public static class PythonCompiler
{
    // Deeply nested expressions recurse once per level in every pass; a big stack keeps that safe.
    private const int StackSize = 64 * 1024 * 1024;

    /// <summary>Compiles <paramref name="source"/>; never throws: every problem is a diagnostic.</summary>
    /// <param name="source">Python source.</param>
    /// <param name="fileName">co_filename, e.g. <c>demo.py</c>.</param>
    public static CompileResult Compile(string source, string fileName) => Compile(source, fileName, CompilerOptions.Default);

    /// <summary>Compiles <paramref name="source"/> with <paramref name="options"/>; never throws.</summary>
    public static CompileResult Compile(string source, string fileName, CompilerOptions options)
    {
        source ??= "";
        fileName ??= "<string>";
        options ??= CompilerOptions.Default;
        CompileResult? result = null;
        var thread = new Thread(() => result = CompileCore(source, fileName, options), StackSize);
        thread.Start();
        thread.Join();
        return result!;
    }

    private static CompileResult CompileCore(string source, string fileName, CompilerOptions options)
    {
        var text = new SourceText(source);
        var diags = new DiagnosticBag(text);
        ModuleSyntax? syntax = null;
        CodeObject? module = null;
        try
        {
            var tokens = new Lexer(text, diags).Tokenize();
            syntax = new Parser(text, diags, tokens).ParseModule();
            ImportCheck.Run(syntax, diags, options);
            if (diags.ErrorCount == 0)
            {
                var future = FutureFeatures.Read(syntax, diags);
                var folded = ConstantFolder.Fold(syntax, future.Annotations);
                var st = SymbolTable.Build(folded, diags, future.Annotations);
                if (diags.ErrorCount == 0) module = CodeGenerator.Compile(folded, st, diags, fileName, future);
            }
        }
        catch (Exception ex)
        {
            // A bug in GilGen must not take the caller down: report it where we are.
            diags.Error(DiagnosticIds.InternalError, "internal compiler error: " + ex.GetType().Name + ": " + ex.Message, 0, 0);
            module = null;
        }
        if (diags.ErrorCount > 0) module = null;
        return new CompileResult(module, diags.SortedItems(), syntax);
    }
}
