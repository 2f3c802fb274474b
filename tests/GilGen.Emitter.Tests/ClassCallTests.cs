namespace GilGen.Emitter.Tests;

/// <summary>
/// Calling a plain class (object's layout, no Python <c>__new__</c>, a Python <c>__init__</c>) takes a fast
/// path cached per class version (PyType.FindPlainInit); these programs check that it behaves as the generic
/// path does: keyword arguments and defaults, a replaced <c>__init__</c> or an added <c>__new__</c> seen at once,
/// CPython's errors, reference counts, subclasses and the recursion limit. Output recorded with CPython 3.12.
/// </summary>
public sealed class ClassCallTests
{
    [Fact]
    public void Plain_class_calls_follow_changes_errors_refcounts_and_the_recursion_limit()
    {
        const string source = """
            import sys

            class P:
                def __init__(self, x, y=2):
                    self.x = x
                    self.y = y

            made = [P(i) for i in range(5)]
            print([(p.x, p.y) for p in made], P(1, y=7).y)

            def other_init(self, x, y=0):
                self.x = -x
                self.y = y
            P.__init__ = other_init
            print(P(3).x, P(3, 4).y)

            def new(cls, *args):
                print("new", cls.__name__, args)
                return object.__new__(cls)
            P.__new__ = staticmethod(new)
            print(P(5).x)

            class Bad:
                def __init__(self):
                    return 1
            try:
                Bad()
            except TypeError as e:
                print(e)

            class Raises:
                def __init__(self, v):
                    raise ValueError(v)
            try:
                Raises("no")
            except ValueError as e:
                print("ValueError", e)
            try:
                P()
            except TypeError as e:
                print(e)

            class Counted:
                def __init__(self, a):
                    self.rc = sys.getrefcount(self)
                    self.a = a
            key = object()
            c = Counted(key)
            print(c.rc, sys.getrefcount(c))

            class Sub(P):
                pass
            print(Sub(8).x, type(Sub(8)).__name__)

            class Q:
                def __init__(self, n):
                    self.x = n if n < 0 else deep(n - 1).x

            def deep(n):
                return Q(n) if n >= 0 else Q(-1)
            sys.setrecursionlimit(60)
            for n in (10, 40):
                try:
                    print(deep(n).x)
                except RecursionError as e:
                    print("RecursionError", n)
            """;
        Assert.Equal("[(0, 2), (1, 2), (2, 2), (3, 2), (4, 2)] 7\n"
            + "-3 4\n"
            + "new P (5,)\n"
            + "-5\n"
            + "__init__() should return None, not 'int'\n"
            + "ValueError no\n"
            + "new P ()\n"
            + "other_init() missing 1 required positional argument: 'x'\n"
            + "3 2\n"
            + "new Sub (8,)\n"
            + "new Sub (8,)\n"
            + "-8 Sub\n"
            + "-1\n"
            + "RecursionError 40\n", ClassRunTests.Run(source));
    }
}
