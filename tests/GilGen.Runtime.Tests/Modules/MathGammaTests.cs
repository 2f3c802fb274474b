using GilGen.Runtime;
using GilGen.Runtime.Tests.Objects;

namespace GilGen.Runtime.Tests.Modules;

public class MathGammaTests
{
    private static PyValue Math(InterpreterScope s) => Ops.ImportName(s.Ts, new PyModule("__main__"), "math", PyValue.None, 0);

    [Theory]
    // Values recorded with CPython 3.12 (repr of the result).
    [InlineData("gamma", 0.5, "1.7724538509055159")]
    [InlineData("gamma", -2.5, "-0.9453087204829417")]
    [InlineData("gamma", 171.5, "9.483367566824801e+307")]
    [InlineData("gamma", 30.1, "1.240499575297669e+31")]
    [InlineData("gamma", -200.5, "-0.0")]
    [InlineData("lgamma", -0.5, "1.265512123484645")]
    [InlineData("lgamma", 172.0, "711.71472580229")]
    [InlineData("lgamma", 1e-30, "69.07755278982137")]
    public void MatchesCPythonBitForBit(string function, double x, string expected)
    {
        using var s = new InterpreterScope();
        Assert.Equal(expected, s.Repr(s.CallMethod(Math(s), function, PyValue.Float(x))));
    }

    [Fact]
    public void ErrorsAreCPythons()
    {
        using var s = new InterpreterScope();
        Assert.Equal("ValueError: math domain error", s.Throws(() => s.CallMethod(Math(s), "gamma", PyValue.Float(0.0))).Message);
        Assert.Equal("ValueError: math domain error", s.Throws(() => s.CallMethod(Math(s), "lgamma", PyValue.Int(-3))).Message);
        Assert.Equal("OverflowError: math range error", s.Throws(() => s.CallMethod(Math(s), "gamma", PyValue.Float(172.0))).Message);
        Assert.Equal("OverflowError: math range error", s.Throws(() => s.CallMethod(Math(s), "lgamma", PyValue.Float(1e308))).Message);
    }
}
