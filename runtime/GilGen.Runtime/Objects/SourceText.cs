using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>The text of a Python source file, for traceback lines.</summary>
public sealed class SourceText
{
    /// <summary>The file name shown in tracebacks.</summary>
    public readonly string FileName;
    /// <summary>The whole text.</summary>
    public readonly string Text;
    private string[]? _lines;

    // Every module's source by file name, for the traceback module's source lines (linecache's part). The last
    // text compiled under a name wins, as the last file read does for linecache.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SourceText> ByFileName = new();

    /// <summary>A named source text.</summary>
    public SourceText(string fileName, string text)
    {
        FileName = fileName;
        Text = text;
        ByFileName[fileName] = this;
    }

    /// <summary>The source text last made under <paramref name="fileName"/>, or null.</summary>
    public static SourceText? Find(string fileName) => ByFileName.TryGetValue(fileName, out var text) ? text : null;

    /// <summary>Line <paramref name="oneBased"/> without its line break, or null when out of range.</summary>
    public string? Line(int oneBased)
    {
        _lines ??= Text.Replace("\r\n", "\n").Split('\n');
        return oneBased >= 1 && oneBased <= _lines.Length ? _lines[oneBased - 1] : null;
    }
}
