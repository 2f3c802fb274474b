using System.Linq;
using GilGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Generator.Tests;

/// <summary>Hand-checked positions: the (line, column) a user sees in the build output for errors inside each literal style.</summary>
public sealed class DiagnosticLocationTests
{
    private static LinePosition SingleGilErrorPosition(string code, string expectedId = "GIL0001")
    {
        var result = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(("Snippets.cs", code)));
        var diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Id.StartsWith("GIL", System.StringComparison.Ordinal));
        Assert.Equal(expectedId, diagnostic.Id);
        Assert.Equal("Snippets.cs", diagnostic.Location.GetLineSpan().Path);
        return diagnostic.Location.GetLineSpan().StartLinePosition;
    }

    [Fact]
    public void Regular_literal_with_escapes()
    {
        // line 2 (0-based), the '$' after \t and \" escapes
        const string code = "using GilGen;\npartial class C {\n  [GilModule(\"s = \\\"a\\\"\\nx =\\t1 $ 2\")] partial class M { }\n}";
        Assert.Equal(new LinePosition(2, code.Split('\n')[2].IndexOf('$')), SingleGilErrorPosition(code));
    }

    [Fact]
    public void Verbatim_literal_second_line()
    {
        const string code = "using GilGen;\n[GilModule(@\"x = \"\"a\"\"\ny = 1 $ 2\n\")]\npartial class M;";
        Assert.Equal(new LinePosition(2, 6), SingleGilErrorPosition(code));
    }

    [Fact]
    public void Raw_literal_column_includes_the_indentation()
    {
        const string code = "using GilGen;\nstatic partial class C\n{\n    [GilFunction(\"\"\"\n        def f(n):\n            return n $ 2\n        \"\"\")]\n    static partial long F(long n);\n}";
        Assert.Equal(new LinePosition(5, 21), SingleGilErrorPosition(code));
    }

    [Fact]
    public void Regular_literal_indented_as_a_whole()
    {
        const string code = "using GilGen;\n[GilModule(\"    def f():\\n        return 1 $ 2\\n\")]\npartial class M;";
        Assert.Equal(new LinePosition(1, code.Split('\n')[1].IndexOf('$')), SingleGilErrorPosition(code));
    }

    [Fact]
    public void Python_file_position_is_the_files_own()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(("Empty.cs", "class Empty { }")),
            new AdditionalText[] { new InMemoryAdditionalText("/src/broken_module.py", "import threading\nn = 0\nn = n $ 1\n") });

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("GIL0001", diagnostic.Id);
        Assert.Equal("/src/broken_module.py", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new LinePosition(2, 6), diagnostic.Location.GetLineSpan().StartLinePosition);
    }

    [Fact]
    public void Unsupported_construct_points_at_the_second_line()
    {
        const string code = "using GilGen;\n[GilModule(@\"x = 1\nz = 2j\")]\npartial class M;";
        var position = SingleGilErrorPosition(code, "GIL0002");
        Assert.Equal(2, position.Line);
    }
}
