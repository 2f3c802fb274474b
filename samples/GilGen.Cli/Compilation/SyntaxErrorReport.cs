using System;
using System.IO;
using GilGen.Compiler;

namespace GilGen.Cli.Compilation;

/// <summary>
/// Prints a compile error the way CPython reports a SyntaxError in the script it was asked to run:
/// <code>
///   File "/path/x.py", line 3
///     while n > 0
///                ^
/// SyntaxError: expected ':'
/// </code>
/// </summary>
public static class SyntaxErrorReport
{
    /// <summary>Writes the report of <paramref name="diagnostic"/> in <paramref name="source"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, CompilerDiagnostic diagnostic, string fileName, string source)
    {
        writer.Write($"  File \"{fileName}\", line {diagnostic.Line}\n");
        string? line = LineOf(source, diagnostic.Line);
        if (line is not null)
        {
            // CPython strips the line's indentation and moves the caret left by as much.
            string trimmed = line.TrimStart(' ', '\t', '\f');
            int indent = line.Length - trimmed.Length;
            trimmed = trimmed.TrimEnd();
            writer.Write("    " + trimmed + "\n");
            int column = Math.Clamp(diagnostic.Column - indent, 0, trimmed.Length);
            int width = Math.Clamp(diagnostic.Length, 1, Math.Max(1, trimmed.Length - column));
            writer.Write("    " + new string(' ', column) + new string('^', width) + "\n");
        }
        writer.Write(KindOf(diagnostic) + ": " + diagnostic.Message + "\n");
    }

    /// <summary>
    /// The exception CPython raises for <paramref name="diagnostic"/>: RecursionError for code nested past the
    /// compiler's limit, SystemError for its own bugs, SyntaxError for the rest.
    /// </summary>
    public static string KindOf(CompilerDiagnostic diagnostic) => diagnostic.Id switch
    {
        DiagnosticIds.NestingTooDeep => "RecursionError",
        DiagnosticIds.InternalError => "SystemError",
        _ => "SyntaxError",
    };

    /// <summary>Line <paramref name="oneBasedLine"/> of <paramref name="source"/> without its line break, or null.</summary>
    public static string? LineOf(string source, int oneBasedLine)
    {
        if (oneBasedLine < 1)
            return null;
        string[] lines = source.Replace("\r\n", "\n").Split('\n');
        return oneBasedLine <= lines.Length ? lines[oneBasedLine - 1] : null;
    }
}
