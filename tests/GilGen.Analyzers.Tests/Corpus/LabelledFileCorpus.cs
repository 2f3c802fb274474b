using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using GilGen.Tests;

namespace GilGen.Analyzers.Tests.Corpus;

/// <summary>
/// The labelled corpus kept as files (Corpus/csharp/*.cs, Corpus/snippets/*.py; see Corpus/README.md):
/// a racy statement ends with <c>// expect: GIL2001</c> (<c># expect: GIL1001</c> in Python), and
/// the first line names the group it covers. Each file becomes a <see cref="CorpusCase"/> whose
/// markup labels the statement before the comment.
/// </summary>
internal static partial class LabelledFileCorpus
{
    /// <summary>The C# programs, one case each.</summary>
    public static IReadOnlyList<CorpusCase> CSharp() =>
        Files("csharp", "*.cs").Select(f => new CorpusCase(CaseName(f), ToMarkup(File.ReadAllText(f)), Group(f))).ToList();

    /// <summary>The Python modules, one case each, as a .py additional file beside an empty C# file.</summary>
    public static IReadOnlyList<CorpusCase> Snippets() =>
        Files("snippets", "*.py")
            .Select(f => new CorpusCase(CaseName(f), "static class Host { }\n", [(Path.GetFileName(f), ToMarkup(File.ReadAllText(f)))], Group(f)))
            .ToList();

    /// <summary>Turns each labelled line into markup around its statement: <c>{|GIL2001:x++;|} // expect: GIL2001</c>.
    /// Several ids on one line are alternatives (<c>GIL2005/GIL2006</c>): either one reported there is a hit.</summary>
    public static string ToMarkup(string text)
    {
        var result = new StringBuilder(text.Length + 64);
        foreach (var line in text.Split('\n'))
        {
            if (result.Length > 0) result.Append('\n');
            var match = LabelledLine().Match(line);
            if (!match.Success)
            {
                result.Append(line);
                continue;
            }
            var ids = string.Join("/", match.Groups["ids"].Value.Split(',').Select(id => id.Trim()));
            var code = match.Groups["code"];
            result.Append(line, 0, code.Index)
                .Append("{|").Append(ids).Append(':').Append(code.Value).Append("|}")
                .Append(line, code.Index + code.Length, line.Length - code.Index - code.Length);
        }
        return result.ToString();
    }

    [GeneratedRegex(@"^\s*(?<code>\S.*?)\s*(//|#)\s*expect:\s*(?<ids>GIL\d{4}(\s*,\s*GIL\d{4})*)\s*\r?$")]
    private static partial Regex LabelledLine();

    private static IEnumerable<string> Files(string folder, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Find(), "tests", "GilGen.Analyzers.Tests", "Corpus", folder), pattern)
            .OrderBy(f => f, StringComparer.Ordinal);

    private static string CaseName(string file) => Path.GetFileNameWithoutExtension(file);

    private static string? Group(string file)
    {
        var first = File.ReadLines(file).FirstOrDefault() ?? "";
        var at = first.IndexOf("group:", StringComparison.Ordinal);
        return at < 0 ? null : first[(at + "group:".Length)..].Trim();
    }
}
