using GilGen.Runtime;
using GilGen.Runtime.Tests.Objects;

namespace GilGen.Runtime.Tests.Builtins;

/// <summary>bytes.fromhex and bytes.hex(sep, bytes_per_sep), with CPython's messages.</summary>
public class BytesHexTests
{
    [Fact]
    public void FromhexSkipsWhitespaceBetweenPairs()
    {
        using var s = new InterpreterScope();
        var fromhex = Ops.GetAttr(s.Ts, PyValue.From(PyType.Bytes), "fromhex");
        Assert.Equal("b'ABC'", s.Repr(Ops.Call(s.Ts, fromhex, new[] { PyValue.Str(" 41 42\t43 ") }, null)));
        Assert.Equal("bytearray(b'\\xff\\x00')", s.Repr(Ops.Call(s.Ts, Ops.GetAttr(s.Ts, PyValue.From(PyType.ByteArray), "fromhex"), new[] { PyValue.Str("ff00") }, null)));
        Assert.Equal("ValueError: non-hexadecimal number found in fromhex() arg at position 1", s.Throws(() => Ops.Call(s.Ts, fromhex, new[] { PyValue.Str("4 8") }, null)).Message);
        Assert.Equal("ValueError: non-hexadecimal number found in fromhex() arg at position 3", s.Throws(() => Ops.Call(s.Ts, fromhex, new[] { PyValue.Str("abc") }, null)).Message);
        Assert.Equal("TypeError: fromhex() argument must be str, not int", s.Throws(() => Ops.Call(s.Ts, fromhex, new[] { PyValue.Int(5) }, null)).Message);
    }

    [Fact]
    public void HexGroupsBytesWithASeparator()
    {
        using var s = new InterpreterScope();
        var data = PyBytes.From(new byte[] { 1, 2, 3, 4, 5 });
        Assert.Equal("'01:0203:0405'", s.Repr(s.CallMethod(data, "hex", PyValue.Str(":"), PyValue.Int(2))));
        Assert.Equal("'0102:0304:05'", s.Repr(s.CallMethod(data, "hex", PyValue.Str(":"), PyValue.Int(-2))));
        Assert.Equal("'01|02|03|04|05'", s.Repr(s.CallMethod(data, "hex", PyBytes.From(new byte[] { (byte)'|' }))));
        Assert.Equal("ValueError: sep must be length 1.", s.Throws(() => s.CallMethod(data, "hex", PyValue.Str("ab"))).Message);
        Assert.Equal("ValueError: sep must be ASCII.", s.Throws(() => s.CallMethod(data, "hex", PyValue.Str("é"))).Message);
    }
}
