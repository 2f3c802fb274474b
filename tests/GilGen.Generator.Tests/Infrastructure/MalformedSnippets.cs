using System.Collections.Generic;
using System.Linq;

namespace GilGen.Generator.Tests.Infrastructure;

/// <summary>
/// 200 snippets that must not compile: 40 broken programs (truncated, badly indented,
/// unterminated strings, constructs GilGen does not support), each in 5 surroundings that move
/// the error to other lines and columns and put escapes (quotes, backslashes, tabs) before it.
/// </summary>
internal static class MalformedSnippets
{
    private static readonly string[] s_broken =
    {
        // truncated
        "def f(",
        "def f(a, b",
        "def f():",
        "x = (1, 2",
        "x = [1, 2,",
        "x = {'a': 1",
        "if x",
        "while True",
        "for i in range(10)",
        "x = 1 +",
        "print('hi'",
        "class C(",
        // bad indentation
        "def f():\nreturn 1",
        "def f():\n    x = 1\n      y = 2",
        "def f():\n        x = 1\n    y = 2",
        "if True:\n    x = 1\n  y = 2",
        "    x = 1\ny = 2",
        "for i in range(3):\npass",
        "def f():\n\tx = 1\n        y = 2",
        // unterminated strings
        "s = 'abc",
        "s = \"abc",
        "s = '''abc\ndef",
        "s = \"\"\"never closed",
        "s = 'tab\there",
        "print(\"quote \\\" inside)",
        // invalid tokens and expressions
        "x = 1 $ 2",
        "x = = 1",
        "def 1f(): pass",
        "x = 1 2",
        "return = 5",
        "f(a for a in b, c)" + "\nx ===  1",
        "else:\n    pass",
        "x = )",
        // unsupported constructs
        "def f():\n    await g()",
        "x = yield 1",
        "def gen():\n    yield from",
        "x = eval('1 + 1')",
        "async def agen():\n    yield 1\n    return 2",
        "s = '\\N{EM DASH}'",
        "import no_such_module_anywhere",
        "from no_such_module_anywhere import thing",
    };

    private static readonly (string Prefix, string Suffix)[] s_surroundings =
    {
        ("", ""),
        ("x0 = 1\n", ""),
        ("# a \"quoted\" comment with a \\ backslash and a\ttab\n", ""),
        ("\n\nimport threading\n\n", "\n"),
        ("s0 = \"two\\\\slashes\" + '\\t'\n", "\n# trailing comment\n"),
    };

    /// <summary>Every snippet, with a short name for messages.</summary>
    public static IReadOnlyList<(string Name, string Snippet)> All { get; } =
        s_surroundings.SelectMany((s, si) => s_broken.Select((b, bi) => ($"case{bi:00}_{si}", s.Prefix + b + s.Suffix))).ToList();
}
