using GilGen.Runtime.Tests.Objects;

namespace GilGen.Runtime.Tests.Operations;

/// <summary>
/// <see cref="EmittedOps.CompareForJump"/>: the out-of-line COMPARE_OP + POP_JUMP of generated code for
/// operands that are not both inline ints. It consumes both operands, as COMPARE_OP does, even when the
/// comparison raises.
/// </summary>
public sealed class CompareForJumpTests
{
    [Fact]
    public void Floats_strings_and_big_ints_compare_and_give_a_bool()
    {
        using var s = new InterpreterScope();
        Assert.True(EmittedOps.CompareForJump(s.Ts, PyValue.Float(1.5), PyValue.Int(1), CompareOp.Gt, out bool isBool));
        Assert.True(isBool);
        Assert.False(EmittedOps.CompareForJump(s.Ts, PyValue.Str("abc"), PyValue.Str("abd"), CompareOp.Ge, out isBool));
        Assert.True(isBool);
        var big = PyValue.Int(System.Numerics.BigInteger.Pow(2, 100));
        Assert.True(EmittedOps.CompareForJump(s.Ts, big, PyValue.Int(long.MaxValue), CompareOp.Gt, out _));
    }

    [Fact]
    public void Both_operands_are_released()
    {
        using var s = new InterpreterScope();
        var left = PyValue.Str("left");
        var right = PyValue.Str("right");
        left.IncRef();
        right.IncRef();
        long before = left.Obj!.RefCount;

        EmittedOps.CompareForJump(s.Ts, left, right, CompareOp.Lt, out _);

        Assert.Equal(before - 1, left.Obj!.RefCount);
        Assert.Equal(before - 1, right.Obj!.RefCount);
    }

    [Fact]
    public void Operands_are_released_when_the_comparison_raises()
    {
        using var s = new InterpreterScope();
        var str = PyValue.Str("a");
        str.IncRef();
        long before = str.Obj!.RefCount;

        var error = s.Throws(() => EmittedOps.CompareForJump(s.Ts, PyValue.Int(1), str, CompareOp.Lt, out _));

        Assert.Equal("TypeError: '<' not supported between instances of 'int' and 'str'", error.Message);
        Assert.Equal(before - 1, str.Obj!.RefCount);
    }
}
