using System;
using System.Threading;
using GilGen.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Generator.Snippets;

/// <summary>
/// The attribute argument a snippet is written in, as the declaration step captures it without decoding it: Roslyn
/// runs that step for every snippet whenever the compilation changes (any keystroke), so it only records the
/// argument, and <see cref="SnippetReader.FromArgument"/> decodes it in a step that runs when this record changes.
/// No syntax node is kept. Two arguments are equal when their value, file, position and literal text are:
/// <see cref="FileText"/> is left out, because it serves only to find the lines of the characters inside
/// <see cref="Span"/>, which the literal's text and <see cref="LineSpan"/>'s start determine; so an edit elsewhere in
/// the same file that does not move the snippet leaves it equal.
/// </summary>
/// <param name="Value">The argument's constant string, as the compiler evaluated it.</param>
/// <param name="FilePath">The .cs file.</param>
/// <param name="FileText">That file's text, when the argument was read.</param>
/// <param name="Span">The argument expression in <paramref name="FileText"/>.</param>
/// <param name="LineSpan">0-based lines and characters of <paramref name="Span"/>.</param>
/// <param name="LiteralText">The string literal as written, quotes included; null when the argument is another
/// constant expression (a const field, a concatenation), whose characters cannot be mapped one by one.</param>
internal sealed record SnippetArgument(string Value, string FilePath, SourceText FileText, TextSpan Span, LinePositionSpan LineSpan, string? LiteralText)
{
    /// <summary>The argument <paramref name="argument"/>, whose constant value is <paramref name="value"/>.</summary>
    public static SnippetArgument From(string value, ExpressionSyntax argument, CancellationToken cancellationToken)
    {
        var text = argument.SyntaxTree.GetText(cancellationToken);
        // A token's text is kept by the syntax tree: reading it allocates nothing.
        var literal = argument is LiteralExpressionSyntax expression && expression.IsKind(SyntaxKind.StringLiteralExpression) ? expression.Token.Text : null;
        return new SnippetArgument(value, argument.SyntaxTree.FilePath, text, argument.Span, text.Lines.GetLinePositionSpan(argument.Span), literal);
    }

    /// <summary>Where the whole argument is.</summary>
    public LocationInfo Location => new(FilePath, Span, LineSpan);

    /// <summary>Equal value, file, position and literal text; <see cref="FileText"/> is not compared (see the type's remarks).</summary>
    public bool Equals(SnippetArgument? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (Span.Equals(other.Span) && LineSpan.Equals(other.LineSpan)
                   && string.Equals(Value, other.Value, StringComparison.Ordinal)
                   && string.Equals(FilePath, other.FilePath, StringComparison.Ordinal)
                   && string.Equals(LiteralText, other.LiteralText, StringComparison.Ordinal)));

    /// <inheritdoc/>
    public override int GetHashCode() => Span.GetHashCode() ^ StringComparer.Ordinal.GetHashCode(FilePath);
}
