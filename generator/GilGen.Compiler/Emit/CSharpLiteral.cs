using System.Globalization;
using System.Text;

namespace GilGen.Compiler.Emit;

/// <summary>C# source text for literal values the emitter embeds.</summary>
internal static class CSharpLiteral
{
    /// <summary>A regular C# string literal that holds exactly <paramref name="value"/>.</summary>
    public static string String(string value)
    {
        var sb = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\0': sb.Append("\\0"); break;
                default:
                    if (c < 0x20 || c == 0x7f || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u0085')
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    /// <summary>A C# double literal that round-trips, including the infinities and NaN.</summary>
    public static string Double(double value)
    {
        if (double.IsPositiveInfinity(value)) return "double.PositiveInfinity";
        if (double.IsNegativeInfinity(value)) return "double.NegativeInfinity";
        if (double.IsNaN(value)) return "double.NaN";
        return "global::System.BitConverter.Int64BitsToDouble(" + System.BitConverter.DoubleToInt64Bits(value).ToString(CultureInfo.InvariantCulture) + "L)";
    }

    public static string Long(long value) => value == long.MinValue
        ? "long.MinValue"
        : value.ToString(CultureInfo.InvariantCulture) + "L";

    /// <summary>A comment-safe rendering of a source line (no line breaks, no comment terminators).</summary>
    public static string CommentText(string text) => text.Replace("\r", "").Replace("\n", " ").Replace("*/", "* /").TrimEnd();
}
