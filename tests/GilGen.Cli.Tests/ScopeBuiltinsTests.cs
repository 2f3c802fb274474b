namespace GilGen.Cli.Tests;

/// <summary>
/// locals(), vars() and dir() without an argument where GilGen cannot answer (a function, class body, lambda or
/// comprehension: their locals are not kept as a dict), and globals() reached through the builtins module: each
/// raises a NotImplementedError that names the call, never a wrong answer. (Their supported forms are in the
/// conformance corpus, builtins/013.)
/// </summary>
public sealed class ScopeBuiltinsTests : IClassFixture<TemporaryCache>
{
    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public ScopeBuiltinsTests(TemporaryCache cache) => _cache = cache;

    /// <summary>Each unsupported form raises NotImplementedError naming it; the forms with an argument still work there.</summary>
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
            "    attempt('function', lambda: locals())\n" +
            "    attempt('function', lambda: vars())\n" +
            "    attempt('function', lambda: dir())\n" +
            "    print(vars(math) is math.__dict__, 'pi' in dir(math), globals() is builtins.__dict__)\n" +
            "in_function()\n" +
            "class Body:\n" +
            "    try:\n" +
            "        locals()\n" +
            "    except NotImplementedError as e:\n" +
            "        print('class', str(e).split(' is ')[0])\n" +
            "attempt('comprehension', lambda: [dir() for _ in range(1)])\n" +
            "attempt('builtins', lambda: builtins.globals())\n" +
            "attempt('builtins', lambda: getattr(builtins, 'locals')())\n" +
            "attempt('module', lambda: globals())\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "function locals()\n" +
            "function vars() without an argument\n" +
            "function dir() without an argument\n" +
            "True True False\n" +
            "class locals()\n" +
            "comprehension dir() without an argument\n" +
            "builtins globals()\n" +
            "builtins locals()\n" +
            "module ran\n",
            result.Stdout);
    }
}
