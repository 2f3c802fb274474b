using GilGen.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Analyzers.Tests;

public sealed class MarkupTests
{
    [Fact]
    public void Spans_are_stripped_and_located_in_the_plain_text()
    {
        var markup = Markup.Parse("a [|b|] c {|GIL2004:dd|} e", "f.cs", "GIL2001");
        Assert.Equal("a b c dd e", markup.Text);
        Assert.Equal(
            [new ExpectedDiagnostic("GIL2001", "f.cs", new TextSpan(2, 1)), new ExpectedDiagnostic("GIL2004", "f.cs", new TextSpan(6, 2))],
            markup.Expected);
    }

    [Fact]
    public void An_unclosed_span_is_an_error() =>
        Assert.Throws<System.ArgumentException>(() => Markup.Parse("a [|b", "f.cs", "GIL2001"));
}
