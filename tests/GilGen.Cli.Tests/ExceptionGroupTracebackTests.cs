namespace GilGen.Cli.Tests;

/// <summary>
/// An uncaught exception group prints as CPython 3.12's traceback module prints it: the group's traceback behind
/// "  + " and "  | " margins, each member under its numbered separator, nested groups indented further
/// (expected text recorded with python3.12; the failing lines are whole statements, so CPython prints no carets).
/// </summary>
public sealed class ExceptionGroupTracebackTests : IClassFixture<TemporaryCache>
{
    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public ExceptionGroupTracebackTests(TemporaryCache cache) => _cache = cache;

    /// <summary>A group holding a raised exception (with its own traceback), a plain one and a nested group.</summary>
    [Fact]
    public void Uncaught_group_prints_CPythons_tree()
    {
        string path = _cache.WriteScript("eg_tree.py",
            "def inner():\n" +
            "    raise ValueError(\"deep\")\n" +
            "def f():\n" +
            "    try:\n" +
            "        inner()\n" +
            "    except ValueError as e:\n" +
            "        raise ExceptionGroup(\"outer\", [e, TypeError(\"t\"), ExceptionGroup(\"nested\", [KeyError(\"k\"), OSError(\"o\")])]) from None\n" +
            "f()\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            $"  + Exception Group Traceback (most recent call last):\n" +
            $"  |   File \"{path}\", line 8, in <module>\n" +
            $"  |     f()\n" +
            $"  |   File \"{path}\", line 7, in f\n" +
            $"  |     raise ExceptionGroup(\"outer\", [e, TypeError(\"t\"), ExceptionGroup(\"nested\", [KeyError(\"k\"), OSError(\"o\")])]) from None\n" +
            $"  | ExceptionGroup: outer (3 sub-exceptions)\n" +
            $"  +-+---------------- 1 ----------------\n" +
            $"    | Traceback (most recent call last):\n" +
            $"    |   File \"{path}\", line 5, in f\n" +
            $"    |     inner()\n" +
            $"    |   File \"{path}\", line 2, in inner\n" +
            $"    |     raise ValueError(\"deep\")\n" +
            $"    | ValueError: deep\n" +
            $"    +---------------- 2 ----------------\n" +
            $"    | TypeError: t\n" +
            $"    +---------------- 3 ----------------\n" +
            $"    | ExceptionGroup: nested (2 sub-exceptions)\n" +
            $"    +-+---------------- 1 ----------------\n" +
            $"      | KeyError: 'k'\n" +
            $"      +---------------- 2 ----------------\n" +
            $"      | OSError: o\n" +
            $"      +------------------------------------\n",
            result.Stderr);
    }
}
