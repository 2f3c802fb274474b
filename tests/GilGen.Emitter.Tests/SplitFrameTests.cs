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
    /// A split frame releases its locals when it returns; when an exception leaves it, the traceback keeps them until
    /// the handler ends, as CPython's keeps the frame, so "caught" comes first (CPython 3.12's output): the object is
    /// released exactly once.
    /// </summary>
    [Fact]
    public void A_split_frame_releases_its_locals_on_return_and_on_an_exception_and_keeps_the_traceback_line()
    {
        string stdout = ExampleRunTests.CompileAndRunOk("split_frame", Source);
        Assert.Equal(
            "released keep\n" +
            "(-6, -8, '-6-8-6-8')\n" +
            "caught 2 21\n" +
            "released keep\n" +
            "0\n", stdout);
    }

    /// <summary>Operands left on the evaluation stack of split frames (a long function, a class body) when an operation raises.</summary>
    private const string PendingSource =
        "import sys\n" +
        "class A:\n" +
        "    def __init__(self, name):\n" +
        "        self.name = name\n" +
        "    def __del__(self):\n" +
        "        print('del', self.name)\n" +
        "    def m(self, *args):\n" +
        "        return self.name\n" +
        "def fail(what):\n" +
        "    raise KeyError(what)\n" +
        "def take(*args):\n" +
        "    return len(args)\n" +
        "def long_function(n, spin):\n" +
        "    while spin > 0:\n" +
        "        spin -= 1\n" +
        "    total = 0\n" +
        "    for i in range(n):\n" +
        "        total += i * 2 + 1\n" +
        "        total -= i // 3\n" +
        "        total ^= i << 1\n" +
        "    words = [str(total), str(n), 'x' * n]\n" +
        "    joined = '-'.join(words) + '!' * n\n" +
        "    table = {w: len(w) for w in words}\n" +
        "    pairs = [(k, v) for k, v in table.items() if v > 0]\n" +
        "    print('work', total, joined, len(pairs))\n" +
        "    for k in range(2):\n" +
        "        total += take(k, total, n)\n" +
        "    for x in [held]:\n" +
        "        take(A('in loop'), held, x)\n" +
        "    return A('receiver').m(A('argument'), take(A('inner'), fail('long')))\n" +
        "def run(label, fn, *args):\n" +
        "    print(label)\n" +
        "    try:\n" +
        "        fn(*args)\n" +
        "    except KeyError as e:\n" +
        "        print('caught', e)\n" +
        "def class_body():\n" +
        "    class C:\n" +
        "        x = 1\n" +
        "        y = A('class receiver').m(held, A('class argument'), fail('class'))\n" +
        "held = A('held')\n" +
        "print('refcount', sys.getrefcount(held))\n" +
        "run('long function', long_function, 3, 1000)\n" +
        "run('class body', class_body)\n" +
        "print('refcount', sys.getrefcount(held))\n";

    /// <summary>
    /// As in a one-method frame, the operands pending on a split frame's stack are released when an operation raises,
    /// in CPython 3.12's order (the raising call's own inputs, bottom first, then the stack below, top first), before
    /// the caller's handler runs; a global's extra reference is given back (the output is CPython 3.12.1's).
    /// </summary>
    [Fact]
    public void A_split_frame_releases_the_operands_pending_when_an_operation_raises()
    {
        Assert.Contains("__gil_frame", EmittedSource(PendingSource));
        string stdout = ExampleRunTests.CompileAndRunOk("split_frame_pending", PendingSource);
        Assert.Equal(
            "refcount 2\n" +
            "long function\n" +
            "work 15 15-3-xxx!!! 3\n" +
            "del in loop\n" +
            "del inner\n" +
            "del argument\n" +
            "del receiver\n" +
            "caught 'long'\n" +
            "class body\n" +
            "del class argument\n" +
            "del class receiver\n" +
            "caught 'class'\n" +
            "refcount 2\n", stdout);
    }

    /// <summary>
    /// The body method records the set of pending values only where it changes and copies a stack slot into the frame
    /// where the value is made, not before each instruction that could raise with it pending: a loop whose only
    /// pending value is a local (<c>spin -= 1</c>) stores nothing into the frame but the local itself, outside a
    /// checkpoint's slow path; a loop's iterator is copied once, after GET_ITER.
    /// </summary>
    [Fact]
    public void A_split_frames_loop_with_one_pending_set_stores_no_set_number_and_copies_no_slot()
    {
        var body = Tree(PendingSource).GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()
            .Single(m => m.Identifier.Text.EndsWith("_long_function_run", StringComparison.Ordinal)).ToFullString();
        int start = body.IndexOf("while spin > 0:", StringComparison.Ordinal);
        int end = body.IndexOf("total = 0", start, StringComparison.Ordinal);
        var stores = body.Substring(start, end - start).Split('\n')
            // A slow path saves and restores __f.Ip (a fused compare's here, a checkpoint's in the runtime): not a store of the loop.
            .Where(line => line.Contains("__f.", StringComparison.Ordinal) && !line.Contains("__ipAtCheck", StringComparison.Ordinal)
                           && !line.Contains("HandleEvalBreaker", StringComparison.Ordinal)
                           && !line.Contains("__f.Line =", StringComparison.Ordinal))
            .Select(line => line.Split("   // ")[0].Trim()).ToList();   // the statements, without the instruction's note
        Assert.Equal(new[] { "{ __old = __l_spin_1; __l_spin_1 = __s0; __f.__l_spin_1 = __s0; __old.DecRef(); }" }, stores);
        int forIter = body.IndexOf("FOR_ITER", StringComparison.Ordinal);
        Assert.Contains("GET_ITER", body.Substring(0, forIter));
        Assert.EndsWith("__f.__s0 = __s0;   // released from the frame if an instruction below raises",
            body.Substring(0, forIter).Split('\n').Last(line => line.Contains("__f.__s0 =", StringComparison.Ordinal)).Trim());
    }

    /// <summary>A list, set or dict comprehension is split whatever its size: it is a loop, so the split is paid once per loop.</summary>
    [Fact]
    public void A_comprehension_is_split_whatever_its_size()
    {
        var methods = EmittedMethods(PendingSource);
        foreach (string comprehension in new[] { "_dictcomp", "_listcomp" })
        {
            Assert.Empty(methods.Single(m => m.Key.EndsWith(comprehension + "_run", StringComparison.Ordinal)).Value.DescendantNodes().OfType<TryStatementSyntax>());
            Assert.Single(methods.Single(m => m.Key.EndsWith(comprehension, StringComparison.Ordinal)).Value.DescendantNodes().OfType<TryStatementSyntax>());
        }
    }

    /// <summary>A function with try blocks, long enough to be split, and a module with a try block.</summary>
    private const string HandlersSource =
        "class Tracked:\n" +
        "    def __init__(self, name):\n" +
        "        self.name = name\n" +
        "    def __del__(self):\n" +
        "        print('released', self.name)\n" +
        "def fail(what):\n" +
        "    raise KeyError(what)\n" +
        "def take(*args):\n" +
        "    return len(args)\n" +
        "def guarded(n, held):\n" +
        "    keep = Tracked('keep ' + str(n))\n" +
        "    total = 0\n" +
        "    for i in range(n):\n" +
        "        try:\n" +
        "            if i % 2:\n" +
        "                continue\n" +
        "            total += take(Tracked('pending'), held, fail(i))\n" +
        "        except KeyError as e:\n" +
        "            total += e.args[0]\n" +
        "        finally:\n" +
        "            total += 100\n" +
        "    if n > 3:\n" +
        "        fail('outside')\n" +
        "    return total\n" +
        "held = Tracked('held')\n" +
        "print(guarded(3, held))\n" +
        "try:\n" +
        "    guarded(4, held)\n" +
        "except KeyError as e:\n" +
        "    print('caught', e, e.__traceback__.tb_next.tb_lineno, e.__traceback__.tb_next.tb_next.tb_lineno)\n" +
        "print('end')\n";

    /// <summary>
    /// A split frame with try blocks: the body method holds the one try, whose catch chooses the handler and returns
    /// (it does not loop back into the try, which made RyuJIT's SSA construction superlinear); the entry method runs it
    /// again while a handler is to be entered, and has only the finally that releases the locals.
    /// </summary>
    [Fact]
    public void A_body_with_try_blocks_is_split_and_its_catch_leaves_the_body_method()
    {
        var methods = EmittedMethods(HandlersSource);
        var run = methods.Single(m => m.Key.EndsWith("_guarded_run", StringComparison.Ordinal)).Value;
        var bodyTry = Assert.Single(run.DescendantNodes().OfType<TryStatementSyntax>());
        Assert.Empty(run.DescendantNodes().OfType<WhileStatementSyntax>());
        Assert.Empty(bodyTry.DescendantNodes().OfType<ContinueStatementSyntax>());
        Assert.Contains(bodyTry.Catches.SelectMany(c => c.DescendantNodes().OfType<ReturnStatementSyntax>()), r => r.ToString() == "return default;");
        var entry = methods.Single(m => m.Key.EndsWith("_guarded", StringComparison.Ordinal)).Value;
        var entryTry = Assert.Single(entry.DescendantNodes().OfType<TryStatementSyntax>());
        Assert.Empty(entryTry.Catches);
        Assert.NotNull(entryTry.Finally);
        Assert.Single(entryTry.Block.DescendantNodes().OfType<WhileStatementSyntax>());
        // The module (no locals) is split too: its entry method is only the loop.
        var module = methods.Single(m => m.Key.EndsWith("_module", StringComparison.Ordinal)).Value;
        Assert.Empty(module.DescendantNodes().OfType<TryStatementSyntax>());
        Assert.Single(methods.Single(m => m.Key.EndsWith("_module_run", StringComparison.Ordinal)).Value.DescendantNodes().OfType<TryStatementSyntax>());
    }

    /// <summary>
    /// Exceptions caught inside the split body (with operands pending on the stack: released before the handler runs),
    /// a continue through a finally, and an exception that leaves it (its traceback keeps the line and the locals,
    /// released when the handler that caught it ends): CPython 3.12.1's output, but for the global's release at exit,
    /// which this in-process run does not do (the conformance program language2/342 covers it).
    /// </summary>
    [Fact]
    public void A_split_frame_with_try_blocks_enters_its_handlers_and_keeps_its_locals_for_the_traceback()
    {
        string stdout = ExampleRunTests.CompileAndRunOk("split_frame_handlers", HandlersSource);
        Assert.Equal(
            "released pending\n" +
            "released pending\n" +
            "released keep 3\n" +
            "302\n" +
            "released pending\n" +
            "released pending\n" +
            "caught 'outside' 23 7\n" +
            "released keep 4\n" +
            "end\n", stdout);
    }

    /// <summary>Generators: a long one and a long coroutine (split), a short one and one with a try block (one method each).</summary>
    private const string GeneratorSource =
        "class Tracked:\n" +
        "    def __init__(self, name):\n" +
        "        self.name = name\n" +
        "    def __del__(self):\n" +
        "        print('released', self.name)\n" +
        "def inner(n):\n" +
        "    for i in range(n):\n" +
        "        yield i\n" +
        "    return n * 10\n" +
        "def long_gen(n):\n" +
        "    keep = Tracked('keep')\n" +
        "    total = 0\n" +
        "    for i in range(n):\n" +
        "        total += i * 2 + 1\n" +
        "        sent = yield total\n" +
        "        if sent is not None:\n" +
        "            total -= sent\n" +
        "    back = yield from inner(2)\n" +
        "    print('sum', keep.name, Tracked('pending'), (yield total), back, 1 // (total - total))\n" +
        "def short_gen(n):\n" +
        "    yield n\n" +
        "def guarded_gen(n):\n" +
        "    total = 0\n" +
        "    for i in range(n):\n" +
        "        try:\n" +
        "            total += i * 2 + 1 + n\n" +
        "            yield total\n" +
        "        finally:\n" +
        "            total -= 1\n" +
        "    return total\n" +
        "g = long_gen(2)\n" +
        "print(next(g), g.send(1), next(g), next(g), next(g))\n" +
        "try:\n" +
        "    g.send('x')\n" +
        "except ZeroDivisionError as e:\n" +
        "    print('caught', type(e).__name__, e.__traceback__.tb_next.tb_lineno)\n" +
        "g = long_gen(1)\n" +
        "next(g)\n" +
        "g.close()\n" +
        "print(list(short_gen(1)), list(guarded_gen(2)))\n";

    /// <summary>
    /// A generator without try blocks, long enough, is split as a function is: its resume method holds the one try (the
    /// traceback filter and the release of what is pending, from the split frame), and the method that runs its
    /// instructions has no exception handler; a short generator and one with a try block keep one method.
    /// </summary>
    [Fact]
    public void A_long_generator_runs_in_a_method_without_exception_handlers()
    {
        var methods = EmittedMethods(GeneratorSource);
        var run = methods.Single(m => m.Key.EndsWith("_long_gen_resume_run", StringComparison.Ordinal)).Value;
        Assert.Empty(run.DescendantNodes().OfType<TryStatementSyntax>());
        var resume = methods.Single(m => m.Key.EndsWith("_long_gen_resume", StringComparison.Ordinal)).Value;
        var resumeTry = Assert.Single(resume.DescendantNodes().OfType<TryStatementSyntax>());
        Assert.NotNull(Assert.Single(resumeTry.Catches).Filter);
        Assert.Contains("switch (__f.Ip)", resumeTry.Catches[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("YieldFromStepConsuming", run.ToString(), StringComparison.Ordinal);
        foreach (string small in new[] { "_short_gen", "_guarded_gen" })
        {
            Assert.DoesNotContain(methods.Keys, k => k.EndsWith(small + "_resume_run", StringComparison.Ordinal));
            Assert.Single(methods.Single(m => m.Key.EndsWith(small + "_resume", StringComparison.Ordinal)).Value.DescendantNodes().OfType<TryStatementSyntax>());
        }
    }

    /// <summary>
    /// A split generator resumed by send and yield from, an exception raised with a value pending below a yield (released
    /// before the caller's handler runs; the traceback keeps the locals until the exception is released) and a close at
    /// a yield with a value pending: CPython 3.12's output.
    /// </summary>
    [Fact]
    public void A_split_generator_releases_what_is_pending_at_its_yields_and_when_it_raises()
    {
        string stdout = ExampleRunTests.CompileAndRunOk("split_generator", GeneratorSource);
        Assert.Equal(
            "1 3 0 1 3\n" +
            "released pending\n" +
            "caught ZeroDivisionError 19\n" +
            "released keep\n" +
            "released keep\n" +
            "[1] [3, 7]\n", stdout);
    }

    private static Dictionary<string, MethodDeclarationSyntax> EmittedMethods(string source = Source) =>
        Tree(source).GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()
            .GroupBy(m => m.Identifier.Text).ToDictionary(g => g.Key, g => g.Single());

    private static List<string> EmittedRefStructs() =>
        Tree().GetRoot().DescendantNodes().OfType<StructDeclarationSyntax>()
            .Where(s => s.Modifiers.Any(m => m.IsKind(SyntaxKind.RefKeyword))).Select(s => s.Identifier.Text).ToList();

    private static Microsoft.CodeAnalysis.SyntaxTree Tree(string source = Source) => CSharpSyntaxTree.ParseText(EmittedSource(source));

    private static string EmittedSource(string source)
    {
        var compiled = PythonCompiler.Compile(source, "split_frame.py");
        Assert.True(compiled.Success);
        var request = new ModuleEmitRequest("Emitted", new[] { "public static partial class Example" }, "split_frame.py", 0,
            "__main__", source, Array.Empty<FunctionBinding>(), ExposeModuleMembers: true);
        return CSharpEmitter.Emit(compiled.Module!, request);
    }
}
