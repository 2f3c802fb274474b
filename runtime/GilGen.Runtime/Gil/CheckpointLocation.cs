using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace GilGen.Runtime;

/// <summary>
/// Names a checkpoint for a report: the function, the source line and the CPython 3.9 instruction, read
/// from the code object's dis listing (<see cref="CodeInfo.Disassembly"/>).
/// </summary>
public static partial class CheckpointLocation
{
    private static readonly ConditionalWeakTable<CodeInfo, Dictionary<int, (int Line, string Instruction)>> s_listings = new();

    /// <summary>
    /// The offset generated code gives the checkpoint at a function's (or generator's) entry, before its first
    /// instruction; 0 names the checkpoint after that instruction. The compiler's <c>CheckpointSites.EntryOffset</c>.
    /// </summary>
    public const int EntryOffset = -2;

    /// <summary>
    /// One step for an interleaving: "increment:8 LOAD_GLOBAL counter → 41" — the function, line and instruction the thread has just
    /// run at its checkpoint, with the value it read or wrote when that is a global of <c>__main__</c> whose
    /// repr needs no Python code (int, float, str, bool, None). Call with nobody else running.
    /// </summary>
    public static string DescribeStep(ThreadState ts, CodeInfo code, int offset)
    {
        Dictionary<int, (int Line, string Instruction)> listing = s_listings.GetValue(code, Parse);
        if (offset == EntryOffset) return string.Create(CultureInfo.InvariantCulture, $"{code.QualName}:{EntryLine(code, listing)} (entry)");
        if (!listing.TryGetValue(offset, out var at))
            return string.Create(CultureInfo.InvariantCulture, $"{code.QualName} offset {offset}");
        string instruction = at.Instruction.Length > 48 ? at.Instruction[..45] + "..." : at.Instruction;
        string step = string.Create(CultureInfo.InvariantCulture, $"{code.QualName}:{at.Line} {instruction}");
        int space = at.Instruction.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0) return step;
        string op = at.Instruction[..space], name = at.Instruction[(space + 1)..];
        string? arrow = op switch
        {
            "LOAD_GLOBAL" or "LOAD_NAME" => " → ",
            "STORE_GLOBAL" or "STORE_NAME" => " ← ",
            _ => null,
        };
        if (arrow == null || ts.Interp.Modules.Find("__main__") is not PyModule main || main.FindSlot(name) is not GlobalSlot slot) return step;
        string? value = PlainRepr(slot.Value);
        return value == null ? step : step + arrow + value;
    }

    // The repr of a value whose repr runs no Python code; null for anything else.
    private static string? PlainRepr(PyValue v)
    {
        if (v.IsUnbound) return null;
        if (v.IsInt) return v.IntValue.ToString(CultureInfo.InvariantCulture);
        if (v.IsNone) return "None";
        return v.Obj switch
        {
            PyBool b => b.Value ? "True" : "False",
            PyObject o when o.GetType() == typeof(PyFloat) || o.GetType() == typeof(PyStr) => o.ReprString(null),
            _ => null,
        };
    }

    /// <summary>"increment, line 11, INPLACE_ADD" for the last checkpoint of <paramref name="ts"/>, or null when it has passed none.</summary>
    public static string? Describe(ThreadState ts)
    {
        CodeInfo? code = ts.CheckpointCode;
        return code == null ? null : Describe(code, ts.CheckpointOffset);
    }

    /// <summary>
    /// Where <paramref name="ts"/>, blocked in a wait, made the call that blocks: "one, line 8: with lock_b:".
    /// A wait happens inside an instruction that calls (a with statement's __enter__, a call), and no
    /// checkpoint lies between the thread's last checkpoint and that instruction (checkpoints sit after
    /// instructions), so it is the first calling instruction after the last checkpoint, in code order. Null
    /// when the thread has passed no checkpoint. Under a profile with few checkpoints (modern) several calls
    /// may follow the last one: the first that comes right after a load of <paramref name="awaited"/> (the
    /// global the awaited lock is bound to), if given, else the first.
    /// </summary>
    public static string? DescribeBlockingCall(ThreadState ts, string? awaited = null)
    {
        CodeInfo? code = ts.CheckpointCode;
        if (code == null) return null;
        Dictionary<int, (int Line, string Instruction)> listing = s_listings.GetValue(code, Parse);
        int line = 0, named = 0;
        string? previous = null;
        for (int offset = ts.CheckpointOffset + 2; listing.TryGetValue(offset, out var at) && named == 0; offset += 2)
        {
            if (at.Instruction.StartsWith("CALL_", StringComparison.Ordinal) || at.Instruction.StartsWith("SETUP_WITH", StringComparison.Ordinal)
                || at.Instruction.StartsWith("SETUP_ASYNC_WITH", StringComparison.Ordinal) || at.Instruction.StartsWith("BEFORE_ASYNC_WITH", StringComparison.Ordinal))
            {
                if (line == 0) line = at.Line;
                if (awaited == null) break;
                if (previous != null && previous.EndsWith(" " + awaited, StringComparison.Ordinal)) named = at.Line;
            }
            previous = at.Instruction;
        }
        if (named != 0) line = named;
        if (line == 0) return Describe(ts);
        string? source = SourceLine(code, line);
        return string.Create(CultureInfo.InvariantCulture, $"{code.QualName}, line {line}{(source != null ? ": " + source : "")}");
    }

    /// <summary>"increment, line 11, INPLACE_ADD" for the instruction at <paramref name="offset"/> of <paramref name="code"/>.</summary>
    public static string Describe(CodeInfo code, int offset)
    {
        Dictionary<int, (int Line, string Instruction)> listing = s_listings.GetValue(code, Parse);
        if (offset == EntryOffset) return string.Create(CultureInfo.InvariantCulture, $"{code.QualName}, line {EntryLine(code, listing)}, entry");
        if (listing.TryGetValue(offset, out var at))
            return string.Create(CultureInfo.InvariantCulture, $"{code.QualName}, line {at.Line}, {at.Instruction}");
        return string.Create(CultureInfo.InvariantCulture, $"{code.QualName}, offset {offset}");
    }

    /// <summary>The source line of <paramref name="line"/> in <paramref name="code"/>'s module, trimmed, or null.</summary>
    public static string? SourceLine(CodeInfo code, int line) => code.Source.Line(line)?.Trim();

    /// <summary>The line of the instruction at <paramref name="offset"/> (the first one's for <see cref="EntryOffset"/>), or 0 when the listing has none there.</summary>
    public static int LineOf(CodeInfo code, int offset) =>
        s_listings.GetValue(code, Parse).TryGetValue(Math.Max(offset, 0), out var at) ? at.Line : 0;

    // A function's entry is shown on the line of its first instruction, where CPython's frame starts.
    private static int EntryLine(CodeInfo code, Dictionary<int, (int Line, string Instruction)> listing) =>
        listing.TryGetValue(0, out var first) ? first.Line : code.FirstLine;

    // dis lines: "  9           0 LOAD_CONST   1 (0)", "             >>    4 FOR_ITER  12 (to 18)"; the line
    // number only where a line starts.
    private static Dictionary<int, (int, string)> Parse(CodeInfo code)
    {
        var listing = new Dictionary<int, (int, string)>();
        int line = code.FirstLine;
        foreach (string text in code.Disassembly.Split('\n'))
        {
            if (text.StartsWith("Disassembly of", StringComparison.Ordinal)) break;
            Match m = DisLine().Match(text);
            if (!m.Success) continue;
            if (m.Groups[1].Success) line = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            int offset = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            string instruction = m.Groups[3].Value + Argument(m.Groups[4].Value);
            listing[offset] = (line, instruction);
        }
        return listing;
    }

    // "1 (counter)" -> " counter": the name or value in parentheses, which says more than the index.
    private static string Argument(string rest)
    {
        rest = rest.Trim();
        int open = rest.IndexOf('(', StringComparison.Ordinal);
        if (open >= 0 && rest.EndsWith(')')) return " " + rest[(open + 1)..^1];
        return rest.Length > 0 ? " " + rest : "";
    }

    [GeneratedRegex(@"^\s*(\d+)?\s+(?:>>\s+)?(\d+) ([A-Z_]+[A-Z0-9_]*)(.*)$")]
    private static partial Regex DisLine();
}
