using System.Threading.Tasks;
using GilGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;

namespace GilGen.Generator.Tests;

/// <summary>
/// Hand-checked positions: where a user sees an error inside each literal style in the build output,
/// marked in the source with the library's markup (<see cref="GeneratorDiagnosticTest"/>).
/// </summary>
public sealed class DiagnosticLocationTests
{
    [Fact]
    public Task Regular_literal_with_escapes() =>
        // After the \t and \" escapes: the '$' itself, on the literal's line.
        GeneratorDiagnosticTest.VerifyAsync("Snippets.cs", "using GilGen;\npartial class C {\n  [GilModule(\"s = \\\"a\\\"\\nx =\\t1 {|GIL0001:$|} 2\")] partial class M { }\n}");

    [Fact]
    public Task Verbatim_literal_second_line() =>
        GeneratorDiagnosticTest.VerifyAsync("Snippets.cs", "using GilGen;\n[GilModule(@\"x = \"\"a\"\"\ny = 1 {|GIL0001:$|} 2\n\")]\npartial class M;");

    [Fact]
    public Task Raw_literal_column_includes_the_indentation() =>
        GeneratorDiagnosticTest.VerifyAsync("Snippets.cs", "using GilGen;\nstatic partial class C\n{\n    [GilFunction(\"\"\"\n        def f(n):\n            return n {|GIL0001:$|} 2\n        \"\"\")]\n    static partial long F(long n);\n}");

    [Fact]
    public Task Regular_literal_indented_as_a_whole() =>
        GeneratorDiagnosticTest.VerifyAsync("Snippets.cs", "using GilGen;\n[GilModule(\"    def f():\\n        return 1 {|GIL0001:$|} 2\\n\")]\npartial class M;");

    [Fact]
    public Task Python_file_position_is_the_files_own() =>
        GeneratorDiagnosticTest.VerifyAsync([("Empty.cs", "class Empty { }")], [("/src/broken_module.py", "import threading\nn = 0\nn = n {|GIL0001:$|} 1\n")],
            CompilerDiagnostics.None);

    [Fact]
    public Task Unsupported_construct_points_at_the_second_line() =>
        GeneratorDiagnosticTest.VerifyAsync("Snippets.cs", "using GilGen;\n[GilModule(@\"x = 1\nz = '{|GIL0002:\\N|}{EM DASH}'\")]\npartial class M;");
}
