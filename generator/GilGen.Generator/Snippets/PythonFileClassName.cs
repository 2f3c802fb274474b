using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace GilGen.Generator.Snippets;

/// <summary>
/// The C# class name for a .py AdditionalFile: its file name in PascalCase
/// (<c>race_counter.py</c> → <c>RaceCounter</c>), with a leading underscore when it would start
/// with a digit (<c>04_race.py</c> → <c>_04Race</c>), since a C# name cannot.
/// </summary>
internal static class PythonFileClassName
{
    /// <summary>The class name for the file name (without directory) <paramref name="fileNameWithoutExtension"/>.</summary>
    public static string From(string fileNameWithoutExtension)
    {
        var name = new StringBuilder();
        var startOfWord = true;
        foreach (var c in fileNameWithoutExtension)
        {
            if (!char.IsLetterOrDigit(c))
            {
                startOfWord = true;
                continue;
            }
            name.Append(startOfWord ? char.ToUpperInvariant(c) : c);
            startOfWord = false;
        }
        if (name.Length == 0) return "PythonModule";
        if (char.IsDigit(name[0])) name.Insert(0, '_');
        var result = name.ToString();
        return SyntaxFacts.GetKeywordKind(result) == SyntaxKind.None ? result : "@" + result;
    }
}
