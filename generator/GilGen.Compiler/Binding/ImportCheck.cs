using System.Collections.Generic;
using GilGen.Compiler.Diagnostics;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler.Binding;

/// <summary>
/// Reports every import, at any depth, of a module GilGen's runtime does not provide (GIL0003): ahead-of-time
/// compiled code cannot find it at run time. A relative import names a module of the importing module's package,
/// which only the run knows (the runtime raises CPython's ImportError when there is none).
/// </summary>
internal sealed class ImportCheck : SyntaxWalker
{
    private readonly DiagnosticBag _diags;
    private readonly HashSet<string> _known;

    private ImportCheck(DiagnosticBag diags, IEnumerable<string> known)
    {
        _diags = diags;
        _known = new HashSet<string>(known);
    }

    /// <summary>Checks the imports of <paramref name="module"/> against <paramref name="options"/>' known modules.</summary>
    public static void Run(ModuleSyntax module, DiagnosticBag diags, CompilerOptions options)
        => new ImportCheck(diags, options.KnownModules).Visit(module);

    public override void VisitImportStmt(ImportStmt node)
    {
        foreach (var alias in node.Names)
            if (!_known.Contains(alias.Name)) UnknownModule(alias.Name, alias);
    }

    public override void VisitImportFromStmt(ImportFromStmt node)
    {
        if (node.Level == 0 && node.Module != null && !_known.Contains(node.Module))
            UnknownModule(node.Module, node);
    }

    private void UnknownModule(string name, SyntaxNode where)
        => _diags.Error(DiagnosticIds.UnknownModule, $"No module named '{name}' (GilGen's runtime does not provide it)", where);
}
