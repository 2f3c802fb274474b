using GilGen.Runtime;

namespace GilGen.Runtime.Tests.Objects;

public class FloatReprTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e22, "1e+22")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(123456789.0, "123456789.0")]
    [InlineData(2.5e-310, "2.5e-310")]
    [InlineData(0.005, "0.005")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.NaN, "nan")]
    public void ReprMatchesCPython(double d, string expected) => Assert.Equal(expected, FloatFormatter.Repr(d));

    [Fact]
    public void SumIsShortestRoundTrip() => Assert.Equal("0.30000000000000004", FloatFormatter.Repr(0.1 + 0.2));

    [Theory]
    [InlineData(2.675, 2, "2.67")]
    [InlineData(0.5, 0, "0")]
    [InlineData(1.5, 0, "2")]
    [InlineData(3.14159, 3, "3.142")]
    [InlineData(1e20, 2, "100000000000000000000.00")]
    public void FixedRoundsTheExactBinaryValueHalfEven(double d, int prec, string expected) =>
        Assert.Equal(expected, FloatFormatter.Fixed(d, prec));

    [Fact]
    public void ExponentAndGeneral()
    {
        Assert.Equal("1.234568e+04", FloatFormatter.Exponent(12345.678, 6));
        Assert.Equal("1.234e-05", FloatFormatter.General(0.00001234, 6));
        Assert.Equal("1.23457e+06", FloatFormatter.General(1234567.0, 6));
        Assert.Equal("100", FloatFormatter.General(100.0, 6));
    }
}
