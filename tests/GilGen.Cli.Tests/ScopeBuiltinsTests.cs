namespace GilGen.Cli.Tests;

/// <summary>
/// locals(), vars() and dir() without an argument where GilGen cannot answer (a list, set or dict comprehension,
/// which CPython 3.12 runs in the enclosing frame; the function-level builtin reached through another name or
/// with <c>*args</c>), and the four reached through the builtins module other than as an attribute called at once
/// (<c>getattr(builtins, 'globals')()</c>, a stored <c>builtins.vars</c>): each raises a NotImplementedError that
/// names the call, never a wrong answer. (Their supported forms are in the conformance
/// corpus: builtins/013 at module level, builtins/016 and 017 in functions, generators and class bodies, 018 as
/// attributes of the builtins module.)
/// </summary>
public sealed class ScopeBuiltinsTests : IClassFixture<TemporaryCache>
{
    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public ScopeBuiltinsTests(TemporaryCache cache) => _cache = cache;

    /// <summary>Each unsupported form raises NotImplementedError naming it; the forms GilGen answers run beside them.</summary>
    [Fact]
    public void Unsupported_forms_raise_NotImplementedError_naming_the_call()
    {
        string path = _cache.WriteScript("scopebuiltins.py",
            "import builtins, math\n" +
            "def attempt(label, f):\n" +
            "    try:\n" +
            "        f()\n" +
            "        print(label, 'ran')\n" +
            "    except NotImplementedError as e:\n" +
            "        print(label, str(e).split(' is ')[0])\n" +
            "def in_function():\n" +
            "    x = 1\n" +
            "    attempt('function', lambda: print(locals(), vars(), dir()))\n" +
            "    print(locals(), vars(math) is math.__dict__, 'pi' in dir(math), globals() is builtins.__dict__)\n" +
            "    other = locals\n" +
            "    attempt('other name', lambda: other())\n" +
            "    attempt('star arguments', lambda: vars(*()))\n" +
            "in_function()\n" +
            "class Body:\n" +
            "    print(sorted(locals()))\n" +
            "attempt('list comprehension', lambda: [dir() for _ in range(1)])\n" +
            "attempt('dict comprehension', lambda: {0: locals() for _ in range(1)})\n" +
            "attempt('generator expression', lambda: print(list(list(vars()) for _ in range(1))))\n" +
            "attempt('builtins attribute', lambda: print(builtins.globals() is globals(), builtins.locals()))\n" +
            "attempt('getattr', lambda: getattr(builtins, 'globals')())\n" +
            "attempt('getattr', lambda: getattr(builtins, 'locals')())\n" +
            "stored = builtins.vars\n" +
            "attempt('stored', lambda: stored())\n" +
            "attempt('module', lambda: globals())\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "{} {} []\n" +
            "function ran\n" +
            "{'x': 1} True True False\n" +
            "other name locals()\n" +
            "star arguments vars() without an argument\n" +
            "['__module__', '__qualname__']\n" +
            "list comprehension dir() without an argument\n" +
            "dict comprehension locals() without an argument\n" +
            "[['.0', '_']]\n" +
            "generator expression ran\n" +
            "True {}\n" +
            "builtins attribute ran\n" +
            "getattr globals()\n" +
            "getattr locals()\n" +
            "stored vars() without an argument\n" +
            "module ran\n",
            result.Stdout);
    }
}
