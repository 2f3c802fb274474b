using System.Collections.Generic;
using GilGen.Compiler.Diagnostics;
using GilGen.Compiler.Syntax.Ast;

namespace GilGen.Compiler.Syntax;

/// <summary>
/// How deep a syntax tree may nest (statements and expressions counted alike), checked once after
/// parsing and without recursion. Every later pass (folding, scopes, code generation, the analyzers'
/// walks) recurses once per level, so this bound is what keeps them inside an ordinary 1 MiB thread
/// stack. Past it the snippet gets CPython's own verdict, <c>RecursionError: maximum recursion depth
/// exceeded during compilation</c> (GIL0009), where the tree gets too deep.
/// </summary>
internal static class NestingLimit
{
    /// <summary>
    /// The deepest nesting compiled. CPython 3.12 stops at about 3000 (its C recursion limit during
    /// compilation); GilGen stops at 1000, so that its deepest pass uses about a third of a 1 MiB
    /// stack and the host (the C# compiler, the IDE) keeps the rest. Real code nests far less.
    /// </summary>
    public const int MaxDepth = 1000;

    /// <summary>CPython's message.</summary>
    public const string Message = "maximum recursion depth exceeded during compilation";

    /// <summary>Reports GIL0009 at the first node nested deeper than <see cref="MaxDepth"/>; true when there is none.</summary>
    public static bool Check(ModuleSyntax module, DiagnosticBag diags)
    {
        var pending = new Stack<(SyntaxNode Node, int Depth)>();
        pending.Push((module, 0));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > MaxDepth)
            {
                diags.Error(DiagnosticIds.NestingTooDeep, Message, node);
                return false;
            }
            var children = node.ChildNodes();
            for (int i = children.Count - 1; i >= 0; i--) pending.Push((children[i], depth + 1));
        }
        return true;
    }
}
