using System.Linq;
using System.Threading.Tasks;
using GilGen.Analyzers.Tests.Infrastructure;
using static GilGen.Analyzers.Tests.Snippets.SnippetSources;

namespace GilGen.Analyzers.Tests.Snippets;

/// <summary>
/// GIL1001 is located at the whole statement, inside the string literal as written: the markup
/// checks the span, and the line/column checks pin the mapping through escapes, verbatim quotes,
/// raw-literal indentation and the dedent.
/// </summary>
public sealed class SnippetLocationTests
{
    private const string Racy = "import threading\nn = 0\ndef worker():\n    global n\n    n += 1\nts = [threading.Thread(target=worker) for _ in range(2)]\n";

    [Fact]
    public async Task In_a_regular_literal_with_escapes()
    {
        var code = "using GilGen;\nnamespace Tests;\n[GilModule(\"import threading\\nname = \\\"a\\\"\\nn = 0\\ndef worker():\\n\\tglobal n\\n\\t[|n += 1|]\\nts = [threading.Thread(target=worker) for _ in range(2)]\\n\")]\npublic static partial class M { }\n";
        await VerifyCSharpAsync(code);
        var line = code.Replace("[|", "").Replace("|]", "").Split('\n')[2];
        await AssertLineColumnAsync(code, line: 2, column: line.IndexOf("n += 1", System.StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_a_verbatim_literal()
    {
        var code = "using GilGen;\nnamespace Tests;\n[GilModule(@\"import threading\nname = \"\"a\"\"\nn = 0\ndef worker():\n    global n\n    [|n += 1|]\nts = [threading.Thread(target=worker) for _ in range(2)]\n\")]\npublic static partial class M { }\n";
        await VerifyCSharpAsync(code);
        await AssertLineColumnAsync(code, line: 7, column: 4);
    }

    [Fact]
    public async Task In_a_raw_literal_indented_with_the_class()
    {
        var code = """"
            using GilGen;
            namespace Tests;
            public static partial class Outer
            {
                [GilModule("""
                    import threading
                    n = 0
                    def worker():
                        global n
                        [|n += 1|]
                    ts = [threading.Thread(target=worker) for _ in range(2)]
                    """)]
                public static partial class M { }
            }
            """";
        await VerifyCSharpAsync(code);
        await AssertLineColumnAsync(code, line: 9, column: 12);
    }

    [Fact]
    public async Task In_a_regular_literal_with_a_common_margin()
    {
        var code = "using GilGen;\nnamespace Tests;\n[GilModule(\"  import threading\\n  n = 0\\n  def worker():\\n      global n\\n      [|n += 1|]\\n  ts = [threading.Thread(target=worker) for _ in range(2)]\\n\")]\npublic static partial class M { }\n";
        await VerifyCSharpAsync(code);
    }

    [Fact]
    public async Task A_snippet_that_is_not_one_literal_is_reported_at_the_whole_argument()
    {
        var code = "using GilGen;\nnamespace Tests;\npublic static partial class Holder\n{\n    const string Code = \"import threading\\nn = 0\\ndef w():\\n    global n\\n    n += 1\\nts = [threading.Thread(target=w) for _ in range(2)]\\n\";\n    [GilModule([|Code|])]\n    public static partial class M { }\n}\n";
        await VerifyCSharpAsync(code);
        await SnippetFixVerifier.VerifyCSharpFixAsync(code, code); // no fix offered
    }

    [Fact]
    public async Task A_statement_over_two_lines_is_reported_whole()
    {
        await VerifyPythonAsync("import threading\nn = 0\ndef worker():\n    global n\n    [|n += (\n        1)|]\nts = [threading.Thread(target=worker) for _ in range(2)]\n");
    }

    [Fact]
    public async Task In_a_py_file_the_span_is_the_statement()
    {
        await VerifyPythonAsync(Racy.Replace("    n += 1", "    [|n += 1|]"));
    }

    // The 0-based line and column where the one GIL1001 starts in Test0.cs.
    private static async Task AssertLineColumnAsync(string markup, int line, int column)
    {
        var text = Markup.Parse(markup, TestProject.Directory + "Test0.cs", "GIL1001").Text;
        var run = await TestProject.AnalyzeAsync(TestProject.Create([("Test0.cs", text)]), [Analyzer]);
        var diagnostic = Assert.Single(run.Diagnostics.Where(d => d.Id == "GIL1001"));
        var start = diagnostic.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column), (start.Line, start.Character));
        Assert.True(diagnostic.Location.IsInSource);
    }
}
