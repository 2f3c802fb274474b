using System.Linq;
using System.Threading;
using GilGen.Generator.Model;
using GilGen.Generator.Snippets;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using GilGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Generator.Tests;

public sealed class SnippetLocationMapTests
{
    private const string Q = "\"";

    // Reads the first attribute argument of code the way the generator does and maps a snippet position.
    private static (SnippetText Snippet, SourceText File) Read(string code)
    {
        var tree = CSharpSyntaxTree.ParseText(code, GeneratorHarness.ParseOptions, "Test.cs");
        var argument = tree.GetRoot().DescendantNodes().OfType<AttributeArgumentSyntax>().First().Expression;
        var value = argument is LiteralExpressionSyntax literal ? literal.Token.ValueText : "x = 1";
        return (SnippetReader.FromAttributeArgument(value, argument, CancellationToken.None), tree.GetText());
    }

    private static void AssertMapsTo(string code, int line, int column, int length, int expectedStart, int expectedEnd)
    {
        var (snippet, file) = Read(code);
        var location = snippet.Map.Map(line, column, length);
        Assert.Equal("Test.cs", location.FilePath);
        Assert.Equal(TextSpan.FromBounds(expectedStart, expectedEnd), location.Span);
        Assert.Equal(file.Lines.GetLinePositionSpan(TextSpan.FromBounds(expectedStart, expectedEnd)), location.LineSpan);
    }

    [Fact]
    public void Regular_literal_newline_escapes_start_snippet_lines()
    {
        const string code = "class C {\n  [GilFunction(\"def f():\\n\\treturn \\\"x\\\" +\")] static partial string F();\n}";
        var start = code.IndexOf("return", System.StringComparison.Ordinal);

        AssertMapsTo(code, line: 2, column: 1, length: 6, start, start + 6);
    }

    [Fact]
    public void Regular_literal_escaped_quotes_shift_columns()
    {
        // value: x = "a" + "b" $   (the $ is the error at column 14)
        const string code = "[GilModule(\"x = \\\"a\\\" + \\\"b\\\" $\")] partial class C;";
        var dollar = code.IndexOf('$');

        AssertMapsTo(code, line: 1, column: 14, length: 1, dollar, dollar + 1);
    }

    [Fact]
    public void Error_on_an_escape_covers_the_whole_escape()
    {
        const string code = "[GilModule(\"x =\\t1\")] partial class C;";
        var escape = code.IndexOf("\\t", System.StringComparison.Ordinal);

        AssertMapsTo(code, line: 1, column: 3, length: 1, escape, escape + 2);
    }

    [Fact]
    public void Unicode_escapes_and_surrogate_pairs_map_to_their_escape()
    {
        const string code = "[GilModule(\"s = '\\U0001F600' \\u0041?\")] partial class C;";
        var pair = code.IndexOf("\\U", System.StringComparison.Ordinal);
        var question = code.IndexOf('?');

        AssertMapsTo(code, line: 1, column: 5, length: 1, pair, pair + 10);   // high surrogate
        AssertMapsTo(code, line: 1, column: 6, length: 1, pair, pair + 10);   // low surrogate
        AssertMapsTo(code, line: 1, column: 10, length: 1, question, question + 1);
    }

    [Fact]
    public void Verbatim_literal_spans_several_file_lines_and_doubles_quotes()
    {
        const string code = "[GilModule(@\"x = \"\"a\"\"\ny = 1 +\nz = ?\")]\npartial class C;";
        var plus = code.IndexOf('+');
        var question = code.IndexOf('?');

        AssertMapsTo(code, line: 2, column: 6, length: 1, plus, plus + 1);
        AssertMapsTo(code, line: 3, column: 4, length: 1, question, question + 1);
        var (snippet, _) = Read(code);
        Assert.Equal(new LinePosition(2, 4), snippet.Map.Map(3, 4, 1).LineSpan.Start);
    }

    [Fact]
    public void Verbatim_literal_in_a_crlf_file()
    {
        const string code = "[GilModule(@\"x = 1\r\ny = ?\")]\r\npartial class C;";
        var question = code.IndexOf('?');

        AssertMapsTo(code, line: 2, column: 4, length: 1, question, question + 1);
    }

    [Fact]
    public void Raw_literal_columns_include_the_removed_indentation()
    {
        var code = "static partial class C\n{\n    [GilFunction(" + Q + Q + Q + "\n        def f(n):\n            while n > 0:\n                n -= ?\n        " + Q + Q + Q + ")]\n    static partial void F(long n);\n}";
        var question = code.IndexOf('?');

        AssertMapsTo(code, line: 3, column: 13, length: 1, question, question + 1);
        var (snippet, _) = Read(code);
        Assert.Equal(new LinePosition(5, 21), snippet.Map.Map(3, 13, 1).LineSpan.Start);
        Assert.Equal(3, snippet.LineOffset); // the literal's first content line is file line 4 (1-based)
    }

    [Fact]
    public void Regular_literal_indented_as_a_whole_is_dedented_and_mapped_back()
    {
        const string code = "[GilModule(\"    def f():\\n        retrun ?\\n\")] partial class C;";
        var (snippet, _) = Read(code);
        var question = code.IndexOf('?');

        Assert.Equal("def f():\n    retrun ?\n", snippet.Source);
        AssertMapsTo(code, line: 2, column: 11, length: 1, question, question + 1);
    }

    [Fact]
    public void Positions_past_the_end_map_to_the_end_of_the_content()
    {
        const string code = "[GilModule(\"def f(\")] partial class C;";
        var closingQuote = code.IndexOf("\")", System.StringComparison.Ordinal);

        AssertMapsTo(code, line: 1, column: 6, length: 0, closingQuote, closingQuote);
        AssertMapsTo(code, line: 2, column: 0, length: 0, closingQuote, closingQuote);
        AssertMapsTo(code, line: 99, column: 99, length: 5, closingQuote, closingQuote);
    }

    [Fact]
    public void Negative_or_absurd_input_is_clamped()
    {
        const string code = "[GilModule(\"x\")] partial class C;";
        var x = code.IndexOf("x\"", System.StringComparison.Ordinal);

        AssertMapsTo(code, line: 0, column: -5, length: -1, x, x);
        AssertMapsTo(code, line: 1, column: 0, length: 1000, x, x + 1);
    }

    [Fact]
    public void A_constant_that_is_not_a_literal_maps_to_the_whole_argument()
    {
        const string code = "partial class C { const string S = \"x = 1\"; [GilFunction(S + \"\")] static partial void F(); }";
        var (snippet, _) = Read(code);
        var argument = code.IndexOf("S + ", System.StringComparison.Ordinal);

        var location = snippet.Map.Map(1, 2, 1);

        Assert.Equal(TextSpan.FromBounds(argument, argument + "S + \"\"".Length), location.Span);
    }

    [Fact]
    public void Python_files_map_one_to_one()
    {
        var text = SourceText.From("import threading\r\nn = 0\nx = ?\n");
        var snippet = SnippetReader.FromPythonFile("/src/mod.py", text);

        var location = snippet.Map.Map(3, 4, 1);

        Assert.Equal(new LocationInfo("/src/mod.py", new TextSpan(28, 1), new LinePositionSpan(new LinePosition(2, 4), new LinePosition(2, 5))), location);
    }

    [Fact]
    public void Maps_are_equal_by_value()
    {
        const string code = "[GilModule(\"x = 1\\ny = 2\")] partial class C;";
        Assert.Equal(Read(code).Snippet, Read(code).Snippet);
    }
}
