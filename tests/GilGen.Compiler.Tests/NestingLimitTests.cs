using System;
using System.Linq;
using System.Threading;

namespace GilGen.Compiler.Tests;

/// <summary>
/// The compiler runs on the caller's thread: CPython's nesting limits (200 brackets, 100
/// indentation levels) and GilGen's 1000 levels of tree (CPython 3.12 allows about 3000) keep every
/// pass inside an ordinary 1 MiB stack, and past them the snippet gets a located diagnostic with
/// CPython's message, never a stack overflow.
/// </summary>
public class NestingLimitTests
{
    private const int OneMiB = 1024 * 1024;

    // Compiles on a fresh thread whose stack is 1 MiB, the default of a .NET thread.
    private static CompileResult CompileOnSmallStack(string source)
    {
        CompileResult? result = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { result = PythonCompiler.Compile(source, "deep.py"); }
            catch (Exception e) { failure = e; }
        }, OneMiB);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
        return result!;
    }

    public static TheoryData<string, int> DeepestAccepted => new()
    {
        { "attribute", 990 },
        { "plus", 990 },
        { "power", 990 },
        { "unary", 990 },
        { "not", 990 },
        { "conditional", 990 },
        { "lambda", 990 },
        { "call", 990 },
        { "subscript", 990 },
        { "parentheses", 200 },
        { "lists", 200 },
    };

    private static string Nest(string kind, int n) => kind switch
    {
        "attribute" => "a = None\nx = a" + string.Concat(Enumerable.Repeat(".b", n)) + "\n",
        "plus" => "a = 1\nx = " + string.Join(" + ", Enumerable.Repeat("a", n)) + "\n",
        "power" => "a = 1\nx = " + string.Join(" ** ", Enumerable.Repeat("a", n)) + "\n",
        "unary" => "a = 1\nx = " + new string('-', n) + "a\n",
        "not" => "a = 1\nx = " + string.Concat(Enumerable.Repeat("not ", n)) + "a\n",
        "conditional" => "a = 1\nx = " + string.Concat(Enumerable.Repeat("a if a else ", n)) + "a\n",
        "lambda" => "x = " + string.Concat(Enumerable.Repeat("lambda: ", n)) + "1\n",
        "call" => "f = None\nx = f" + string.Concat(Enumerable.Repeat("()", n)) + "\n",
        "subscript" => "a = None\nx = a" + string.Concat(Enumerable.Repeat("[0]", n)) + "\n",
        "parentheses" => "x = " + new string('(', n) + "1" + new string(')', n) + "\n",
        "lists" => "x = " + new string('[', n) + "1" + new string(']', n) + "\n",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(DeepestAccepted))]
    public void The_deepest_nesting_accepted_compiles_on_a_1_MiB_stack(string kind, int depth)
    {
        var result = CompileOnSmallStack(Nest(kind, depth));
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }

    [Theory]
    [InlineData("attribute")]
    [InlineData("plus")]
    [InlineData("power")]
    [InlineData("unary")]
    [InlineData("not")]
    [InlineData("conditional")]
    [InlineData("lambda")]
    [InlineData("call")]
    [InlineData("subscript")]
    public void Deeper_is_CPythons_RecursionError_located_on_its_line(string kind)
    {
        var result = CompileOnSmallStack(Nest(kind, 100_000));
        Assert.False(result.Success);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.NestingTooDeep, error.Id);
        Assert.Equal("maximum recursion depth exceeded during compilation", error.Message);
        Assert.Equal(kind is "lambda" ? 1 : 2, error.Line);
    }

    [Theory]
    [InlineData("parentheses")]
    [InlineData("lists")]
    public void More_than_200_brackets_is_CPythons_syntax_error(string kind)
    {
        var result = CompileOnSmallStack(Nest(kind, 201));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticIds.SyntaxError, error.Id);
        Assert.Equal("too many nested parentheses", error.Message);
        Assert.Equal(204, error.Column); // "x = " and 200 brackets before it
    }

    [Fact]
    public void Ninety_nine_indentation_levels_compile_and_the_hundredth_is_CPythons_IndentationError()
    {
        static string Blocks(int n) => string.Concat(Enumerable.Range(0, n).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', n) + "pass\n";
        Assert.True(CompileOnSmallStack("x = 1\n" + Blocks(99)).Success);
        var error = Assert.Single(CompileOnSmallStack("x = 1\n" + Blocks(100)).Diagnostics);
        Assert.Equal(DiagnosticIds.SyntaxError, error.Id);
        Assert.Equal("too many levels of indentation", error.Message);
        Assert.Equal(102, error.Line);
    }

    [Fact]
    public void A_canceled_compile_stops_with_OperationCanceledException()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var source = string.Concat(Enumerable.Repeat("x = 1\n", 10));
        Assert.Throws<OperationCanceledException>(() => PythonCompiler.Compile(source, "c.py", CompilerOptions.Default, cancel.Token));
    }
}
