namespace GilGen.Compiler.Syntax;

/// <summary>What Python accepts as a name: what the generator checks an exported function's or module's name against.</summary>
public static class PythonIdentifiers
{
    /// <summary>True for one of Python 3's hard keywords (<c>class</c>, <c>def</c>, <c>None</c>, ...).</summary>
    public static bool IsKeyword(string name) => Parser.IsKeyword(name);

    /// <summary>
    /// True when <paramref name="name"/> can be written as a Python name: ASCII letters, digits and underscores,
    /// not starting with a digit, and not a keyword. (Python also accepts other Unicode letters; GilGen's
    /// exported names keep to ASCII.)
    /// </summary>
    public static bool IsIdentifier(string name)
    {
        if (name.Length == 0 || char.IsDigit(name[0]) || IsKeyword(name)) return false;
        foreach (char c in name)
        {
            bool ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_';
            if (!ok) return false;
        }
        return true;
    }
}
