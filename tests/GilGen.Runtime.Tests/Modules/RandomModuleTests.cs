using System.Numerics;
using GilGen.Runtime;
using GilGen.Runtime.Tests.Objects;

namespace GilGen.Runtime.Tests.Modules;

/// <summary>random draws CPython 3.12's numbers (expected values printed by CPython 3.12.1).</summary>
public class RandomModuleTests
{
    private static PyValue Import(InterpreterScope s) => Ops.ImportName(s.Ts, new PyModule("__main__"), "random", PyValue.None, 0);

    [Fact]
    public void Seed_zero_gives_CPythons_first_floats()
    {
        using var s = new InterpreterScope();
        var random = Import(s);
        s.CallMethod(random, "seed", PyValue.Int(0)).DecRef();
        // python3.12: random.seed(0); [random.random() for _ in range(3)]
        Assert.Equal("0.8444218515250481", s.Repr(s.CallMethod(random, "random")));
        Assert.Equal("0.7579544029403025", s.Repr(s.CallMethod(random, "random")));
        Assert.Equal("0.420571580830845", s.Repr(s.CallMethod(random, "random")));
    }

    [Fact]
    public void Seeds_of_big_negative_ints_and_strings_match_CPython()
    {
        var mt = new MersenneTwister();
        mt.Seed(BigInteger.Pow(2, 100));
        // python3.12: random.seed(2**100); random.getrandbits(32)
        Assert.Equal(3258412053u, mt.NextUInt32());

        using var s = new InterpreterScope();
        var random = Import(s);
        s.CallMethod(random, "seed", PyValue.Str("hello")).DecRef();
        // python3.12: random.seed("hello"); random.random()
        Assert.Equal("0.3537754404730722", s.Repr(s.CallMethod(random, "random")));
        s.CallMethod(random, "seed", PyValue.Int(-5)).DecRef();
        var negative = s.Repr(s.CallMethod(random, "random"));
        s.CallMethod(random, "seed", PyValue.Int(5)).DecRef();
        Assert.Equal(negative, s.Repr(s.CallMethod(random, "random")));
    }

    [Fact]
    public void Randrange_above_two_to_the_63_and_errors()
    {
        using var s = new InterpreterScope();
        var random = Import(s);
        s.CallMethod(random, "seed", PyValue.Int(1)).DecRef();
        // python3.12: random.seed(1); random.randrange(2**64); random.randint(1, 6)
        Assert.Equal("14089154938208861744", s.Repr(s.CallMethod(random, "randrange", PyValue.Int(BigInteger.Pow(2, 64)))));
        Assert.Equal("ValueError: empty range in randrange(5, 5)",
            s.Throws(() => s.CallMethod(random, "randrange", PyValue.Int(5), PyValue.Int(5))).Message);
        Assert.Equal("IndexError: Cannot choose from an empty sequence",
            s.Throws(() => s.CallMethod(random, "choice", PyValue.From(new PyList()))).Message);
    }
}
