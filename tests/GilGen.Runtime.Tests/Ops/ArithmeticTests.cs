using GilGen.Runtime;
using GilGen.Runtime.Tests.Objects;

namespace GilGen.Runtime.Tests.Operations;


public class ArithmeticTests
{
    [Fact]
    public void InlineIntsStayInline()
    {
        using var s = new InterpreterScope();
        var r = Ops.InplaceSub(s.Ts, PyValue.Int(10), PyValue.Int(1));
        Assert.True(r.IsInt);
        Assert.Equal(9, r.IntValue);
        Assert.True(Ops.IsTrue(s.Ts, Ops.Compare(s.Ts, r, PyValue.Int(0), CompareOp.Gt)));
    }

    [Fact]
    public void OverflowGoesToBigIntAndBack()
    {
        using var s = new InterpreterScope();
        var big = Ops.Add(s.Ts, PyValue.Int(long.MaxValue), PyValue.Int(1));
        Assert.IsType<PyLong>(big.Obj);
        Assert.Equal("9223372036854775808", s.Repr(big));
        var back = Ops.Sub(s.Ts, big, PyValue.Int(1));
        Assert.True(back.IsInt);
        Assert.Equal(long.MaxValue, back.IntValue);
        Assert.Equal("18446744073709551616", s.Repr(Ops.Pow(s.Ts, PyValue.Int(2), PyValue.Int(64))));
        Assert.Equal("-9223372036854775809", s.Repr(Ops.Sub(s.Ts, PyValue.Int(long.MinValue), PyValue.Int(1))));
        Assert.Equal("85070591730234615847396907784232501249", s.Repr(Ops.Mul(s.Ts, PyValue.Int(long.MaxValue), PyValue.Int(long.MaxValue))));
        Assert.Equal("9223372036854775808", s.Repr(Ops.Neg(s.Ts, PyValue.Int(long.MinValue))));
        Assert.Equal("9223372036854775808", s.Repr(Ops.FloorDiv(s.Ts, PyValue.Int(long.MinValue), PyValue.Int(-1))));
    }

    [Theory]
    [InlineData(-7, 2, "-4", "1")]
    [InlineData(7, -2, "-4", "-1")]
    [InlineData(-7, -2, "3", "-1")]
    [InlineData(7, 2, "3", "1")]
    public void FloorDivisionAndModuloFollowPython(long a, long b, string q, string r)
    {
        using var s = new InterpreterScope();
        Assert.Equal(q, s.Repr(Ops.FloorDiv(s.Ts, PyValue.Int(a), PyValue.Int(b))));
        Assert.Equal(r, s.Repr(Ops.Mod(s.Ts, PyValue.Int(a), PyValue.Int(b))));
    }

    [Fact]
    public void FloatsAndMixedOperands()
    {
        using var s = new InterpreterScope();
        Assert.Equal("2.5", s.Repr(Ops.TrueDiv(s.Ts, PyValue.Int(10), PyValue.Int(4))));
        Assert.Equal("0.3333333333333333", s.Repr(Ops.TrueDiv(s.Ts, PyValue.Int(1), PyValue.Int(3))));
        Assert.Equal("3.0", s.Repr(Ops.FloorDiv(s.Ts, PyValue.Float(7.0), PyValue.Int(2))));
        Assert.Equal("0.5", s.Repr(Ops.Mod(s.Ts, PyValue.Float(-7.5), PyValue.Int(2))));
        Assert.Equal("0.30000000000000004", s.Repr(Ops.Add(s.Ts, PyValue.Float(0.1), PyValue.Float(0.2))));
        Assert.Equal("2", s.Repr(Ops.Add(s.Ts, PyValue.True, PyValue.True)));
    }

