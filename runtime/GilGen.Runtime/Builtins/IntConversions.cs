using System;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>int's conversions and number-protocol attributes: to_bytes, from_bytes, bit_count, as_integer_ratio, is_integer, real/imag/numerator/denominator.</summary>
public static class IntConversions
{
    /// <summary>Installs them on int (bool inherits them).</summary>
    public static void Install(PyType t)
    {
        // Small ints answer these in Ops (IntAttribute); big ints and bools read them here.
        ReadOnlyAttribute.Install(t, "real", v => AsInt(v));
        ReadOnlyAttribute.Install(t, "numerator", v => AsInt(v));
        ReadOnlyAttribute.Install(t, "imag", v => PyValue.Int(0));
        ReadOnlyAttribute.Install(t, "denominator", v => PyValue.Int(1));
        t.AddMethod("bit_count", (ts, a, kw) =>
        {
            new BuiltinArguments("bit_count", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            var v = BigInteger.Abs(Value(a[0]));
            long count = 0;
            foreach (var b in v.ToByteArray(isUnsigned: true)) count += BitOperations.PopCount(b);
            return PyValue.Int(count);
        });
        t.AddMethod("as_integer_ratio", (ts, a, kw) =>
        {
            new BuiltinArguments("as_integer_ratio", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            return PyValue.From(new PyTuple(new[] { AsInt(a[0]), PyValue.Int(1) }));
        });
        t.AddMethod("is_integer", (ts, a, kw) =>
        {
            new BuiltinArguments("is_integer", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            return PyValue.True;
        });
        t.AddMethod("to_bytes", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("to_bytes", a.Slice(1), kw).OnlyKeywords("length", "byteorder", "signed").Expect(0, 2);
            long length = args.GetLong(0, "length", 1);
            bool big = BigEndian(args.Get(1, "byteorder"), "to_bytes");
            bool signed = args.Get(-1, "signed") is PyValue s && Ops.IsTrue(ts, s);
            if (length < 0) throw PyErr.ValueError("length argument must be non-negative");
            return PyValue.From(new PyBytes(ToBytes(Value(a[0]), (int)length, big, signed)));
        });
        var fromBytes = PyValue.From(new PyBuiltinFunction("from_bytes", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("from_bytes", a.Slice(1), kw).OnlyKeywords("bytes", "byteorder", "signed").Expect(0, 2);
            var source = args.Get(0, "bytes") ?? throw PyErr.TypeError("from_bytes() missing required argument 'bytes' (pos 1)");
            bool big = BigEndian(args.Get(1, "byteorder"), "from_bytes");
            bool signed = args.Get(-1, "signed") is PyValue s && Ops.IsTrue(ts, s);
            byte[] data = source.Obj switch
            {
                PyBytes b => b.Data,
                PyByteArray ba => ba.ToArray(),
                PyStr => throw PyErr.TypeError("cannot convert 'str' object to bytes"),
                _ => BytesOf(ts, source),
            };
            var value = data.Length == 0 ? BigInteger.Zero : new BigInteger(data, isUnsigned: !signed, isBigEndian: big);
            var result = PyValue.Int(value);
            if (a[0].Obj is PyType cls && !ReferenceEquals(cls, PyType.Int))
            {
                try { return Ops.Call(ts, a[0], new[] { result }, null); }
                finally { result.DecRef(); }
            }
            return result;
        }));
        t.Dict["from_bytes"] = PyValue.From(new PyClassMethod(fromBytes));
        t.Modified();
    }

    private static BigInteger Value(PyValue v) => Numbers.TryInt(v, out var n) ? n : throw PyErr.TypeError($"descriptor requires an 'int' object but received '{v.Type.Name}'");

    private static PyValue AsInt(PyValue v) => v.Obj is PyBool b ? PyValue.Int(b.Value ? 1 : 0) : v.NewRef();

    private static bool BigEndian(PyValue? order, string function)
    {
        if (order is not PyValue o) return true;
        if (o.Obj is not PyStr s) throw PyErr.TypeError($"{function}() argument 'byteorder' must be str, not {o.Type.Name}");
        return s.Value switch
        {
            "big" => true,
            "little" => false,
            _ => throw PyErr.ValueError("byteorder must be either 'little' or 'big'"),
        };
    }

    private static byte[] BytesOf(ThreadState ts, PyValue iterable)
    {
        var items = Ops.ToList(ts, iterable);
        try
        {
            var data = new byte[items.Count];
            for (int i = 0; i < data.Length; i++)
            {
                if (!Numbers.TryLong(items[i], out long b)) throw PyErr.TypeError($"'{items[i].Type.Name}' object cannot be interpreted as an integer");
                if (b < 0 || b > 255) throw PyErr.ValueError("bytes must be in range(0, 256)");
                data[i] = (byte)b;
            }
            return data;
        }
        finally { foreach (var v in items) v.DecRef(); }
    }

    /// <summary>int.to_bytes: the two's complement (or unsigned) bytes of <paramref name="v"/> in exactly <paramref name="length"/> bytes.</summary>
    public static byte[] ToBytes(BigInteger v, int length, bool bigEndian, bool signed)
    {
        if (!signed && v.Sign < 0) throw PyErr.OverflowError("can't convert negative int to unsigned");
        byte[] minimal = v.IsZero ? Array.Empty<byte>() : v.ToByteArray(isUnsigned: !signed, isBigEndian: false);
        if (minimal.Length > length) throw PyErr.OverflowError("int too big to convert");
        var result = new byte[length];
        byte fill = signed && v.Sign < 0 ? (byte)0xFF : (byte)0;
        for (int i = 0; i < length; i++) result[i] = i < minimal.Length ? minimal[i] : fill;
        if (bigEndian) Array.Reverse(result);
        return result;
    }
}
