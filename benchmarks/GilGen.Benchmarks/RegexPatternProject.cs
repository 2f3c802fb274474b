using System.Collections.Generic;
using System.Globalization;

namespace GilGen.Benchmarks;

/// <summary>
/// The comparison project of <see cref="GeneratorEditBenchmarks"/>: N files, each a static partial class with one
/// <c>[GeneratedRegex]</c> method (the .NET Regex generator's unit, as a snippet is GilGen's), laid out like
/// <see cref="GeneratedCodeProject"/>'s files. The patterns vary in a fixed pattern, so every run measures the same project.
/// </summary>
internal static class RegexPatternProject
{
    // Five shapes of ordinary patterns (a key/value line, a date, an identifier list, a version, a quoted string); {k} varies them.
    private static readonly string[] s_shapes =
    {
        @"^(?<key>[a-z_][a-z0-9_]{{0,{0}}})\s*=\s*(?<value>\d+|'[^']*')$",
        @"\b(?<year>\d{{4}})-(?<month>0[1-9]|1[0-2])-(?<day>[0-2]\d|3[01])(T\d{{2}}:\d{{2}}){{0,{0}}}\b",
        @"^\s*(?:[A-Za-z]\w{{0,{0}}})(?:\s*,\s*[A-Za-z]\w*)*\s*$",
        @"v?(?<major>\d+)\.(?<minor>\d+)(?:\.(?<patch>\d+))?(?:-(?<pre>[0-9A-Za-z.-]{{1,{0}}}))?",
        @"""(?:[^""\\]|\\.){{0,{0}}}""|'(?:[^'\\]|\\.)*'",
    };

    /// <summary>The files (path relative to the project, text) of a project of <paramref name="patterns"/> patterns.</summary>
    public static IReadOnlyList<(string Path, string Text)> Generate(int patterns)
    {
        var files = new List<(string, string)>(patterns);
        for (var i = 0; i < patterns; i++)
        {
            var pattern = string.Format(CultureInfo.InvariantCulture, s_shapes[i % s_shapes.Length], 8 + i % 13).Replace("\"", "\"\"");
            files.Add(($"Group{i / 20}/Pattern{i}.cs", string.Create(CultureInfo.InvariantCulture, $$"""
                using System.Text.RegularExpressions;

                namespace Patterns.Group{{i / 20}};

                /// <summary>Pattern {{i}}.</summary>
                public static partial class Pattern{{i}}
                {
                    [GeneratedRegex(@"{{pattern}}", RegexOptions.CultureInvariant)]
                    public static partial Regex Match();
                }

                """)));
        }
        return files;
    }
}
