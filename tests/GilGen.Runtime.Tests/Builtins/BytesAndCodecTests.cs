using System.Collections.Generic;
using GilGen.Runtime;
using GilGen.Runtime.Tests.Objects;

namespace GilGen.Runtime.Tests.Builtins;

/// <summary>bytes, bytearray and the utf-8/ascii/latin-1 codecs, with CPython 3.12's reprs and messages.</summary>
public class BytesAndCodecTests
{
    [Theory]
    [InlineData(new byte[] { }, "b''")]
    [InlineData(new byte[] { 0, 0x41, 0xff, 0x27 }, "b\"\\x00A\\xff'\"")]
    [InlineData(new byte[] { 0x27, 0x22, 0x5c, 0x0a, 0x09 }, "b'\\'\"\\\\\\n\\t'")]
    public void Bytes_repr_is_CPythons(byte[] data, string expected) => Assert.Equal(expected, PyBytes.Repr(data));

    [Fact]
    public void Encode_and_decode_round_trip_and_name_the_failing_position()
    {
        Assert.Equal(new byte[] { 0x63, 0xc3, 0xa9 }, TextCodec.Encode("cé", "utf-8", "strict"));
        Assert.Equal(new byte[] { 0x63, 0xe9 }, TextCodec.Encode("cé", "Latin-1", "strict"));
        Assert.Equal("c?", System.Text.Encoding.ASCII.GetString(TextCodec.Encode("cé", "ascii", "replace")));
        Assert.Equal("cé", TextCodec.Decode(new byte[] { 0x63, 0xc3, 0xa9 }, "utf8", "strict"));
        var encode = Assert.Throws<PyException>(() => TextCodec.Encode("aé", "ascii", "strict"));
        Assert.Equal("UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 1: ordinal not in range(128)", encode.Message);
        var decode = Assert.Throws<PyException>(() => TextCodec.Decode(new byte[] { 0x61, 0xff }, "utf-8", "strict"));
        Assert.Equal("UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte", decode.Message);
        Assert.Equal("a\uFFFD", TextCodec.Decode(new byte[] { 0x61, 0xff }, "utf-8", "replace"));
        var lookup = Assert.Throws<PyException>(() => TextCodec.Encode("a", "klingon", "strict"));
        Assert.Equal("LookupError: unknown encoding: klingon", lookup.Message);
    }

    [Fact]
    public void Bytearray_item_and_slice_assignment()
    {
        using var s = new InterpreterScope();
        var ba = new PyByteArray(new List<byte> { 1, 2, 3, 4, 5 });
        ba.SetItem(s.Ts, PyValue.Int(0), PyValue.Int(9));
        ba.SetItem(s.Ts, PyValue.From(new PySlice(PyValue.Int(1), PyValue.Int(3), PyValue.None)), PyBytes.From(new byte[] { 7 }));
        Assert.Equal("bytearray(b'\\t\\x07\\x04\\x05')", ba.ReprString(s.Ts));
        var e = Assert.Throws<PyException>(() => ba.SetItem(s.Ts, PyValue.Int(0), PyValue.Int(256)));
        Assert.Equal("ValueError: byte must be in range(0, 256)", e.Message);
        Assert.Equal(new byte[] { 1, 2 }, BytesMethods.BytesFromObject(s.Ts, PyBytes.From(new byte[] { 1, 2 }), "bytes"));
    }
}
