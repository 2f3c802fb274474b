using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using GilGen.Analyzers.Snippets;
using static GilGen.Analyzers.Tests.Snippets.SnippetSources;

namespace GilGen.Analyzers.Tests.Snippets;

/// <summary>GIL1001 never throws, whatever the snippet: odd, cyclic, deep or half-written Python.</summary>
public sealed class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("global n\nn += 1\n")]
    [InlineData("from threading import *\nThread(target=f)\n")]
    [InlineData("import threading\nclass A(B): pass\nclass B(A): pass\nB().start()\n")]
    [InlineData("import threading\na = b\nb = a\ndef f():\n    global n\n    with a:\n        n += 1\nthreading.Thread(target=f)\n")]
    [InlineData("import threading\ndef f():\n    f()\n    g()\ndef g():\n    f()\nthreading.Thread(target=threading.Thread)\n")]
    [InlineData("import threading\nt = threading.Thread(target=)\n")]
    [InlineData("import threading\nthreading.Thread(*args, **kwargs)\nthreading.Timer()\nx.submit()\n")]
    [InlineData("def f(:\n    n += 1\n")]
    [InlineData("import threading\nlambda: (yield)\nx = [y for y in (lambda q: q)(1)]\n")]
    [InlineData("class C:\n    n = 0\n    n += 1\n    def m(self):\n        nonlocal n\n")]
    [InlineData("import threading\nc = {}\ndef f(k):\n    if k not in c:\n")]
    [InlineData("import threading\nc = {}\ndef f(k):\n    if k not in :\n        c[k] = 1\nthreading.Thread(target=f)\n")]
    [InlineData("import threading\nc = []\nl = threading.Lock()\ndef f():\n  with l:\n    if len() < len(c, c) < c in c not in c:\n        c.append\n        c[c] = c\n        del c[:]\nthreading.Thread(target=f).start()\nthreading.Thread(target=f).start()\n")]
    [InlineData("import threading\nl = threading.RLock()\ndef f():\n  with l:\n    if (lambda: x)() in y:\n        y[0] += 1\n    elif z:\n        z.pop()\n    else:\n        if y: y = y\nfor _ in range(3): threading.Thread(target=f).start()\n")]
    public async Task Any_snippet_is_analyzed_without_an_exception(string python)
    {
        // VerifyPythonAsync fails on an analyzer exception (AD0001); none of these has a race to report.
        await VerifyPythonAsync(python, invalidPython: true);
        Assert.Null(Record.Exception(() => SnippetAnalysis.Analyze(python, CancellationToken.None)));
    }

    /// <summary>Just inside the compiler's nesting limit, analyzed on a thread with an ordinary 1 MiB stack.</summary>
    [Fact]
    public void A_statement_nine_hundred_operators_deep_is_analyzed_on_a_1_MiB_stack()
    {
        var python = "import threading\nn = 0\ndef f():\n    global n\n    n = n" + string.Concat(Enumerable.Repeat(" + 1", 900))
                     + "\nts = [threading.Thread(target=f) for _ in range(2)]\n";
        SnippetAnalysis? analysis = null;
        System.Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { analysis = SnippetAnalysis.Analyze(python, CancellationToken.None); }
            catch (System.Exception e) { failure = e; }
        }, 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
        Assert.NotNull(analysis);
        var racy = Assert.Single(analysis.RacyStatements);
        Assert.StartsWith("LOAD_GLOBAL n, LOAD_CONST 1, BINARY_ADD, LOAD_CONST 1, BINARY_ADD", racy.Between, System.StringComparison.Ordinal);
        Assert.EndsWith("BINARY_ADD, STORE_GLOBAL n", racy.Between, System.StringComparison.Ordinal);
    }

    /// <summary>Past the compiler's nesting limit the snippet is a GIL0009 for the generator; GIL1001 stays silent, and nothing overflows.</summary>
    [Fact]
    public void A_statement_two_hundred_thousand_operators_deep_is_not_analyzed_and_does_not_crash()
    {
        var python = "import threading\nn = 0\ndef f():\n    global n\n    n = n" + string.Concat(Enumerable.Repeat(" + 1", 200_000))
                     + "\nts = [threading.Thread(target=f) for _ in range(2)]\n";
        var analysis = SnippetAnalysis.Analyze(python, CancellationToken.None);
        Assert.True(analysis is null || analysis.RacyStatements.Count == 0);
    }

    [Fact]
    public void Cancellation_is_honoured()
    {
        using var canceled = new CancellationTokenSource();
        canceled.Cancel();
        Assert.ThrowsAny<System.OperationCanceledException>(() => SnippetAnalysis.Analyze("import threading\n", canceled.Token));
    }
}
