using System;
using System.Collections.Generic;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// str.encode and bytes.decode for the codecs ordinary programs use (utf-8, ascii, latin-1), with
/// the error handlers strict, ignore and replace, and CPython's messages.
/// </summary>
public static class TextCodec
{
    private enum Codec { Utf8, Ascii, Latin1 }

    /// <summary>codecs.lookup's normalization: case-insensitive, '-' and ' ' count as '_'.</summary>
    private static Codec Lookup(string encoding)
    {
        string n = encoding.ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        return n switch
        {
            "utf_8" or "utf8" or "u8" or "utf" or "cp65001" => Codec.Utf8,
            "ascii" or "us_ascii" or "646" => Codec.Ascii,
            "latin_1" or "latin1" or "latin" or "l1" or "iso_8859_1" or "iso8859_1" or "8859" or "cp819" or "iso_ir_100" => Codec.Latin1,
            _ => throw PyErr.New(ExceptionTypes.LookupError, $"unknown encoding: {encoding}"),
        };
    }

    /// <summary>
    /// What writing <paramref name="text"/> to a UTF-8 text stream (sys.stdout, print) checks first, as CPython's
    /// TextIOWrapper encodes it strictly: a lone surrogate ('\ud800') is a UnicodeEncodeError naming its position,
    /// where a .NET writer would put U+FFFD in its place.
    /// </summary>
    public static void CheckUtf8Encodable(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            throw PyErr.New(ExceptionTypes.UnicodeEncodeError, $"'utf-8' codec can't encode character '\\u{(int)text[i]:x4}' in position {i}: surrogates not allowed");
        }
    }

    private static string Name(Codec c) => c switch { Codec.Utf8 => "utf-8", Codec.Ascii => "ascii", _ => "latin-1" };

    private static void CheckErrors(string errors)
    {
        if (errors is not ("strict" or "ignore" or "replace"))
            throw PyErr.New(ExceptionTypes.LookupError, $"unknown error handler name '{errors}'");
    }

    /// <summary><c>text.encode(encoding, errors)</c>.</summary>
    public static byte[] Encode(string text, string encoding, string errors)
    {
        var codec = Lookup(encoding);
        CheckErrors(errors);
        var result = new List<byte>(text.Length);
        int limit = codec == Codec.Ascii ? 128 : 256;
        Span<byte> buf = stackalloc byte[4];
        for (int i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            int width = 1;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[i + 1]);
                width = 2;
            }
            if (codec == Codec.Utf8)
            {
                if (cp >= 0xD800 && cp <= 0xDFFF)
                {
                    if (errors == "strict")
                        throw PyErr.New(ExceptionTypes.UnicodeEncodeError, $"'utf-8' codec can't encode character '\\u{cp:x4}' in position {i}: surrogates not allowed");
                    if (errors == "replace") result.Add((byte)'?');
                    continue;
                }
                int n = new Rune(cp).EncodeToUtf8(buf);
                for (int k = 0; k < n; k++) result.Add(buf[k]);
            }
            else if (cp < limit) result.Add((byte)cp);
            else
            {
                if (errors == "strict")
                {
                    string ch = cp <= 0xff ? $"\\x{cp:x2}" : cp <= 0xffff ? $"\\u{cp:x4}" : $"\\U{cp:x8}";
                    throw PyErr.New(ExceptionTypes.UnicodeEncodeError,
                        $"'{Name(codec)}' codec can't encode character '{ch}' in position {i}: ordinal not in range({limit})");
                }
                if (errors == "replace") result.Add((byte)'?');
            }
            i += width - 1;
        }
        return result.ToArray();
    }

    /// <summary><c>data.decode(encoding, errors)</c>.</summary>
    public static string Decode(ReadOnlySpan<byte> data, string encoding, string errors)
    {
        var codec = Lookup(encoding);
        CheckErrors(errors);
        var sb = new StringBuilder(data.Length);
        if (codec == Codec.Latin1)
        {
            foreach (byte b in data) sb.Append((char)b);
            return sb.ToString();
        }
        int i = 0;
        while (i < data.Length)
        {
            byte b = data[i];
            if (b < 0x80) { sb.Append((char)b); i++; continue; }
            if (codec == Codec.Ascii)
            {
                DecodeError(sb, errors, "ascii", $"can't decode byte 0x{b:x2} in position {i}: ordinal not in range(128)");
                i++;
                continue;
            }
            var status = Rune.DecodeFromUtf8(data.Slice(i), out var rune, out int consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                sb.Append(rune.ToString());
                i += consumed;
                continue;
            }
            // CPython names the first bad byte, or the range of an incomplete sequence.
            string reason;
            if (b < 0xC2 || b > 0xF4) reason = $"can't decode byte 0x{b:x2} in position {i}: invalid start byte";
            else if (status == System.Buffers.OperationStatus.NeedMoreData)
                reason = consumed <= 1 ? $"can't decode byte 0x{b:x2} in position {i}: unexpected end of data"
                    : $"can't decode bytes in position {i}-{i + consumed - 1}: unexpected end of data";
            else reason = consumed <= 1 ? $"can't decode byte 0x{b:x2} in position {i}: invalid continuation byte"
                    : $"can't decode bytes in position {i}-{i + consumed - 1}: invalid continuation byte";
            DecodeError(sb, errors, "utf-8", reason);
            i += Math.Max(1, consumed);
        }
        return sb.ToString();
    }

    private static void DecodeError(StringBuilder sb, string errors, string codec, string reason)
    {
        if (errors == "strict") throw PyErr.New(ExceptionTypes.UnicodeDecodeError, $"'{codec}' codec {reason}");
        if (errors == "replace") sb.Append('\uFFFD');
    }
}
