using System.Numerics;
using GilGen.Runtime;
using GilGen.Runtime.Tests.Objects;

namespace GilGen.Runtime.Tests.Builtins;

/// <summary>int and iterator methods the everyday corpus found missing: bit_count, to_bytes/from_bytes, the digit limit, __next__.</summary>
public class IntAndIteratorMethodsTests
{
    [Fact]
    public void BitCountAndBytes()
    {
        using var s = new InterpreterScope();
        Assert.Equal("51", s.Repr(s.CallMethod(PyValue.Int(BigInteger.Parse("1051570404360395033547316")), "bit_count")));
        Assert.Equal("3", s.Repr(s.CallMethod(PyValue.Int(-7), "bit_count")));
        Assert.Equal("b'\\x00\\x04'", s.Repr(s.CallKw(Ops.GetAttr(s.Ts, PyValue.Int(1024), "to_bytes"), new[] { PyValue.Int(2), PyValue.Str("little") }, new[] { "byteorder" })));
        Assert.Equal("b'\\xff\\xff'", s.Repr(s.CallKw(Ops.GetAttr(s.Ts, PyValue.Int(-1), "to_bytes"), new[] { PyValue.Int(2), PyValue.True }, new[] { "signed" })));
        Assert.Equal("OverflowError: int too big to convert", s.Throws(() => s.CallMethod(PyValue.Int(256), "to_bytes", PyValue.Int(1))).Message);
        Assert.Equal("OverflowError: can't convert negative int to unsigned", s.Throws(() => s.CallMethod(PyValue.Int(-1), "to_bytes", PyValue.Int(2))).Message);
        Assert.Equal("ValueError: byteorder must be either 'little' or 'big'", s.Throws(() => s.CallMethod(PyValue.Int(1), "to_bytes", PyValue.Int(2), PyValue.Str("middle"))).Message);
        var fromBytes = Ops.GetAttr(s.Ts, PyValue.From(PyType.Int), "from_bytes");
        Assert.Equal("-128", s.Repr(s.CallKw(fromBytes, new[] { PyBytes.From(new byte[] { 0x80 }), PyValue.True }, new[] { "signed" })));
        Assert.Equal("513", s.Repr(Ops.Call(s.Ts, fromBytes, new[] { Ops.BuildList(new[] { PyValue.Int(1), PyValue.Int(2) }), PyValue.Str("little") }, null)));
        Assert.Equal("TypeError: cannot convert 'int' object to bytes", s.Throws(() => Ops.Call(s.Ts, fromBytes, new[] { PyValue.Int(5) }, null)).Message);
    }

    [Fact]
    public void DecimalConversionsStopAtTheDigitLimit()
    {
        using var s = new InterpreterScope();
        Assert.Equal("ValueError: Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; use sys.set_int_max_str_digits() to increase the limit",
            s.Throws(() => s.CallBuiltin("int", PyValue.Str(new string('7', 4301)))).Message);
        Assert.Equal("ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            s.Throws(() => s.CallBuiltin("str", PyValue.Int(BigInteger.Pow(10, 4300)))).Message);
        Assert.Equal(4300, s.Str(s.CallBuiltin("str", PyValue.Int(BigInteger.Pow(10, 4300) - 1))).Length);
        // Bases that are powers of two have no limit.
        Assert.Equal("True", s.Repr(Ops.Compare(s.Ts, s.CallBuiltin("int", PyValue.Str(new string('f', 5000)), PyValue.Int(16)), PyValue.Int(0), CompareOp.Gt)));
        s.Interp.IntMaxStrDigits = 0;
        Assert.Equal(4301, s.Str(s.CallBuiltin("str", PyValue.Int(BigInteger.Pow(10, 4300)))).Length);
    }

    [Fact]
    public void BuiltinIteratorsHaveNextAndIter()
    {
        using var s = new InterpreterScope();
        var it = s.CallBuiltin("iter", Ops.BuildList(new[] { PyValue.Int(1) }));
        Assert.Equal("1", s.Repr(s.CallMethod(it, "__next__")));
        Assert.Equal("StopIteration", s.Throws(() => s.CallMethod(it, "__next__")).Message);
        var zip = s.CallBuiltin("zip", PyValue.Str("ab"), PyValue.Str("cd"));
        Assert.True(s.CallMethod(zip, "__iter__").Obj == zip.Obj);
        Assert.Equal("('a', 'c')", s.Repr(s.CallMethod(zip, "__next__")));
    }
}
