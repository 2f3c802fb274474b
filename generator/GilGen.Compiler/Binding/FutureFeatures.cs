using GilGen.Compiler.Bytecode;
using GilGen.Compiler.Diagnostics;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler.Binding;

/// <summary>
/// CPython 3.9's future.c: the <c>from __future__ import ...</c> statements at the top of a module
/// (after its docstring), the features they turn on, and the code flags those features set.
/// </summary>
internal sealed class FutureFeatures
{
    /// <summary>Code-object flags every code object of the module carries (CO_FUTURE_*).</summary>
    public CodeFlags Flags { get; private set; }

    /// <summary><c>from __future__ import annotations</c>: annotations are stored as strings.</summary>
    public bool Annotations => (Flags & CodeFlags.FutureAnnotations) != 0;

    /// <summary>Line of the last future statement at the top (ff_lineno); a later one is an error.</summary>
    public int LastLine { get; private set; } = -1;

    /// <summary>Reads the module's leading future statements; unknown features are GIL0001 as in CPython.</summary>
    public static FutureFeatures Read(ModuleSyntax module, DiagnosticBag diags)
    {
        var ff = new FutureFeatures();
        for (int i = 0; i < module.Body.Count; i++)
        {
            var s = module.Body[i];
            if (i == 0 && s is ExprStmt { Value: ConstantExpr { Value.Kind: ConstantKind.Str } }) continue;
            if (s is not ImportFromStmt { Module: "__future__", Level: 0 } imf) break;
            ff.LastLine = s.Line;
            foreach (var alias in imf.Names)
            {
                switch (alias.Name)
                {
                    case "nested_scopes": case "generators": case "division": case "absolute_import":
                    case "with_statement": case "print_function": case "unicode_literals":
                        break;
                    case "generator_stop": ff.Flags |= CodeFlags.FutureGeneratorStop; break;
                    case "annotations": ff.Flags |= CodeFlags.FutureAnnotations; break;
                    case "barry_as_FLUFL":
                        diags.Error(DiagnosticIds.UnsupportedConstruct, "'from __future__ import barry_as_FLUFL' is not supported by GilGen", alias);
                        break;
                    case "braces": diags.Error(DiagnosticIds.SyntaxError, "not a chance", alias); break;
                    default: diags.Error(DiagnosticIds.SyntaxError, $"future feature {alias.Name} is not defined", alias); break;
                }
            }
        }
        return ff;
    }
}
