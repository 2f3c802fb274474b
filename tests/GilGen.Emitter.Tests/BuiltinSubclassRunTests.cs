namespace GilGen.Emitter.Tests;

/// <summary>
/// Python subclasses of list, dict, str, int... compiled, emitted and run: they behave as their builtin, honour the
/// methods written in Python and keep CPython 3.12's reference counts (expected output recorded with pyenv).
/// </summary>
public sealed class BuiltinSubclassRunTests
{
    [Fact]
    public void Instances_reference_their_class_and_release_what_they_hold()
    {
        const string source = """
            import sys
            class L(list): pass
            class S(str): pass
            base = sys.getrefcount(L)
            items = [L([i]) for i in range(3)]
            print(sys.getrefcount(L) - base)
            del items
            print(sys.getrefcount(L) - base)
            x = L([object()])
            print(sys.getrefcount(x))
            inner = x[0]
            print(sys.getrefcount(inner))
            del x
            print(sys.getrefcount(inner))
            s = S("abc")
            s.tag = inner
            print(sys.getrefcount(inner))
            del s
            print(sys.getrefcount(inner))
            """;
        Assert.Equal("3\n0\n2\n3\n2\n3\n2\n", ClassRunTests.Run(source));
    }

    [Fact]
    public void Builtin_new_checks_its_class_argument_as_CPython_does()
    {
        const string source = """
            class L(list): pass
            for f in (lambda: int.__new__(str), lambda: list.__new__(5), lambda: object.__new__(L)):
                try:
                    f()
                except TypeError as e:
                    print(e)
            """;
        Assert.Equal("int.__new__(str): str is not a subtype of int\nlist.__new__(X): X is not a type object (int)\n"
            + "object.__new__(L) is not safe, use L.__new__()\n", ClassRunTests.Run(source));
    }

    [Fact]
    public void Dict_missing_int_arithmetic_and_overridden_dunders()
    {
        const string source = """
            class D(dict):
                def __missing__(self, k): return k * 3
            class N(int): pass
            class Loud(list):
                def __getitem__(self, i): return ("got", super().__getitem__(i))
                def __len__(self): return 99
            l = Loud([1, 2])
            print(D()[4], D(a=1) == {"a": 1}, isinstance(D(), dict))
            print(N(3) + N(4), type(N(3) + N(4)).__name__, -N(2), +N(5), type(+N(5)).__name__)
            print(l[0], len(l), list(l), [x for x in l], bool(Loud()))
            """;
        Assert.Equal("12 True True\n7 int -2 5 int\n('got', 1) 99 [1, 2] [1, 2] True\n", ClassRunTests.Run(source));
    }
}
