using System.Linq;
using GilGen.Generator.Snippets;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GilGen.Generator.Tests;

public sealed class StringLiteralDecoderTests
{
    // Each literal is decoded both by Roslyn and by the decoder; the values must agree.
    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"plain\"")]
    [InlineData("\"a\\nb\\tc\\\"d\\\\e\\0\\a\\b\\f\\r\\v\"")]
    [InlineData("\"\\u0041\\x41\\x041\\x0041\\x00041\\U0001F600z\"")]
    [InlineData("\"\\e[0m\"")]
    [InlineData("@\"\"")]
    [InlineData("@\"a \"\"quoted\"\" \\n not an escape\"")]
    [InlineData("@\"line1\nline2\r\n  line3\"")]
    [InlineData("\"\"\"single \"\" line\"\"\"")]
    [InlineData("\"\"\"\"quad \"\"\" inside\"\"\"\"")]
    [InlineData("\"\"\"\n    a\n      b\n    \"\"\"")]
    [InlineData("\"\"\"\n    a\n\n      b\n    \"\"\"")]
    [InlineData("\"\"\"\n    a\n  \n      b\n    \"\"\"")]
    [InlineData("\"\"\"\n    a\n        \n      b\n    \"\"\"")]
    [InlineData("\"\"\"   \r\n\ta\r\n\t\tb\r\n\t\"\"\"")]
    [InlineData("\"\"\"\"\n  x = \"\"\"doc\"\"\"\n  \"\"\"\"")]
    public void Decodes_like_Roslyn(string literal)
    {
        var token = ((LiteralExpressionSyntax)SyntaxFactory.ParseExpression(literal)).Token;
        Assert.False(token.ContainsDiagnostics, string.Join(", ", token.GetDiagnostics()));

        var decoded = StringLiteralDecoder.Decode(token.Text);

        Assert.NotNull(decoded);
        Assert.Equal(token.ValueText, new string(decoded!.Select(d => d.Value).ToArray()));
    }

    [Fact]
    public void Records_where_escapes_are_written()
    {
        // "a\nb\u0041"
        var decoded = StringLiteralDecoder.Decode("\"a\\nb\\u0041\"")!;

        Assert.Equal(new[] { (1, 1), (2, 2), (4, 1), (5, 6) }, decoded.Select(d => (d.Offset, d.Width)));
    }

    [Fact]
    public void Raw_literal_offsets_skip_the_closing_line_indentation()
    {
        const string literal = "\"\"\"\n    ab\n      c\n    \"\"\"";
        var decoded = StringLiteralDecoder.Decode(literal)!;

        Assert.Equal("ab\n  c", new string(decoded.Select(d => d.Value).ToArray()));
        Assert.Equal('a', literal[decoded[0].Offset]);
        Assert.Equal(8, decoded[0].Offset);
        Assert.Equal('c', literal[decoded[5].Offset]);
        Assert.Equal(17, decoded[5].Offset);
    }

    [Theory]
    [InlineData("x")]
    [InlineData("'c'")]
    [InlineData("\"unterminated")]
    [InlineData("\"bad \\q escape\"")]
    [InlineData("\"\\u12\"")]
    public void Returns_null_for_what_it_cannot_read(string text)
        => Assert.Null(StringLiteralDecoder.Decode(text));
}
