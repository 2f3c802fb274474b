using System;
using System.Linq;
using System.Text;

namespace GilGen.Analyzers.Tests.Robustness;

/// <summary>
/// Breaks a text the way an editor does while someone types: cut off at a random point, a range
/// deleted, a line duplicated or moved, and tokens that matter to the analyzers (braces, <c>++</c>,
/// <c>lock</c>, triple quotes, indentation, <c>:</c>, <c>+=</c>…) dropped in at random places.
/// Deterministic for a given <see cref="Random"/>.
/// </summary>
internal static class Mutator
{
    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", "++", "--", "+=", "-=", "=", ";", ":", ",", ".", "lock", "lock (", "volatile ", "static ",
        "\"\"\"", "\"", "@\"", "$\"", "'", "\\", "\\n", "\n", "\n    ", "\n        ", "\t", "\r", "#", "//", "/*",
        "global ", "nonlocal ", "with ", "def f():", "lambda: ", "async ", "yield ", "await ", "class C:", "self.",
        "Interlocked.", "Monitor.Enter(", "new Thread(", "Task.Run(", "[GuardedBy(\"x\")]", "[ThreadStatic]", "this.",
        "counter", "0", "1.5", "\u00e9", "\U0001F600", "\0",
    ];

    /// <summary><paramref name="text"/> with one to three random mutations.</summary>
    public static string Mutate(string text, Random random)
    {
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++) text = MutateOnce(text, random);
        return text;
    }

    private static string MutateOnce(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        switch (random.Next(6))
        {
            case 0: // truncate
                return text[..at];
            case 1: // delete a range
                var length = Math.Min(random.Next(1, 40), text.Length - at);
                return text.Remove(at, length);
            case 2: // duplicate a line
            {
                var lines = text.Split('\n').ToList();
                var line = random.Next(lines.Count);
                lines.Insert(line, lines[line]);
                return string.Join("\n", lines);
            }
            case 3: // move a line
            {
                var lines = text.Split('\n').ToList();
                var from = random.Next(lines.Count);
                var moved = lines[from];
                lines.RemoveAt(from);
                lines.Insert(random.Next(lines.Count + 1), moved);
                return string.Join("\n", lines);
            }
            default: // insert tokens
            {
                var inserted = new StringBuilder();
                for (var n = random.Next(1, 4); n > 0; n--) inserted.Append(Tokens[random.Next(Tokens.Length)]);
                return text.Insert(at, inserted.ToString());
            }
        }
    }

    /// <summary><paramref name="python"/> as a [GilModule] in a regular ("…", escaped), verbatim (@"…") or raw ("""…""") literal.</summary>
    public static string InAttribute(string python, int kind) => kind switch
    {
        0 => "using GilGen;\n\n[GilModule(\"" + Escape(python) + "\")]\npublic static partial class M;\n",
        1 => "using GilGen;\n\n[GilModule(@\"" + python.Replace("\"", "\"\"") + "\")]\npublic static partial class M;\n",
        _ => "using GilGen;\n\n[GilModule(\"\"\"\"\n" + Indent(python) + "\n    \"\"\"\")]\npublic static partial class M;\n",
    };

    private static string Escape(string s)
    {
        var builder = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            builder.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    private static string Indent(string s) => string.Join("\n", s.Split('\n').Select(l => l.Length == 0 ? l : "    " + l));
}
