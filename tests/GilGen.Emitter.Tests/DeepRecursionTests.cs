using System.Linq;
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
    public void A_recursion_through_runtime_paths_that_release_on_the_way_out_raises_RecursionError_on_a_small_stack()
    {
        // Each shape recurses through a runtime path that releases what it holds when the call back into Python code
        // raises: itertools callbacks, set and dict building that hash, set operations, sum and math.prod's
        // operators, tuple() and deque() of a generator, heapq, collections' constructors, an exception class's or a
        // builtin subclass's __init__, operator.attrgetter, iter(callable, sentinel), max and sorted with a key.
        // Each of these released in a catch that threw again (one exception dispatch per level kept on the stack,
        // until it overflowed and killed the process), now in a finally: the stack probe's RecursionError unwinds.
        const string source = """
            import sys, itertools, collections, heapq, math, operator
            class Hashing:
                def __init__(self, f, n):
                    self.f = f
                    self.n = n
                def __hash__(self):
                    return hash(self.f(self.n + 1))
                def __bool__(self):
                    return bool(self.f(self.n + 1))
                def __radd__(self, other):
                    return self.f(self.n + 1)
                def __rmul__(self, other):
                    return self.f(self.n + 1)
            class Equal:
                def __init__(self, f, n):
                    self.f = f
                    self.n = n
                def __hash__(self):
                    return 1
                def __eq__(self, other):
                    return self.f(self.n + 1)
            class Iterable:
                def __init__(self, f, n):
                    self.f = f
                    self.n = n
                def __iter__(self):
                    return iter([self.f(self.n + 1)])
            class Attr:
                def __init__(self, f, n):
                    self.f = f
                    self.n = n
                @property
                def a(self):
                    return self.f(self.n + 1)
            class Failing(Exception):
                def __init__(self, f, n):
                    f(n + 1)
            class MyList(list):
                def __init__(self, f, n):
                    f(n + 1)
            def takewhile(n): return list(itertools.takewhile(lambda x: takewhile(n + 1), [1]))
            def dropwhile(n): return list(itertools.dropwhile(lambda x: dropwhile(n + 1), [1]))
            def filterfalse(n): return list(itertools.filterfalse(lambda x: filterfalse(n + 1), [1]))
            def groupby(n): return list(itertools.groupby([1], key=lambda x: groupby(n + 1)))
            def compress(n): return list(itertools.compress([1], [Hashing(compress, n)]))
            def zip_longest(n): return list(itertools.zip_longest([1], Iterable(zip_longest, n)))
            def product(n): return list(itertools.product([1], Iterable(product, n)))
            def set_display(n): return {Hashing(set_display, n)}
            def dict_display(n): return {Hashing(dict_display, n): 1}
            def set_union(n): return {1}.union([Hashing(set_union, n)])
            def set_intersection(n): return {1}.intersection([Hashing(set_intersection, n)])
            def set_or(n): return {1} | set([Equal(set_or, n), Equal(set_or, n)])
            def dict_get(n): return {Equal(dict_get, n): 1}.get(Equal(dict_get, n))
            def summed(n): return sum([Hashing(summed, n)])
            def prod(n): return math.prod([Hashing(prod, n)])
            def tupled(n): return tuple(tupled(n + 1) for _ in range(1))
            def deque(n): return collections.deque(deque(n + 1) for _ in range(1))
            def nsmallest(n): return heapq.nsmallest(1, [1, 2], key=lambda x: nsmallest(n + 1))
            def merge(n): return list(heapq.merge([1], Iterable(merge, n)))
            def counter(n): return collections.Counter([Hashing(counter, n)])
            def ordered(n): return collections.OrderedDict([(Hashing(ordered, n), 1)])
            def default(n): return collections.defaultdict(None, [(Hashing(default, n), 1)])
            def exception(n): return Failing(exception, n)
            def subclass(n): return MyList(subclass, n)
            def attrgetter(n): return operator.attrgetter("a", "a")(Attr(attrgetter, n))
            def sentinel(n): return list(iter(lambda: Equal(sentinel, n), 0))
            def max_key(n): return max([1, 2], key=lambda x: max_key(n + 1))
            def sorted_key(n): return sorted([1, 2], key=lambda x: sorted_key(n + 1))
            sys.setrecursionlimit(200_000)
            shapes = [takewhile, dropwhile, filterfalse, groupby, compress, zip_longest, product, set_display,
                      dict_display, set_union, set_intersection, set_or, dict_get, summed, prod, tupled, deque,
                      nsmallest, merge, counter, ordered, default, exception, subclass, attrgetter, sentinel,
                      max_key, sorted_key]
            for shape in shapes:
                try:
                    shape(0)
                    print(shape.__name__, "finished")
                except RecursionError:
                    print(shape.__name__, "RecursionError")
            """;
        string expected = string.Concat(new[]
        {
            "takewhile", "dropwhile", "filterfalse", "groupby", "compress", "zip_longest", "product", "set_display",
            "dict_display", "set_union", "set_intersection", "set_or", "dict_get", "summed", "prod", "tupled", "deque",
            "nsmallest", "merge", "counter", "ordered", "default", "exception", "subclass", "attrgetter", "sentinel",
            "max_key", "sorted_key",
        }.Select(name => name + " RecursionError\n"));
        Assert.Equal(expected, RunOnSmallStack(source));
    }

    [Fact]
    public void Hashing_a_tuple_nested_deeper_than_the_stack_gives_CPythons_value()
    {
        // CPython 3.12 hashes it on its C stack (and counts no recursion level); here the plain tuples inside are
        // hashed with an explicit stack once the .NET stack runs low. The value is CPython's xxHash of the chain,
        // computed by a Python model of it; the shallow one is hashed the usual way.
        const string source = """
            x = ()
            for _ in range(200_000):
                x = (x,)
            print(hash(x))
            class T(tuple):
                pass
            print(hash(T((x,))) == hash((x,)))
            print(hash(((1, 2), (3, (4,)))) == hash(((1, 2), (3, (4,)))))
            """;
        Assert.Equal("1302733106829314788\nTrue\nTrue\n", RunOnSmallStack(source));
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
