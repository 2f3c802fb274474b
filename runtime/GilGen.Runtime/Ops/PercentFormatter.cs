using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Globalization;
using System.Numerics;
using System.Text;

namespace GilGen.Runtime;

/// <summary>printf-style str % args and bytes % args, as CPython's PyUnicode_Format and _PyBytes_FormatEx (texts included).</summary>
public static class PercentFormatter
{
    /// <summary>Formats <paramref name="format"/> with a tuple, a single value or a mapping.</summary>
    public static string Format(ThreadState ts, string format, PyValue args) => Format(ts, format, args, bytes: false);

    /// <summary>bytes % args: the same directives over Latin-1 text, with %s/%b taking bytes and %r/%a giving ascii().</summary>
    public static byte[] FormatBytes(ThreadState ts, byte[] format, PyValue args) =>
        Encoding.Latin1.GetBytes(Format(ts, Encoding.Latin1.GetString(format), args, bytes: true));

    // Larger buffers are not kept for the next format: one huge result should not hold its memory for the thread's life.
    private const int KeptBufferCapacity = 4096;

    private static string Format(ThreadState ts, string format, PyValue args, bool bytes)
    {
        var sb = ts.FormatBuffer ?? new StringBuilder(Math.Max(16, format.Length + 16));
        ts.FormatBuffer = null;
        try { return Format(ts, sb, format, args, bytes); }
        finally
        {
            sb.Clear();
            if (sb.Capacity <= KeptBufferCapacity) ts.FormatBuffer = sb;
        }
    }

