using GilGen.Compiler;
using GilGen.Compiler.Emit;
using GilGen.Runtime;

namespace GilGen.Emitter.Tests;

/// <summary>
/// Generators and coroutines through the whole pipeline: GilGen's compiler, the emitter's resumable
/// methods, Roslyn and the runtime's <see cref="PyGenerator"/>. Expected outputs are CPython 3.12's.
/// </summary>
public sealed class GeneratorTests
{
    private static string Emit(string source)
    {
        var result = PythonCompiler.Compile(source, "gen.py");
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => $"{d.Line}:{d.Column} {d.Id} {d.Message}")));
        var request = new ModuleEmitRequest("Emitted", new[] { "public static partial class Program" }, "gen.py", 0,
            "__main__", source, Array.Empty<FunctionBinding>(), ExposeModuleMembers: true);
        return CSharpEmitter.Emit(result.Module!, request);
    }

    private static (string Stdout, string Stderr) Run(string source, RuntimeProfile profile = RuntimeProfile.Modern)
    {
        var assembly = EmittedAssembly.Compile(Emit(source));
        var definition = (ModuleDefinition)assembly.GetType("Emitted.Program")!.GetProperty("ModuleDefinition")!.GetValue(null)!;
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var interp = new GilInterpreter(new GilOptions { Profile = profile, Stdout = stdout, Stderr = stderr });
        interp.Run(definition);
        return (stdout.ToString(), stderr.ToString());
    }

    private static void AssertPrints(string source, string expected, RuntimeProfile profile = RuntimeProfile.Modern)
    {
        var (stdout, stderr) = Run(source, profile);
        Assert.Equal("", stderr);
        Assert.Equal(expected, stdout);
    }

    /// <summary>
    /// The emitter marks a code object that yields with no try or with block (CodeInfo.ClosesWithoutUnwinding), whose
    /// generator close() releases without raising GeneratorExit in it; one with such a block is closed by raising it,
    /// so its finally runs; a function that does not yield is not marked.
    /// </summary>
    [Fact]
    public void Only_a_generator_without_blocks_is_marked_to_close_without_unwinding()
    {
        const string source = """
            def plain():
                yield 1
                yield 2
            def guarded():
                try:
                    yield 1
                    yield 2
                finally:
                    print("finally")
            def returns():
                return 1
            for make in (plain, guarded):
                g = make()
                next(g)
                g.close()
                print(make.__name__, "closed", next(g, "done"))
            """;
        var emitted = Emit(source);
        string MarkOf(string name) => emitted.Split('\n').Single(l => l.Contains($"CodeInfo __gil_code", StringComparison.Ordinal) && l.Contains($"new(\"{name}\"", StringComparison.Ordinal));
        Assert.EndsWith("{ ClosesWithoutUnwinding = true };", MarkOf("plain"));
        Assert.DoesNotContain("ClosesWithoutUnwinding", MarkOf("guarded"));
        Assert.DoesNotContain("ClosesWithoutUnwinding", MarkOf("returns"));
        AssertPrints(source, "plain closed done\nfinally\nguarded closed done\n");
    }

    [Theory]
    [InlineData(RuntimeProfile.Modern)]
    [InlineData(RuntimeProfile.Py39)]
    public void Send_resumes_with_the_value_and_return_ends_in_StopIteration(RuntimeProfile profile) => AssertPrints("""
        def acc():
            total = 0
            while True:
                x = yield total
                if x is None:
                    return total
                total += x
        g = acc()
        print(next(g), g.send(2), g.send(3))
        try:
            g.send(None)
        except StopIteration as e:
            print("value", e.value)
        print(next(g, "done"))
        """, "0 2 5\nvalue 5\ndone\n", profile);

    [Fact]
    public void Throw_raises_at_the_yield_and_a_handler_there_can_yield_again() => AssertPrints("""
        def g():
            while True:
                try:
                    yield 1
                except ValueError as e:
                    print("caught", e)
                    yield 2
        it = g()
        print(next(it))
        print(it.throw(ValueError("v")))
        print(next(it))
        try:
            it.throw(KeyError("k"))
        except KeyError as e:
            print("propagated", repr(e))
        print(next(it, "exhausted"))
        """, "1\ncaught v\n2\n1\npropagated KeyError('k')\nexhausted\n");

    [Fact]
    public void Close_runs_finally_and_a_yield_in_answer_is_a_RuntimeError() => AssertPrints("""
        def f():
            try:
                yield 1
            finally:
                print("finally")
        a = f()
        next(a)
        print(a.close())
        def stubborn():
            try:
                yield 1
            except GeneratorExit:
                yield 2
        b = stubborn()
        next(b)
        try:
            b.close()
        except RuntimeError as e:
            print(e)
        """, "finally\nNone\ngenerator ignored GeneratorExit\n");

    [Fact]
    public void A_running_generator_cannot_be_resumed() => AssertPrints("""
        def g():
            yield next(me)
        me = g()
        try:
            next(me)
        except ValueError as e:
            print(e)
        """, "generator already executing\n");

    [Fact]
    public void StopIteration_raised_inside_becomes_RuntimeError() => AssertPrints("""
        def g():
            yield 1
            raise StopIteration
        try:
            list(g())
        except RuntimeError as e:
            print(e, type(e.__cause__).__name__)
        """, "generator raised StopIteration StopIteration\n");

    [Fact]
    public void Yield_from_forwards_send_and_throw_and_returns_the_value() => AssertPrints("""
        def inner():
            try:
                x = yield "a"
                y = yield x
            except KeyError:
                return "inner stopped"
            return x + y
        def outer():
            r = yield from inner()
            yield "result " + r
        o = outer()
        print(next(o), o.send("p"), o.send("q"))
        o = outer()
        next(o)
        print(o.throw(KeyError))
        """, "a p result pq\nresult inner stopped\n");

    [Fact]
    public void The_frame_releases_its_references_when_exhausted_closed_or_dropped() => AssertPrints("""
        import sys
        data = [1, 2]
        base = sys.getrefcount(data)
        def hold(seq):
            for x in seq:
                yield x
        g = hold(data)
        next(g)
        print(sys.getrefcount(data) - base)
        g.close()
        print(sys.getrefcount(data) - base)
        g = hold(data)
        next(g)
        del g
        print(sys.getrefcount(data) - base)
        g = hold(data)
        list(g)
        print(sys.getrefcount(data) - base)
        """, "2\n0\n0\n0\n");

    [Fact]
    public void Coroutines_await_each_other_and_return_through_StopIteration() => AssertPrints("""
        async def add(a, b):
            return a + b
        async def total(n):
            t = 0
            for i in range(n):
                t = await add(t, i)
            return t
        c = total(5)
        try:
            c.send(None)
        except StopIteration as e:
            print(e.value)
        try:
            c.send(None)
        except RuntimeError as e:
            print(e)
        """, "10\ncannot reuse already awaited coroutine\n");

    [Fact]
    public void Generator_expressions_are_lazy_generators() => AssertPrints("""
        seen = []
        def f(x):
            seen.append(x)
            return x
        g = (f(x) for x in range(5))
        print(type(g).__name__, seen)
        print(any(v > 1 for v in g), seen)
        print(",".join(str(x) for x in range(3)), sum(x * x for x in range(4)))
        """, "generator []\nTrue [0, 1, 2]\n0,1,2 14\n");

    [Fact]
    public void A_function_without_yield_is_emitted_as_before_and_a_generator_gets_a_resume_method()
    {
        var csharp = Emit("""
            def plain(n):
                while n > 0:
                    n -= 1
                return n
            def gen(n):
                while n > 0:
                    yield n
                    n -= 1
            """);
        int plainAt = csharp.IndexOf("def plain", StringComparison.Ordinal);
        int genAt = csharp.IndexOf("def gen", StringComparison.Ordinal);
        var plain = csharp.Substring(plainAt, genAt - plainAt);
        Assert.DoesNotContain("GeneratorFrame", plain);
        Assert.DoesNotContain("__ip", plain);
        Assert.Contains("_resume(global::GilGen.Runtime.ThreadState __ts, global::GilGen.Runtime.GeneratorFrame __f)", csharp);
        Assert.Contains("global::GilGen.Runtime.PyGenerator.Create(__f,", csharp);
    }

    [Fact]
    public void Resuming_after_yield_is_a_checkpoint_in_both_profiles_and_after_yield_from_in_neither()
    {
        var csharp = Emit("""
            def gen(it):
                x = yield 1
                y = yield from it
                return x, y
            """);
        // After YIELD_VALUE the next instruction (STORE_FAST) is checked by CPython 3.9 (its loop is
        // re-entered), by 3.11+ (RESUME after a yield) and by 2.7 (a tick at its loop top): mask Modern|Py39|Py27.
        // The slow path names the code object and the instruction (for the deterministic scheduler's reports).
        // It first records its own state for the catch (CheckpointStates): the stack before the next instruction.
        Assert.Matches(@"if \(\(__interp\.EvalBreaker & 7\) != 0\) \{ __ip = -?\d+; __ts\.HandleEvalBreaker\(\w+, \d+\); \}   // checkpoint: generator resumed", csharp);
        // A resumed yield from goes straight back into YIELD_FROM: no check on that path.
        var afterYieldFrom = csharp.Substring(csharp.IndexOf("case global::GilGen.Runtime.ResumeMode.Send:", StringComparison.Ordinal));
        var sendCase = afterYieldFrom.Substring(0, afterYieldFrom.IndexOf('\n'));
        Assert.DoesNotContain("EvalBreaker", sendCase);
        // The first run starts with the function-entry check.
        Assert.Contains("// checkpoint: generator start", csharp);
    }
}
