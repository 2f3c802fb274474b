using System;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>int.to_bytes and int.from_bytes: two's complement or unsigned, big- or little-endian, CPython's messages.</summary>
public static class IntBytes
{
    /// <summary>Installs the two methods on int.</summary>
    public static void Install(PyType t)
    {
        t.AddMethod("to_bytes", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("to_bytes", a.Slice(1), kw).OnlyKeywords("length", "byteorder", "signed").Expect(0, 2);
            long length = args.GetLong(0, "length", 1);
            bool bigEndian = BigEndian(ByteOrder(args.Get(1, "byteorder"), "to_bytes"));
            bool signed = args.Get(-1, "signed") is PyValue s && Ops.IsTrue(ts, s);
            if (length < 0) throw PyErr.ValueError("length argument must be non-negative");
            Numbers.TryInt(a[0], out var value);
            if (!signed && value.Sign < 0) throw PyErr.OverflowError("can't convert negative int to unsigned");
            byte[] bytes = value.IsZero ? Array.Empty<byte>() : value.ToByteArray(isUnsigned: !signed, isBigEndian: false);
            if (bytes.Length > length) throw PyErr.OverflowError("int too big to convert");
            var result = new byte[length];
            byte fill = value.Sign < 0 ? (byte)0xFF : (byte)0;
            for (int i = 0; i < length; i++) result[i] = i < bytes.Length ? bytes[i] : fill;
            if (bigEndian) Array.Reverse(result);
            return PyBytes.From(result);
        });
        t.Dict["from_bytes"] = PyValue.From(new PyBuiltinFunction("from_bytes", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("from_bytes", a, kw).OnlyKeywords("bytes", "byteorder", "signed").Expect(0, 2);
            if (args.Get(0, "bytes") is not PyValue source)
                throw PyErr.TypeError("from_bytes() missing required argument 'bytes' (pos 1)");
            bool bigEndian = BigEndian(ByteOrder(args.Get(1, "byteorder"), "from_bytes"));
            bool signed = args.Get(-1, "signed") is PyValue s && Ops.IsTrue(ts, s);
            if (source.IsInt || source.Obj is PyLong || source.Obj is PyBool || source.Obj is PyStr)
                throw PyErr.TypeError($"cannot convert '{source.Type.Name}' object to bytes");
            byte[] data = BytesMethods.BytesFromObject(ts, source, "bytes");
            return PyValue.Int(new BigInteger(data, isUnsigned: !signed, isBigEndian: bigEndian));
        }));
    }

    /// <summary>The byteorder argument, with argument clinic's message naming it.</summary>
    private static string? ByteOrder(PyValue? v, string function) => v switch
    {
        null => null,
        { Obj: PyStr s } => s.Value,
        PyValue other => throw PyErr.TypeError($"{function}() argument 'byteorder' must be str, not {other.Type.Name}"),
    };

    private static bool BigEndian(string? byteorder) => byteorder switch
    {
        null or "big" => true,
        "little" => false,
        _ => throw PyErr.ValueError("byteorder must be either 'little' or 'big'"),
    };
}