    private static string Format(ThreadState ts, StringBuilder sb, string format, PyValue args, bool bytes)
    {
        ReadOnlySpan<PyValue> items = args.Obj is PyTuple t ? t.Items : new ReadOnlySpan<PyValue>(in args);
        bool isTuple = args.Obj is PyTuple;
        bool isMapping = args.Obj is PyDict || (args.Obj is not null && !isTuple && args.Obj is not PyStr && args.Type.IsOutsideBuiltins && args.Type.Lookup("__getitem__") is not null);
        int next = 0;
        bool usedMapping = false;
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c != '%') { sb.Append(c); continue; }
            int start = i;
            if (++i >= format.Length) throw PyErr.ValueError("incomplete format");
            PyValue? keyed = null;
            if (format[i] == '(')
            {
                if (!isMapping) throw PyErr.TypeError("format requires a mapping");
                int depth = 1, j = i + 1;
                while (j < format.Length && depth > 0) { if (format[j] == '(') depth++; else if (format[j] == ')') depth--; j++; }
                if (depth > 0) throw PyErr.ValueError("incomplete format key");
                string keyText = format.Substring(i + 1, j - i - 2);
                var key = bytes ? PyBytes.From(Encoding.Latin1.GetBytes(keyText)) : PyValue.Str(keyText);
                keyed = Ops.GetItem(ts, args, key);
                key.DecRef();
                usedMapping = true;
                i = j;
            }
            bool left = false, plus = false, space = false, alt = false, zero = false;
            for (; i < format.Length; i++)
            {
                char f = format[i];
                if (f == '-') left = true; else if (f == '+') plus = true; else if (f == ' ') space = true;
                else if (f == '#') alt = true; else if (f == '0') zero = true; else break;
            }
            int width = -1, prec = -1;
            if (i < format.Length && format[i] == '*') { width = (int)TakeInt(items, ref next, isTuple); i++; if (width < 0) { left = true; width = -width; } }
            else { int w = 0; bool has = false; while (i < format.Length && char.IsDigit(format[i])) { w = w * 10 + format[i++] - '0'; has = true; } if (has) width = w; }
            if (i < format.Length && format[i] == '.')
            {
                i++;
                if (i < format.Length && format[i] == '*') { prec = (int)TakeInt(items, ref next, isTuple); i++; }
                else { int p = 0; while (i < format.Length && char.IsDigit(format[i])) p = p * 10 + format[i++] - '0'; prec = p; }
            }
            while (i < format.Length && (format[i] == 'l' || format[i] == 'h' || format[i] == 'L')) i++;
            if (i >= format.Length) throw PyErr.ValueError("incomplete format");
            char type = format[i];
            if (type == '%') { sb.Append('%'); continue; }
            PyValue value;
            if (keyed is PyValue kv) value = kv;
            else
            {
                if (next >= items.Length) throw PyErr.TypeError("not enough arguments for format string");
                value = items[next++].NewRef();
            }
            try
            {
                string body;
                string sign = "";
                switch (type)
                {
                    case 's' or 'b' when bytes: body = BytesText(value); if (prec >= 0 && prec < body.Length) body = body.Substring(0, prec); break;
                    case 'r' when bytes: body = Ops.AsciiOf(ts, value); if (prec >= 0 && prec < body.Length) body = body.Substring(0, prec); break;
                    case 'c' when bytes: body = ByteChar(value); break;
                    case 's': body = Ops.StrOf(ts, value); if (prec >= 0 && prec < body.Length) body = body.Substring(0, prec); break;
                    case 'r': body = Ops.ReprOf(ts, value); if (prec >= 0 && prec < body.Length) body = body.Substring(0, prec); break;
                    case 'a': body = Ops.AsciiOf(ts, value); if (prec >= 0 && prec < body.Length) body = body.Substring(0, prec); break;
                    case 'c':
                        if (value.Obj is PyStr cs && cs.Value.Length == 1) body = cs.Value;
                        else if (Numbers.TryLong(value, out long code)) body = char.ConvertFromUtf32((int)code);
                        else throw PyErr.TypeError("%c requires int or char");
                        break;
                    case 'd' or 'i' or 'u' when value.IsInt && value.IntValue != long.MinValue:
                    {
                        // An inline int in decimal: no BigInteger, and far below the digit limit.
                        long n = value.IntValue;
                        body = Math.Abs(n).ToString(CultureInfo.InvariantCulture);
                        if (prec > body.Length) body = new string('0', prec - body.Length) + body;
                        sign = n < 0 ? "-" : plus ? "+" : space ? " " : "";
                        break;
                    }
                    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
                    {
                        BigInteger n;
                        if (Numbers.TryInt(value, out var bi)) n = bi;
                        else if (value.Obj is PyFloat fl && (type == 'd' || type == 'i' || type == 'u'))
                        {
                            Numbers.TryInt(Numbers.FromDouble(fl.Value), out n);
                        }
                        else if (type is 'd' or 'i' or 'u')
                            throw PyErr.TypeError($"%{type} format: a real number is required, not {value.Type.Name}");
                        else throw PyErr.TypeError($"%{type} format: an integer is required, not {value.Type.Name}");
                        var abs = BigInteger.Abs(n);
                        body = type switch
                        {
                            'x' => FormatSpec.ToBase(abs, 16, false),
                            'X' => FormatSpec.ToBase(abs, 16, true),
                            'o' => FormatSpec.ToBase(abs, 8, false),
                            _ => IntStrDigitLimit.Decimal(ts, abs),
                        };
                        if (prec > body.Length) body = new string('0', prec - body.Length) + body;
                        if (alt && type != 'd' && type != 'i' && type != 'u') body = (type == 'x' ? "0x" : type == 'X' ? "0X" : "0o") + body;
                        sign = n.Sign < 0 ? "-" : plus ? "+" : space ? " " : "";
                        break;
                    }
                    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                    {
                        if (!Numbers.TryDouble(value, out double d))
                            throw PyErr.TypeError($"must be real number, not {value.Type.Name}");
                        if (prec < 0) prec = 6;
                        double ad = Math.Abs(d);
                        body = type switch
                        {
                            'e' or 'E' => FloatFormatter.Exponent(ad, prec, type == 'E'),
                            'f' or 'F' => FloatFormatter.Fixed(ad, prec),
                            _ => FloatFormatter.General(ad, prec, type == 'G', alt),
                        };
                        if (type == 'F') body = body.ToUpperInvariant();
                        bool neg = d < 0 || (d == 0 && BitConverter.DoubleToInt64Bits(d) < 0);
                        sign = neg && !double.IsNaN(d) ? "-" : plus ? "+" : space ? " " : "";
                        break;
                    }
                    default:
                        throw PyErr.ValueError($"unsupported format character '{type}' (0x{(int)type:x}) at index {i}");
                }
                int len = sign.Length + body.Length;
                if (width > len)
                {
                    if (left) sb.Append(sign).Append(body).Append(' ', width - len);
                    else if (zero && type is not ('s' or 'r' or 'a' or 'c')) sb.Append(sign).Append('0', width - len).Append(body);
                    else sb.Append(' ', width - len).Append(sign).Append(body);
                }
                else sb.Append(sign).Append(body);
                _ = start;
            }
            finally { value.DecRef(); }
        }
        if (!usedMapping && next < items.Length && (isTuple || !isMapping))
            throw PyErr.TypeError("not all arguments converted during string formatting");
        return sb.ToString();
    }

    private static string BytesText(PyValue v) => v.Obj switch
    {
        PyBytes b => Encoding.Latin1.GetString(b.Data),
        PyByteArray ba => Encoding.Latin1.GetString(ba.ToArray()),
        _ => throw PyErr.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{v.Type.Name}'"),
    };

    private static string ByteChar(PyValue v)
    {
        if (v.Obj is PyBytes b && b.Data.Length == 1) return ((char)b.Data[0]).ToString();
        if (v.Obj is PyByteArray ba && ba.Data.Count == 1) return ((char)ba.Data[0]).ToString();
        if (!Numbers.TryInt(v, out var n)) throw PyErr.TypeError("%c requires an integer in range(256) or a single byte");
        if (n < 0 || n > 255) throw PyErr.OverflowError("%c arg not in range(256)");
        return ((char)(int)n).ToString();
    }

    private static long TakeInt(ReadOnlySpan<PyValue> items, ref int next, bool isTuple)
    {
        if (next >= items.Length) throw PyErr.TypeError("not enough arguments for format string");
        var v = items[next++];
        if (!Numbers.TryLong(v, out long n)) throw PyErr.TypeError("* wants int");
        return n;
    }
}
