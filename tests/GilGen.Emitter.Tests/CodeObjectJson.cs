using System.Globalization;
using System.Text.Json;
using GilGen.Compiler.Bytecode;

namespace GilGen.Emitter.Tests;

/// <summary>
/// Reads the code objects that CPython 3.9 compiled (CPython/dump_code.py wrote them), so the
/// emitter is tested on exactly CPython's bytecode.
/// </summary>
internal static class CodeObjectJson
{
    public static CodeObject Load(string exampleName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "CPython", exampleName + ".json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return Code(doc.RootElement);
    }

    private static CodeObject Code(JsonElement e)
    {
        var instructions = e.GetProperty("instructions").EnumerateArray().Select(i => new Instruction(
            Enum.Parse<Opcode>(i.GetProperty("op").GetString()!), i.GetProperty("arg").GetInt32(), i.GetProperty("offset").GetInt32(),
            i.GetProperty("line").GetInt32(), i.GetProperty("startsLine").GetBoolean(), i.GetProperty("isJumpTarget").GetBoolean())).ToList();
        return new CodeObject(
            e.GetProperty("name").GetString()!, e.GetProperty("qualName").GetString()!, e.GetProperty("fileName").GetString()!,
            e.GetProperty("firstLineNo").GetInt32(), e.GetProperty("argCount").GetInt32(), e.GetProperty("posOnlyArgCount").GetInt32(),
            e.GetProperty("kwOnlyArgCount").GetInt32(), e.GetProperty("stackSize").GetInt32(), (CodeFlags)e.GetProperty("flags").GetInt32(),
            instructions, e.GetProperty("constants").EnumerateArray().Select(Constant).ToList(),
            Strings(e, "names"), Strings(e, "varNames"), Strings(e, "freeVars"), Strings(e, "cellVars"),
            Convert.FromHexString(e.GetProperty("lineTable").GetString()!));
    }

    private static List<string> Strings(JsonElement e, string name) => e.GetProperty(name).EnumerateArray().Select(x => x.GetString()!).ToList();

    private static Constant Constant(JsonElement c)
    {
        switch (c.GetProperty("kind").GetString())
        {
            case "None": return Compiler.Bytecode.Constant.None;
            case "Ellipsis": return Compiler.Bytecode.Constant.Ellipsis;
            case "Bool": return c.GetProperty("value").GetBoolean() ? Compiler.Bytecode.Constant.True : Compiler.Bytecode.Constant.False;
            case "Int":
                var text = c.GetProperty("value").GetString()!;
                return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
                    ? Compiler.Bytecode.Constant.Int(l) : Compiler.Bytecode.Constant.BigInt(text);
            case "Float": return Compiler.Bytecode.Constant.Float(ParseHexFloat(c.GetProperty("value").GetString()!));
            case "Str": return Compiler.Bytecode.Constant.Str(c.GetProperty("value").GetString()!);
            case "Tuple": return Compiler.Bytecode.Constant.Tuple(c.GetProperty("items").EnumerateArray().Select(Constant).ToList());
            case "FrozenSet": return Compiler.Bytecode.Constant.FrozenSet(c.GetProperty("items").EnumerateArray().Select(Constant).ToList());
            case "Code": return Compiler.Bytecode.Constant.FromCode(Code(c.GetProperty("code")));
            default: throw new InvalidDataException(c.ToString());
        }
    }

    /// <summary>Parses float.hex() output such as 0x1.8000000000000p+0.</summary>
    private static double ParseHexFloat(string s)
    {
        if (s is "inf") return double.PositiveInfinity;
        if (s is "-inf") return double.NegativeInfinity;
        if (s is "nan") return double.NaN;
        bool negative = s.StartsWith('-');
        if (negative) s = s[1..];
        var parts = s[2..].Split('p');
        var mantissa = parts[0].Split('.');
        double value = Convert.ToInt64(mantissa[0], 16);
        if (mantissa.Length > 1)
        {
            for (int i = 0; i < mantissa[1].Length; i++) value += Convert.ToInt32(mantissa[1][i].ToString(), 16) / Math.Pow(16, i + 1);
        }
        value *= Math.Pow(2, int.Parse(parts[1], CultureInfo.InvariantCulture));
        return negative ? -value : value;
    }
}
