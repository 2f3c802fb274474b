using System.Linq;
using GilGen.Generator.Snippets;

namespace GilGen.Generator.Tests;

public sealed class SnippetDedenterTests
{
    // Expected values are what Python's textwrap.dedent returns for the same input.
    [Theory]
    [InlineData("x = 1\ny = 2", "x = 1\ny = 2")]
    [InlineData("    x = 1\n    y = 2\n", "x = 1\ny = 2\n")]
    [InlineData("    def f():\n        return 1\n", "def f():\n    return 1\n")]
    [InlineData("  a\n    b\n   c", "a\n  b\n c")]
    [InlineData("    a\n\n    b", "a\n\nb")]
    [InlineData("    a\n  \n    b", "a\n\nb")]
    [InlineData("    a\n        \n    b", "a\n\nb")]
    [InlineData("\ta\n    b", "\ta\n    b")]
    [InlineData("\t\ta\n\tb", "\ta\nb")]
    [InlineData("    a\r\n    b\r\n", "a\r\nb\r\n")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Dedents_like_textwrap(string input, string expected)
        => Assert.Equal(expected, SnippetDedenter.Dedent(input).Text);

    [Fact]
    public void Keeps_each_characters_original_index()
    {
        const string input = "  ab\n    c";
        var dedented = SnippetDedenter.Dedent(input);

        Assert.Equal("ab\n  c", dedented.Text);
        Assert.Equal(new[] { 2, 3, 4, 7, 8, 9 }, dedented.OriginalIndex);
        Assert.True(dedented.Text.Select((c, i) => input[dedented.OriginalIndex[i]] == c).All(same => same));
    }
}
