using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GilGen.Analyzers.Snippets;

/// <summary>
/// The attributes of a document that can hold a snippet: those on a method or a class
/// (<see cref="SnippetSource.IsSnippetAttribute"/> tells which are [GilFunction] and [GilModule]),
/// found by walking namespaces and type declarations only. No attribute inside a member body (on a
/// local function or a lambda) is one the generator compiles, so bodies are never entered.
/// </summary>
internal static class SnippetAttributes
{
    /// <summary>The attributes on methods and classes under <paramref name="root"/>, in source order.</summary>
    public static IEnumerable<AttributeSyntax> In(SyntaxNode root)
    {
        foreach (var node in root.DescendantNodes(DescendsInto))
        {
            var lists = node switch
            {
                MethodDeclarationSyntax method => method.AttributeLists,
                ClassDeclarationSyntax type => type.AttributeLists,
                _ => default,
            };
            foreach (var list in lists)
            {
                foreach (var attribute in list.Attributes) yield return attribute;
            }
        }
    }

    // Into namespaces and types (nested types included); not into members, whose attributes are on the member node itself.
    private static bool DescendsInto(SyntaxNode node) =>
        node is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax or TypeDeclarationSyntax;
}
