using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>Python 3.12's hard keywords (keyword.kwlist): names namedtuple and dataclasses refuse as fields.</summary>
public static class PythonKeywords
{
    private static readonly HashSet<string> Names = new(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    /// <summary>keyword.iskeyword(name).</summary>
    public static bool IsKeyword(string name) => Names.Contains(name);
}
