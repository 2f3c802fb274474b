using System.Threading;

namespace GilGen.Emitter.Tests;

/// <summary>
/// What goes deep ends in a RecursionError or finishes, never in a .NET stack overflow (which kills the process, this
/// test run with it): recursion that raises through generators, frames with try blocks and builtins that call back,
/// on a thread with a small stack; and the release of chains longer than any stack (the trashcan), also of chains
/// CPython 3.12 itself crashes on, so no conformance program can hold them.
/// </summary>
public sealed class DeepRecursionTests
{
    [Fact]
    public void Releasing_chains_of_generators_and_deques_does_not_recurse_per_link()
    {
        // CPython 3.12 overflows its C stack on both (gen_dealloc and deque_dealloc have no trashcan).
        const string source = """
            import collections
            g = iter([1])
            for _ in range(200_000):
                g = (x for x in g)
            del g
            print("generators released")
            q = None
            for _ in range(200_000):
                q = collections.deque([q])
            del q
            print("deques released")
            """;
        Assert.Equal("generators released\ndeques released\n", RunOnSmallStack(source));
    }

    [Fact]
    public void A_recursion_that_unwinds_through_catches_raises_RecursionError_on_a_small_stack()
    {
        // Every level of the first four catches the exception and lets it go on: a frame with try blocks where it is
        // raised outside them, a generator, str.join over a generator, map. Each used to throw again inside its catch,
        // which kept every level's exception dispatch on the stack until it overflowed. A coroutine resuming the next
        // one (await) counted no level; deepcopy and the comparison of nested lists recurse inside the runtime. The
        // limit is high, so the stack runs out first: the probe in the call turns that into the RecursionError too.
        const string source = """
            import sys
            def unprotected(n):
                y = unprotected(n + 1)
                try:
                    pass
                except ValueError:
                    pass
                return y
            def walk(n):
                return sum(walk(n + 1) for _ in range(1))
            class Node:
                def __init__(self, child):
                    self.child = child
                def __repr__(self):
                    return "N(" + ", ".join(repr(c) for c in [self.child] if c is not None) + ")"
            def chain(n):
                node = None
                for _ in range(n):
                    node = Node(node)
                return node
            def mapped(n):
                return list(map(mapped, [n + 1]))
            async def awaiting(n):
                return await awaiting(n + 1)
            def run_coroutine():
                c = awaiting(0)
                try:
                    c.send(None)
                finally:
                    c.close()
            def nested(n):
                x = []
                for _ in range(n):
                    x = [x]
                return x
            import copy
            sys.setrecursionlimit(100_000)
            for name, run in [("unprotected", lambda: unprotected(0)), ("walk", lambda: walk(0)),
                              ("repr", lambda: repr(chain(50_000))), ("map", lambda: mapped(0)),
                              ("await", run_coroutine), ("deepcopy", lambda: copy.deepcopy(nested(200_000))),
                              ("compare", lambda: nested(200_000) == nested(200_000))]:
                try:
                    run()
                except RecursionError:
                    print(name, "RecursionError")
            """;
        Assert.Equal("unprotected RecursionError\nwalk RecursionError\nrepr RecursionError\nmap RecursionError\n"
            + "await RecursionError\ndeepcopy RecursionError\ncompare RecursionError\n", RunOnSmallStack(source));
    }

    [Fact]
    public void Hashing_a_deeply_nested_tuple_raises_RecursionError_where_the_stack_ends()
    {
        // A deliberate difference: CPython 3.12 hashes it (its C frames are small and hashing counts no recursion level).
        const string source = """
            x = ()
            for _ in range(200_000):
                x = (x,)
            try:
                hash(x)
            except RecursionError as e:
                print(e)
            print(hash(((1, 2), (3, (4,)))) == hash(((1, 2), (3, (4,)))))
            """;
        Assert.Equal("maximum recursion depth exceeded while hashing a tuple\nTrue\n", RunOnSmallStack(source));
    }

    // 1 MiB: smaller than the main thread's 8 MiB and the 16 MiB of a Python thread, so the stack, not the limit, ends
    // the recursion.
    private static string RunOnSmallStack(string source)
    {
        string? output = null;
        var thread = new Thread(() => output = ClassRunTests.Run(source), 1024 * 1024);
        thread.Start();
        thread.Join();
        return output!;
    }
}
