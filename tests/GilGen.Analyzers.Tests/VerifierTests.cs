using System;
using System.Threading.Tasks;
using GilGen.Analyzers.Tests.CSharp;
using GilGen.Analyzers.Tests.Infrastructure;

namespace GilGen.Analyzers.Tests;

/// <summary>
/// The markup verifier fails when it should: a test that passes is worth something only if a missing
/// or an extra diagnostic, or a snippet GilGen cannot compile, fails it.
/// </summary>
public sealed class VerifierTests
{
    private const string Racy = """
        using System.Threading;
        public class Counter
        {
            private int _count;
            public void Start()
            {
                new Thread(() => { for (var i = 0; i < 1000; i++) {|GIL2001:_count++|}; }).Start();
                new Thread(() => { for (var i = 0; i < 1000; i++) {|GIL2001:_count++|}; }).Start();
            }
        }
        """;

    [Fact]
    public Task The_marked_racy_source_passes() =>
        AnalyzerVerifier.VerifyAsync(CSharpRuleCases.Analyzers(), [("Test0.cs", Racy)], []);

    [Fact]
    public Task A_diagnostic_not_marked_fails() =>
        Assert.ThrowsAnyAsync<Exception>(() => AnalyzerVerifier.VerifyAsync(
            CSharpRuleCases.Analyzers(), [("Test0.cs", Unmark(Racy, Racy.LastIndexOf("{|GIL2001:", StringComparison.Ordinal)))], []));

    [Fact]
    public Task A_marked_span_with_no_diagnostic_fails() =>
        Assert.ThrowsAnyAsync<Exception>(() => AnalyzerVerifier.VerifyAsync(
            CSharpRuleCases.Analyzers(), [("Test0.cs", Racy.Replace("public void Start()", "public void {|GIL2004:Start|}()"))], []));

    [Fact]
    public Task A_snippet_GilGen_cannot_compile_fails() =>
        Assert.ThrowsAnyAsync<Exception>(() => AnalyzerVerifier.VerifyAsync(
            CSharpRuleCases.Analyzers(),
            [("Test0.cs", "public static partial class S { [GilGen.GilFunction(\"def f(:\\n    pass\")] public static partial void F(); }")], []));

    // The source with the marked span at index written plain: the analyzer still reports it.
    private static string Unmark(string markup, int index)
    {
        var end = markup.IndexOf("|}", index, StringComparison.Ordinal);
        var inner = markup.Substring(index + "{|GIL2001:".Length, end - index - "{|GIL2001:".Length);
        return markup.Substring(0, index) + inner + markup.Substring(end + 2);
    }
}
