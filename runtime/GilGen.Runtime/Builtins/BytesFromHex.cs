using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>bytes.fromhex and bytearray.fromhex: pairs of hex digits, ASCII whitespace allowed between pairs.</summary>
public static class BytesFromHex
{
    /// <summary>Installs fromhex on bytes (<paramref name="mutable"/> false) or bytearray.</summary>
    public static void Install(PyType t, bool mutable)
    {
        t.Dict["fromhex"] = PyValue.From(new PyBuiltinFunction("fromhex", (ts, a, kw) =>
        {
            var arg = new BuiltinArguments("fromhex", a, kw).NoKeywords().Expect(1, 1)[0];
            if (arg.Obj is not PyStr s) throw PyErr.TypeError($"fromhex() argument must be str, not {arg.Type.Name}");
            var data = Parse(s.Value);
            return mutable ? PyValue.From(new PyByteArray(data)) : PyBytes.From(data.ToArray());
        }));
    }

    private static List<byte> Parse(string text)
    {
        var data = new List<byte>(text.Length / 2);
        int i = 0;
        while (true)
        {
            while (i < text.Length && text[i] is ' ' or '\t' or '\n' or '\r' or '\v' or '\f') i++;
            if (i >= text.Length) return data;
            int high = Digit(text, i), low = high < 0 ? -1 : Digit(text, i + 1);
            if (high < 0 || low < 0)
                throw PyErr.ValueError($"non-hexadecimal number found in fromhex() arg at position {(high < 0 ? i : i + 1)}");
            data.Add((byte)(high * 16 + low));
            i += 2;
        }
    }

    private static int Digit(string text, int i) => i >= text.Length ? -1 : text[i] switch
    {
        >= '0' and <= '9' => text[i] - '0',
        >= 'a' and <= 'f' => text[i] - 'a' + 10,
        >= 'A' and <= 'F' => text[i] - 'A' + 10,
        _ => -1,
    };
}
