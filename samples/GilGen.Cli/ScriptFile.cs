using System.IO;
using System.Text;

namespace GilGen.Cli;

/// <summary>A .py file named on the command line, read as python reads a script.</summary>
/// <param name="FullPath">The absolute path: CPython 3.9+ shows it in tracebacks and SyntaxErrors.</param>
/// <param name="Source">The text, decoded as UTF-8 (PEP 3120), without a byte-order mark.</param>
public sealed record ScriptFile(string FullPath, string Source)
{
    /// <summary>
    /// Reads <paramref name="path"/>; when it cannot be opened, writes python's message to
    /// <paramref name="stderr"/> and returns null (the caller exits with status 2, as python does).
    /// </summary>
    public static ScriptFile? TryRead(string path, TextWriter stderr)
    {
        string fullPath = Path.GetFullPath(path);
        try
        {
            string source = File.ReadAllText(fullPath, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return new ScriptFile(fullPath, source);
        }
        catch (IOException e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            stderr.Write($"gilgen: can't open file '{fullPath}': [Errno 2] No such file or directory\n");
            return null;
        }
        catch (System.UnauthorizedAccessException)
        {
            stderr.Write($"gilgen: can't open file '{fullPath}': [Errno 13] Permission denied\n");
            return null;
        }
    }
}
