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
            CheckImports(syntax.Body, diags, options);
            if (diags.ErrorCount == 0)
            {
                var future = FutureFeatures.Read(syntax, diags);
                ConstantFolder.Fold(syntax, future.Annotations);
                var st = SymbolTable.Build(syntax, diags, future.Annotations);
                if (diags.ErrorCount == 0) module = CodeGenerator.Compile(syntax, st, diags, fileName, future);
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

    private static void CheckImports(List<StmtSyntax> body, DiagnosticBag diags, CompilerOptions options)
    {
        var known = new HashSet<string>(options.KnownModules);
        foreach (var s in body)
        {
            switch (s)
            {
                case ImportStmt im:
                    foreach (var alias in im.Names)
                        if (!known.Contains(alias.Name)) UnknownModule(diags, alias.Name, alias);
                    break;
                case ImportFromStmt imf:
                    if (imf.Level > 0)
                        diags.Error(DiagnosticIds.UnsupportedConstruct, "relative imports are not supported by GilGen yet", imf);
                    else if (imf.Module != null && !known.Contains(imf.Module))
                        UnknownModule(diags, imf.Module, imf);
                    break;
                case FunctionDefStmt f: CheckImports(f.Body, diags, options); break;
                case ClassDefStmt c: CheckImports(c.Body, diags, options); break;
                case IfStmt i: CheckImports(i.Body, diags, options); CheckImports(i.OrElse, diags, options); break;
                case WhileStmt w: CheckImports(w.Body, diags, options); CheckImports(w.OrElse, diags, options); break;
                case ForStmt fo: CheckImports(fo.Body, diags, options); CheckImports(fo.OrElse, diags, options); break;
                case WithStmt wi: CheckImports(wi.Body, diags, options); break;
                case TryStmt t:
                    CheckImports(t.Body, diags, options);
                    foreach (var h in t.Handlers) CheckImports(h.Body, diags, options);
                    CheckImports(t.OrElse, diags, options);
                    CheckImports(t.FinalBody, diags, options);
                    break;
            }
        }
    }

    private static void UnknownModule(DiagnosticBag diags, string name, SyntaxNode where)
        => diags.Error(DiagnosticIds.UnknownModule, $"No module named '{name}' (GilGen's runtime does not provide it)", where);
}
