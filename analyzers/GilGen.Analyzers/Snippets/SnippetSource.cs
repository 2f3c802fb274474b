using System;
using System.Linq;
using System.Threading;
using GilGen.Generator.Snippets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Analyzers.Snippets;

/// <summary>How a snippet is written, which decides how an edit to it is spelled.</summary>
internal enum SnippetWriting
{
    /// <summary>A regular C# string literal: line breaks are <c>\n</c> escapes.</summary>
    Regular,
    /// <summary>A verbatim C# string literal (<c>@"..."</c>): real line breaks, <c>""</c> for a quote.</summary>
    Verbatim,
    /// <summary>A raw C# string literal (<c>"""..."""</c>): real line breaks, indented like its closing quotes.</summary>
    Raw,
    /// <summary>A .py AdditionalFile: the file is the snippet.</summary>
    PythonFile,
    /// <summary>A constant expression that is not one literal (a const field, a concatenation): positions cannot be traced.</summary>
    Unmapped,
}

/// <summary>
/// A Python snippet and where it is written: the text the generator compiles (read with the
/// generator's own <see cref="SnippetReader"/>, dedent included) and the map from snippet
/// positions to the .cs string literal or the .py file.
/// </summary>
internal sealed class SnippetSource
{
    private readonly SnippetLocationMap _map;

    private SnippetSource(string text, SnippetLocationMap map, string filePath, SyntaxTree? tree, SnippetWriting writing, SyntaxToken literal)
    {
        Text = text; _map = map; FilePath = filePath; Tree = tree; Writing = writing; Literal = literal;
    }

    /// <summary>The snippet as compiled (dedented).</summary>
    public string Text { get; }
    /// <summary>The .cs or .py file it is written in.</summary>
    public string FilePath { get; }
    /// <summary>The C# syntax tree, or null for a .py file.</summary>
    public SyntaxTree? Tree { get; }
    /// <summary>How it is written.</summary>
    public SnippetWriting Writing { get; }
    /// <summary>The string literal token for an attribute snippet (default for a .py file).</summary>
    public SyntaxToken Literal { get; }

    /// <summary>
    /// The snippet of a <c>[GilFunction]</c> or <c>[GilModule]</c> attribute, or null when
    /// <paramref name="attribute"/> is neither, or is not where the generator reads one, or has no
    /// constant string.
    /// </summary>
    public static SnippetSource? FromAttribute(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
    {
        if (!IsSnippetAttribute(attribute, model, cancellationToken)) return null;
        var argument = attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null);
        if (argument is null || model.GetConstantValue(argument.Expression, cancellationToken).Value is not string value) return null;
        var snippet = SnippetReader.FromAttributeArgument(value, argument.Expression, cancellationToken);
        var literal = argument.Expression is LiteralExpressionSyntax l ? l.Token : default;
        var writing = snippet.Map.Fallback is not null || literal == default ? SnippetWriting.Unmapped
            : literal.IsKind(SyntaxKind.MultiLineRawStringLiteralToken) || literal.IsKind(SyntaxKind.SingleLineRawStringLiteralToken) ? SnippetWriting.Raw
            : literal.Text.StartsWith("@", StringComparison.Ordinal) ? SnippetWriting.Verbatim
            : SnippetWriting.Regular;
        return new SnippetSource(snippet.Source, snippet.Map, attribute.SyntaxTree.FilePath, attribute.SyntaxTree, writing, literal);
    }

    /// <summary>The snippet of a .py AdditionalFile.</summary>
    public static SnippetSource FromPythonFile(string path, SourceText text)
    {
        var snippet = SnippetReader.FromPythonFile(path, text);
        return new SnippetSource(snippet.Source, snippet.Map, path, null, SnippetWriting.PythonFile, default);
    }

    /// <summary>True for an attribute the generator compiles: [GilFunction] on a method, [GilModule] on a class.</summary>
    public static bool IsSnippetAttribute(AttributeSyntax attribute, SemanticModel model, CancellationToken cancellationToken)
    {
        if (attribute.Parent is not AttributeListSyntax { Parent: MethodDeclarationSyntax or ClassDeclarationSyntax } list) return false;
        if (list.Target is { } target && target.Identifier.IsKind(SyntaxKind.ReturnKeyword)) return false;
        if (model.GetSymbolInfo(attribute, cancellationToken).Symbol is not IMethodSymbol { ContainingType: var type }) return false;
        var name = type.ToDisplayString();
        return list.Parent is MethodDeclarationSyntax
            ? name == SnippetAttributeNames.GilFunction
            : name == SnippetAttributeNames.GilModule;
    }

    /// <summary>The file span of the snippet text at <paramref name="start"/>, <paramref name="length"/> characters long.</summary>
    public TextSpan FileSpan(int start, int length) => _map.MapOffset(start, length).Span;

    /// <summary>Where in the file the snippet character at <paramref name="offset"/> is written (the literal's end for the snippet's end).</summary>
    public int FilePosition(int offset) => _map.MapOffset(offset, 0).Span.Start;

    /// <summary>The location to report snippet text at: a source location in the C# tree, or a position in the .py file.</summary>
    public Location LocationOf(int start, int length)
    {
        var mapped = _map.MapOffset(start, length);
        return Tree is not null ? Location.Create(Tree, mapped.Span) : mapped.ToLocation();
    }
}
