using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GilGen.Generator;

/// <summary>
/// Names of generated files. Each name ends with a stable hash of the snippet's file and of the
/// member that holds it (a method's signature tells overloads apart), never of its position: typing
/// above a snippet must not rename its file. The rare names that still collide (two members
/// declared twice, which the C# compiler reports) are told apart by the output step
/// (<see cref="Unique"/>), because AddSource throws on a duplicate.
/// </summary>
internal static class HintNames
{
    private const string Extension = ".g.cs";

    /// <summary>A readable hint name, e.g. <c>Demo.CountDown.1a2b3c4d.g.cs</c>.</summary>
    /// <param name="readableName">The type or type.member the code goes into.</param>
    /// <param name="filePath">The file the snippet is written in.</param>
    /// <param name="member">The member's full name (with a method's parameter types).</param>
    public static string For(string readableName, string filePath, string member)
    {
        var safe = new StringBuilder(readableName.Length);
        foreach (var c in readableName) safe.Append(char.IsLetterOrDigit(c) || c is '.' or '_' ? c : '_');
        var hash = Fnv1a(filePath + "|" + member);
        return safe + "." + hash.ToString("x8", CultureInfo.InvariantCulture) + Extension;
    }

    /// <summary>
    /// <paramref name="hintName"/>, or when <paramref name="used"/> already holds it the first free
    /// <c>NAME.2.g.cs</c>, <c>NAME.3.g.cs</c>...; adds the result to <paramref name="used"/>.
    /// </summary>
    public static string Unique(string hintName, HashSet<string> used)
    {
        var name = hintName;
        var stem = hintName.Substring(0, hintName.Length - Extension.Length);
        for (var n = 2; !used.Add(name); n++) name = stem + "." + n.ToString(CultureInfo.InvariantCulture) + Extension;
        return name;
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