    [Theory]
    [InlineData("TrueDiv", 1, 0, "ZeroDivisionError: division by zero")]
    [InlineData("FloorDiv", 1, 0, "ZeroDivisionError: integer division or modulo by zero")]
    [InlineData("Mod", 1, 0, "ZeroDivisionError: integer modulo by zero")]
    [InlineData("Pow", 0, -1, "ZeroDivisionError: 0.0 cannot be raised to a negative power")]
    [InlineData("LShift", 1, -1, "ValueError: negative shift count")]
    public void IntErrorsHaveCPythonText(string op, long a, long b, string expected)
    {
        using var s = new InterpreterScope();
        var m = typeof(Ops).GetMethod(op)!;
        var e = Assert.Throws<System.Reflection.TargetInvocationException>(() => m.Invoke(null, new object[] { s.Ts, PyValue.Int(a), PyValue.Int(b) }));
        Assert.Equal(expected, ((PyException)e.InnerException!).Message);
    }

    [Fact]
    public void TypeErrorsHaveCPythonText()
    {
        using var s = new InterpreterScope();
        var str = PyValue.Str("a");
        Assert.Equal("TypeError: unsupported operand type(s) for +: 'int' and 'str'", s.Throws(() => Ops.Add(s.Ts, PyValue.Int(1), str)).Message);
        Assert.Equal("TypeError: can only concatenate str (not \"int\") to str", s.Throws(() => Ops.Add(s.Ts, str, PyValue.Int(1))).Message);
        Assert.Equal("TypeError: unsupported operand type(s) for +=: 'int' and 'str'", s.Throws(() => Ops.InplaceAdd(s.Ts, PyValue.Int(1), str)).Message);
        Assert.Equal("TypeError: '<' not supported between instances of 'int' and 'str'", s.Throws(() => Ops.Compare(s.Ts, PyValue.Int(1), str, CompareOp.Lt)).Message);
        Assert.Equal("TypeError: bad operand type for unary -: 'str'", s.Throws(() => Ops.Neg(s.Ts, str)).Message);
        Assert.Equal("ZeroDivisionError: float division by zero", s.Throws(() => Ops.TrueDiv(s.Ts, PyValue.Float(1), PyValue.Int(0))).Message);
        Assert.Equal("ZeroDivisionError: float modulo", s.Throws(() => Ops.Mod(s.Ts, PyValue.Float(1), PyValue.Int(0))).Message);
    }

    [Fact]
    public void SequenceOperators()
    {
        using var s = new InterpreterScope();
        Assert.Equal("'abab'", s.Repr(Ops.Mul(s.Ts, PyValue.Str("ab"), PyValue.Int(2))));
        Assert.Equal("[1, 2, 1, 2]", s.Repr(Ops.Mul(s.Ts, Ops.BuildList(new[] { PyValue.Int(1), PyValue.Int(2) }), PyValue.Int(2))));
        var l = Ops.BuildList(new[] { PyValue.Int(1) });
        var r = Ops.InplaceAdd(s.Ts, l, Ops.BuildTuple(new[] { PyValue.Int(2) }));
        Assert.Same(l.Obj, r.Obj);
        Assert.Equal("[1, 2]", s.Repr(l));
        Assert.Equal("(1, 2)", s.Repr(Ops.Add(s.Ts, Ops.BuildTuple(new[] { PyValue.Int(1) }), Ops.BuildTuple(new[] { PyValue.Int(2) }))));
    }

    [Fact]
    public void ComparisonsAcrossNumericTypes()
    {
        using var s = new InterpreterScope();
        Assert.True(Ops.EqualsBool(s.Ts, PyValue.Int(1), PyValue.Float(1.0)));
        Assert.True(Ops.EqualsBool(s.Ts, PyValue.True, PyValue.Int(1)));
        Assert.True(Ops.OrderBool(s.Ts, PyValue.Int(long.MaxValue), PyValue.Float(9.3e18), CompareOp.Lt));
        Assert.False(Ops.OrderBool(s.Ts, PyValue.Float(double.NaN), PyValue.Int(1), CompareOp.Lt));
        Assert.True(Ops.OrderBool(s.Ts, Ops.BuildTuple(new[] { PyValue.Int(1), PyValue.Int(2) }), Ops.BuildTuple(new[] { PyValue.Int(1), PyValue.Int(3) }), CompareOp.Lt));
        Assert.True(Ops.OrderBool(s.Ts, PyValue.Str("abc"), PyValue.Str("abd"), CompareOp.Lt));
    }
}
