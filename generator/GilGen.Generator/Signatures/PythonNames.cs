using System.Text;

namespace GilGen.Generator.Signatures;

/// <summary>The Python name of an exported C# method: its name in snake_case, as Python's style guide writes functions.</summary>
internal static class PythonNames
{
    /// <summary>
    /// <c>SumSquares</c> → <c>sum_squares</c>, <c>ParseHTTPHeader</c> → <c>parse_http_header</c>, <c>Log2</c> →
    /// <c>log2</c>: an underscore before an upper-case letter that starts a word (after a lower-case letter or a
    /// digit, or an acronym's last letter before a lower-case one), and everything in lower case.
    /// </summary>
    public static string SnakeCase(string name)
    {
        var result = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previous = i > 0 ? name[i - 1] : '_';
                var next = i + 1 < name.Length ? name[i + 1] : '_';
                var startsWord = char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && char.IsLower(next));
                if (i > 0 && startsWord && previous != '_') result.Append('_');
                result.Append(char.ToLowerInvariant(c));
            }
            else
            {
                result.Append(c);
            }
        }
        return result.ToString();
    }
}
