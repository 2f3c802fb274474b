namespace GilGen.Cli.Tests;

/// <summary>
/// An uncaught exception with <c>__cause__</c> or <c>__context__</c> prints the whole chain as CPython 3.12 does
/// (expected text recorded with python3.12; the failing lines are whole statements, so CPython prints no carets).
/// </summary>
public sealed class ChainedTracebackTests : IClassFixture<TemporaryCache>
{
    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public ChainedTracebackTests(TemporaryCache cache) => _cache = cache;

    /// <summary>raise ... from e, then an exception a builtin raises inside the handler: both separators, oldest first.</summary>
    [Fact]
    public void Cause_and_context_print_oldest_first_with_CPythons_separators()
    {
        string path = _cache.WriteScript("chained.py",
            "class ConfigError(Exception):\n" +
            "    pass\n" +
            "\n" +
            "def read(key):\n" +
            "    raise KeyError(key)\n" +
            "\n" +
            "def load(key):\n" +
            "    try:\n" +
            "        read(key)\n" +
            "    except KeyError as e:\n" +
            "        raise ConfigError(\"no \" + key) from e\n" +
            "\n" +
            "def main():\n" +
            "    try:\n" +
            "        load(\"port\")\n" +
            "    except ConfigError:\n" +
            "        int(\"x\")\n" +
            "\n" +
            "main()\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"Traceback (most recent call last):\n" +
            $"  File \"{path}\", line 9, in load\n" +
            $"    read(key)\n" +
            $"  File \"{path}\", line 5, in read\n" +
            $"    raise KeyError(key)\n" +
            $"KeyError: 'port'\n" +
            $"\n" +
            $"The above exception was the direct cause of the following exception:\n" +
            $"\n" +
            $"Traceback (most recent call last):\n" +
            $"  File \"{path}\", line 15, in main\n" +
            $"    load(\"port\")\n" +
            $"  File \"{path}\", line 11, in load\n" +
            $"    raise ConfigError(\"no \" + key) from e\n" +
            $"ConfigError: no port\n" +
            $"\n" +
            $"During handling of the above exception, another exception occurred:\n" +
            $"\n" +
            $"Traceback (most recent call last):\n" +
            $"  File \"{path}\", line 19, in <module>\n" +
            $"    main()\n" +
            $"  File \"{path}\", line 17, in main\n" +
            $"    int(\"x\")\n" +
            $"ValueError: invalid literal for int() with base 10: 'x'\n",
            result.Stderr);
    }

    /// <summary>raise ... from None hides the context (it stays readable as __context__), and a bare raise keeps it hidden.</summary>
    [Fact]
    public void From_None_suppresses_the_context()
    {
        string path = _cache.WriteScript("suppressed.py",
            "def f():\n" +
            "    try:\n" +
            "        {}[\"a\"]\n" +
            "    except KeyError:\n" +
            "        raise ValueError(\"plain\") from None\n" +
            "\n" +
            "try:\n" +
            "    f()\n" +
            "except ValueError as e:\n" +
            "    print(e.__suppress_context__, repr(e.__context__))\n" +
            "    raise\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("True KeyError('a')\n", result.Stdout);
        Assert.Equal(
            $"Traceback (most recent call last):\n" +
            $"  File \"{path}\", line 8, in <module>\n" +
            $"    f()\n" +
            $"  File \"{path}\", line 5, in f\n" +
            $"    raise ValueError(\"plain\") from None\n" +
            $"ValueError: plain\n",
            result.Stderr);
    }
}
