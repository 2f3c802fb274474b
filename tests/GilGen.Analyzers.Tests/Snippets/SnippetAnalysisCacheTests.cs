using System.Threading;
using GilGen.Analyzers.Snippets;

namespace GilGen.Analyzers.Tests.Snippets;

/// <summary>GIL1001 compiles and analyzes each snippet text once while it is recent (issue 12 §3), not on every analysis of its document.</summary>
public sealed class SnippetAnalysisCacheTests
{
    private const string Snippet = """
        import threading

        hits = 0

        def work():
            global hits
            for _ in range(1000):
                hits += 1

        def run():
            threads = [threading.Thread(target=work) for _ in range(4)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        """;

    [Fact]
    public void The_same_text_is_analyzed_once_and_another_text_again()
    {
        var first = SnippetAnalysis.Analyze(Snippet + "\n# cache test 1\n", CancellationToken.None);
        var again = SnippetAnalysis.Analyze(Snippet + "\n# cache test 1\n", CancellationToken.None);
        var other = SnippetAnalysis.Analyze(Snippet + "\n# cache test 2\n", CancellationToken.None);

        Assert.NotNull(first);
        Assert.Same(first, again);
        Assert.NotSame(first, other);
        Assert.Single(first!.RacyStatements);
        Assert.Single(other!.RacyStatements);
    }

    [Fact]
    public void The_least_recently_used_text_goes_when_the_cache_is_full()
    {
        var kept = SnippetAnalysis.Analyze(Snippet + "\n# cache test kept\n", CancellationToken.None);
        var evicted = SnippetAnalysis.Analyze(Snippet + "\n# cache test evicted\n", CancellationToken.None);
        for (var i = 0; i < SnippetAnalysisCache.Capacity - 1; i++)
        {
            SnippetAnalysis.Analyze(Snippet + "\n# cache test kept\n", CancellationToken.None); // used again: stays recent
            SnippetAnalysis.Analyze("x = " + i + "  # cache test filler\n", CancellationToken.None);
        }

        Assert.Same(kept, SnippetAnalysis.Analyze(Snippet + "\n# cache test kept\n", CancellationToken.None));
        Assert.NotSame(evicted, SnippetAnalysis.Analyze(Snippet + "\n# cache test evicted\n", CancellationToken.None));
    }
}
