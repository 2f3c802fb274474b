using GilGen.Compiler;
using GilGen.Compiler.Emit;

namespace GilGen.Emitter.Tests;

/// <summary>
/// A LOAD_FAST of a local bound on every path to it is emitted without its unbound test (BoundLocals); every
/// path that can reach a LOAD_FAST unbound still raises UnboundLocalError, as CPython 3.12 does.
/// </summary>
public sealed class BoundLocalsTests
{
    // Each function reads a local that some path leaves unbound: a branch, a deletion, a loop that ran no time,
    // a try whose assignment raised; in a short function (one method) and a long one (a split frame).
    private const string Source = """
        def branch(c):
            if c:
                x = 1
            return x

        def deleted(a):
            del a
            return a

        def loop(n):
            for i in range(n):
                pass
            return i

        def handler():
            try:
                x = int("no")
            except ValueError:
                pass
            return x

        def long_function(c):
            t = 0
            t = t + 1
            t = t + 2
            t = t + 3
            t = t + 4
            if c:
                y = t
            t = t + 5
            return y + t

        def bound(a, n):
            s = 0
            for i in range(n):
                s = s + i + a
            del a
            a = s
            return a + s + i

        for f, arg in [(branch, False), (deleted, 1), (loop, 0), (handler, None), (long_function, False)]:
            try:
                f(arg) if arg is not None else f()
                print(f.__name__, "returned")
            except UnboundLocalError as e:
                print(f.__name__, "UnboundLocalError", e)
        print(branch(True), loop(3), long_function(True), bound(1, 3))
        """;

    [Fact]
    public void Every_path_that_reaches_a_read_unbound_still_raises()
    {
        var stdout = ClassRunTests.Run(Source);
        // CPython 3.12's output.
        Assert.Equal("""
            branch UnboundLocalError cannot access local variable 'x' where it is not associated with a value
            deleted UnboundLocalError cannot access local variable 'a' where it is not associated with a value
            loop UnboundLocalError cannot access local variable 'i' where it is not associated with a value
            handler UnboundLocalError cannot access local variable 'x' where it is not associated with a value
            long_function UnboundLocalError cannot access local variable 'y' where it is not associated with a value
            1 2 25 14

            """.Replace("\r\n", "\n"), stdout.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Only_reads_of_locals_that_may_be_unbound_are_tested()
    {
        var compiled = PythonCompiler.Compile(Source, "bound.py");
        Assert.True(compiled.Success);
        var request = new ModuleEmitRequest("Emitted", new[] { "public static partial class Example" }, "bound.py", 0,
            "__main__", Source, Array.Empty<FunctionBinding>(), ExposeModuleMembers: true);
        var csharp = CSharpEmitter.Emit(compiled.Module!, request);
        var tested = csharp.Split('\n').Where(line => line.Contains("RaiseUnboundLocal", StringComparison.Ordinal))
            .Select(line => line.Split("RaiseUnboundLocal(__ts, ")[1].Split(')')[0]).Order(StringComparer.Ordinal).ToList();
        // One test per read that some path reaches unbound: x in branch and handler, a in deleted, i in loop and
        // bound (after the loop), y in long_function, and the `del a` in deleted and bound (DELETE_FAST keeps its test).
        // Not s, t, i inside the loop, nor a after `a = s`.
        Assert.Equal(new[] { "\"a\"", "\"a\"", "\"a\"", "\"i\"", "\"i\"", "\"x\"", "\"x\"", "\"y\"" }, tested);
    }
}
