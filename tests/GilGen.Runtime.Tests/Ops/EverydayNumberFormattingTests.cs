using System.Numerics;
using GilGen.Runtime;
using GilGen.Runtime.Tests.Objects;

namespace GilGen.Runtime.Tests.Operations;

/// <summary>Number conversions and formats the everyday corpus found wrong: int to float rounding, 'n', '#', bools, bytes %.</summary>
public class EverydayNumberFormattingTests
{
    private static string Format(InterpreterScope s, PyValue v, string spec) => s.Str(s.CallBuiltin("format", v, PyValue.Str(spec)));

    [Fact]
    public void LargeIntsConvertToTheNearestFloat()
    {
        using var s = new InterpreterScope();
        Assert.Equal("1e+300", s.Repr(s.CallBuiltin("float", PyValue.Int(BigInteger.Pow(10, 300)))));
        Assert.Equal("1e+22", s.Repr(s.CallBuiltin("float", PyValue.Int(BigInteger.Pow(10, 22)))));
        // 2**53 + 1 is a tie between 2**53 and 2**53 + 2: round half to even keeps 2**53.
        Assert.Equal("9007199254740992.0", s.Repr(s.CallBuiltin("float", PyValue.Int((BigInteger.One << 53) + 1))));
        Assert.Equal("9007199254740996.0", s.Repr(s.CallBuiltin("float", PyValue.Int((BigInteger.One << 53) + 3))));
        Assert.Equal("OverflowError: int too large to convert to float", s.Throws(() => s.CallBuiltin("float", PyValue.Int(BigInteger.Pow(10, 400)))).Message);
    }

    [Fact]
    public void LargeIntTrueDivisionIsCorrectlyRounded()
    {
        using var s = new InterpreterScope();
        Assert.Equal("1e+20", s.Repr(Ops.TrueDiv(s.Ts, PyValue.Int(BigInteger.Pow(10, 30)), PyValue.Int(BigInteger.Pow(10, 10)))));
        Assert.Equal("0.3333333333333333", s.Repr(Ops.TrueDiv(s.Ts, PyValue.Int(BigInteger.Pow(10, 40)), PyValue.Int(3 * BigInteger.Pow(10, 40)))));
        Assert.Equal("-10.0", s.Repr(Ops.TrueDiv(s.Ts, PyValue.Int(-BigInteger.Pow(10, 400)), PyValue.Int(BigInteger.Pow(10, 399)))));
        Assert.Equal("5e-324", s.Repr(Ops.TrueDiv(s.Ts, PyValue.Int(1), PyValue.Int(BigInteger.One << 1074))));
        Assert.Equal("0.0", s.Repr(Ops.TrueDiv(s.Ts, PyValue.Int(1), PyValue.Int(BigInteger.Pow(10, 400)))));
        Assert.Equal("OverflowError: integer division result too large for a float",
            s.Throws(() => Ops.TrueDiv(s.Ts, PyValue.Int(BigInteger.Pow(10, 400)), PyValue.Int(3))).Message);
    }

    [Fact]
    public void A_nan_is_not_equal_to_itself_but_a_list_holding_it_is()
    {
        using var s = new InterpreterScope();
        var nan = PyValue.Float(double.NaN);
        Assert.Equal("False", s.Repr(Ops.Compare(s.Ts, nan, nan, CompareOp.Eq)));
        Assert.Equal("True", s.Repr(Ops.Compare(s.Ts, nan, nan, CompareOp.Ne)));
        var list = Ops.BuildList(new[] { nan });
        Assert.Equal("True", s.Repr(Ops.Compare(s.Ts, list, list, CompareOp.Eq)));
        Assert.True(Ops.EqualsBool(s.Ts, nan, nan));
    }

    [Fact]
    public void FormatSpecCornerCases()
    {
        using var s = new InterpreterScope();
        Assert.Equal("12", Format(s, PyValue.Float(12.0), "n"));
        Assert.Equal("2.", Format(s, PyValue.Float(1.5), "#.0f"));
        Assert.Equal("2.e+00", Format(s, PyValue.Float(1.5), "#.0e"));
        Assert.Equal("200.%", Format(s, PyValue.Float(2.0), "#.0%"));
        Assert.Equal("     1", Format(s, PyValue.True, ">6"));
        Assert.Equal("True", Format(s, PyValue.True, ""));
        Assert.Equal("ValueError: Unknown format code 's' for object of type 'bool'", s.Throws(() => Format(s, PyValue.True, "s")).Message);
    }

    [Fact]
    public void BytesPercentFormatting()
    {
        using var s = new InterpreterScope();
        var args = Ops.BuildTuple(new[] { PyBytes.From(new byte[] { 0x61, 0x62 }), PyValue.Int(5), PyValue.Int(255) });
        Assert.Equal("b'ab-5-ff'", s.Repr(Ops.Mod(s.Ts, PyBytes.From("%s-%d-%x"u8), args)));
        Assert.Equal("b\"'\\\\xe9'\"", s.Repr(Ops.Mod(s.Ts, PyBytes.From("%r"u8), PyValue.Str("é"))));
        Assert.Equal("TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'int'",
            s.Throws(() => Ops.Mod(s.Ts, PyBytes.From("%s"u8), PyValue.Int(1))).Message);
        Assert.Equal("OverflowError: %c arg not in range(256)", s.Throws(() => Ops.Mod(s.Ts, PyBytes.From("%c"u8), PyValue.Int(256))).Message);
    }
}
