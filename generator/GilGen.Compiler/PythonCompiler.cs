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
/// <remarks>
/// Runs on the caller's thread: the lexer, the parser and <see cref="NestingLimit"/> bound how deep
/// every recursive pass goes (CPython's own limits), so an ordinary 1 MiB stack is enough.
/// </remarks>
public static class PythonCompiler
{
    /// <summary>
    /// Tests only: while set, every compile on this thread throws it after parsing, standing for a
    /// bug in a pass, so that tests can prove such a bug is reported as GIL0008 end to end.
    /// </summary>
    [ThreadStatic] internal static Exception? InjectedFault;

    /// <summary>Compiles <paramref name="source"/>; never throws: every problem is a diagnostic.</summary>
    /// <param name="source">Python source.</param>
    /// <param name="fileName">co_filename, e.g. <c>demo.py</c>.</param>
    public static CompileResult Compile(string source, string fileName) => Compile(source, fileName, CompilerOptions.Default);

    /// <summary>Compiles <paramref name="source"/> with <paramref name="options"/>; never throws.</summary>
    public static CompileResult Compile(string source, string fileName, CompilerOptions options)
        => Compile(source, fileName, options, CancellationToken.None);

    /// <summary>
    /// Compiles <paramref name="source"/> with <paramref name="options"/>, checking
    /// <paramref name="cancellationToken"/> at every statement.
    /// </summary>
    /// <exception cref="OperationCanceledException">When <paramref name="cancellationToken"/> is canceled; never anything else.</exception>
    public static CompileResult Compile(string source, string fileName, CompilerOptions options, CancellationToken cancellationToken)
    {
        source ??= "";
        fileName ??= "<string>";
        options ??= CompilerOptions.Default;
        cancellationToken.ThrowIfCancellationRequested();
        return CompileCore(source, fileName, options, cancellationToken);
    }

    private static CompileResult CompileCore(string source, string fileName, CompilerOptions options, CancellationToken cancellationToken)
    {
        var text = new SourceText(source);
        var diags = new DiagnosticBag(text);
        ModuleSyntax? syntax = null;
        CodeObject? module = null;
        try
        {
            var tokens = new Lexer(text, diags).Tokenize();
            syntax = new Parser(text, diags, tokens, cancellationToken).ParseModule();
            if (InjectedFault is { } fault) throw fault;
            if (NestingLimit.Check(syntax, diags))
            {
                ImportCheck.Run(syntax, diags, options);
                if (diags.ErrorCount == 0)
                {
                    var future = FutureFeatures.Read(syntax, diags);
                    var folded = ConstantFolder.Fold(syntax, future.Annotations);
                    var st = SymbolTable.Build(folded, diags, future.Annotations);
                    if (diags.ErrorCount == 0) module = CodeGenerator.Compile(folded, st, diags, fileName, future, cancellationToken);
                }
            }
        }
        catch (InsufficientExecutionStackException)
        {
            // The caller's own stack was already nearly full: the limits above assume an ordinary thread.
            diags.Error(DiagnosticIds.NestingTooDeep, NestingLimit.Message, 0, 0);
            module = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug in GilGen must not take the caller down, nor pass for a missing feature.
            diags.InternalError(InternalErrorMessage.For(ex, "compiler"), 0, 0);
            module = null;
        }
        if (diags.ErrorCount > 0) module = null;
        return new CompileResult(module, diags.SortedItems(), syntax);
    }
}
