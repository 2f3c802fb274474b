using System.Globalization;
using System.Text;

namespace GilGen.Generator;

/// <summary>
/// Names of generated files. AddSource throws on a duplicate name, so each name ends with a
/// stable hash of where its snippet is written (file and position): two snippets can share a
/// type and member name (a duplicated attribute, overloads, two .py files with one name) but
/// never a place.
/// </summary>
internal static class HintNames
{
    /// <summary>A readable, unique hint name, e.g. <c>Demo.CountDown.1a2b3c4d.g.cs</c>.</summary>
    public static string For(string readableName, string filePath, int position)
    {
        var safe = new StringBuilder(readableName.Length);
        foreach (var c in readableName) safe.Append(char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '_');
        var hash = Fnv1a(filePath + ":" + position.ToString(CultureInfo.InvariantCulture));
        return safe + "." + hash.ToString("x8", CultureInfo.InvariantCulture) + ".g.cs";
    }

    // string.GetHashCode is randomized per process; generated file names must not change between builds.
    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }
        return hash;
    }
}
