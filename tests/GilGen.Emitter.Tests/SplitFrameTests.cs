using GilGen.Compiler;
using GilGen.Compiler.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace GilGen.Emitter.Tests;

/// <summary>
/// Long function bodies are emitted as an entry method that owns the frame (its try, filter and finally) and a
/// body method without any exception handler (docs/architecture/performance.md §1); small ones keep one method.
/// </summary>
public sealed class SplitFrameTests
{
    /// <summary>A function of well over 64 instructions, with a cell for an argument, whose locals hold tracked objects.</summary>
    private const string Source =
        "class Tracked:\n" +
        "    def __init__(self, name):\n" +
        "        self.name = name\n" +
        "    def __del__(self):\n" +
        "        print('released', self.name)\n" +
        "\n" +
        "def long(a, b, fail):\n" +
        "    keep = Tracked('keep')\n" +
        "    total = 0\n" +
        "    for i in range(3):\n" +
        "        total += a * i\n" +
        "        total -= b\n" +
        "    def closure():\n" +
        "        return a + total\n" +
        "    x = total * 2\n" +
        "    y = x + closure()\n" +
        "    z = [x, y, total]\n" +
        "    w = {'x': x, 'y': y}\n" +
        "    v = (z, w)\n" +
        "    if fail:\n" +
        "        raise ValueError(len(v))\n" +
        "    u = str(x) + str(y)\n" +
        "    t = u + u\n" +
        "    s = t.upper()\n" +
        "    return x, y, s\n" +
        "\n" +
        "def small(n):\n" +
        "    while n > 0:\n" +
        "        n -= 1\n" +
        "    return n\n" +
        "\n" +
        "print(long(1, 2, False))\n" +
        "try:\n" +
        "    long(1, 2, True)\n" +
        "except ValueError as e:\n" +
        "    print('caught', e, e.__traceback__.tb_next.tb_lineno)\n" +
        "print(small(5))\n";

    [Fact]
    public void A_long_function_runs_in_a_body_method_without_exception_handlers()
    {
        var methods = EmittedMethods();
        Assert.Contains("__gil_frame4_long", EmittedRefStructs());
        Assert.Empty(methods["__gil_body4_long_run"].DescendantNodes().OfType<TryStatementSyntax>());
        // The entry method holds the frame's one try: the traceback filter and the finally that releases the locals.
        var entryTry = Assert.Single(methods["__gil_body4_long"].DescendantNodes().OfType<TryStatementSyntax>());
        Assert.NotNull(Assert.Single(entryTry.Catches).Filter);
        Assert.NotNull(entryTry.Finally);
    }

    [Fact]
    public void A_small_function_keeps_one_method()
    {
        var methods = EmittedMethods();
        Assert.False(methods.ContainsKey("__gil_body6_small_run"));
        Assert.Single(methods["__gil_body6_small"].DescendantNodes().OfType<TryStatementSyntax>());
    }

    /// <summary>
    /// As before the split, a frame releases its locals when it is left, also by an exception (CPython keeps them
    /// with the traceback until the handler ends, so it prints "caught" first): the object is released exactly once.
    /// </summary>
    [Fact]
    public void A_split_frame_releases_its_locals_on_return_and_on_an_exception_and_keeps_the_traceback_line()
    {
        string stdout = ExampleRunTests.CompileAndRunOk("split_frame", Source);
        Assert.Equal(
            "released keep\n" +
            "(-6, -8, '-6-8-6-8')\n" +
            "released keep\n" +
            "caught 2 21\n" +
            "0\n", stdout);
    }

    private static Dictionary<string, MethodDeclarationSyntax> EmittedMethods() =>
        Tree().GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()
            .GroupBy(m => m.Identifier.Text).ToDictionary(g => g.Key, g => g.Single());

    private static List<string> EmittedRefStructs() =>
        Tree().GetRoot().DescendantNodes().OfType<StructDeclarationSyntax>()
            .Where(s => s.Modifiers.Any(m => m.IsKind(SyntaxKind.RefKeyword))).Select(s => s.Identifier.Text).ToList();

    private static Microsoft.CodeAnalysis.SyntaxTree Tree()
    {
        var compiled = PythonCompiler.Compile(Source, "split_frame.py");
        Assert.True(compiled.Success);
        var request = new ModuleEmitRequest("Emitted", new[] { "public static partial class Example" }, "split_frame.py", 0,
            "__main__", Source, Array.Empty<FunctionBinding>(), ExposeModuleMembers: true);
        return CSharpSyntaxTree.ParseText(CSharpEmitter.Emit(compiled.Module!, request));
    }
}
