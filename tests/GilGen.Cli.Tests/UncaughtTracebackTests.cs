namespace GilGen.Cli.Tests;

/// <summary>What an uncaught (or unraisable) exception prints beyond its frames, as CPython 3.12 prints it: a recursion's repeated
/// frames cut to three, the exception's notes after its last line, and the report of an exception raised in __del__.</summary>
public sealed class UncaughtTracebackTests : IClassFixture<TemporaryCache>
{
    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public UncaughtTracebackTests(TemporaryCache cache) => _cache = cache;

    /// <summary>Ten calls of the same line print three times and "[Previous line repeated 7 more times]".</summary>
    [Fact]
    public void Recursion_prints_three_frames_and_the_repeat_count()
    {
        string path = _cache.WriteScript("recursion.py",
            "def down(n):\n" +
            "    if n == 0:\n" +
            "        raise OverflowError('deep')\n" +
            "    down(n - 1)\n" +
            "\n" +
            "down(10)\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(1, result.ExitCode);
        string frame = $"  File \"{path}\", line 4, in down\n    down(n - 1)\n";
        Assert.Equal(
            "Traceback (most recent call last):\n" +
            $"  File \"{path}\", line 6, in <module>\n    down(10)\n" +
            frame + frame + frame +
            "  [Previous line repeated 7 more times]\n" +
            $"  File \"{path}\", line 3, in down\n    raise OverflowError('deep')\n" +
            "OverflowError: deep\n",
            result.Stderr);
    }

    /// <summary>
    /// The last line is the class's qualified name and its own __str__, or "&lt;exception str() failed&gt;" when that
    /// raises (it printed BaseException's str of the arguments and the bare name before).
    /// </summary>
    [Theory]
    [InlineData("def __str__(self):\n            return 'custom text'\n", "Outer.Failure: custom text\n")]
    [InlineData("def __str__(self):\n            raise RuntimeError('no str')\n", "Outer.Failure: <exception str() failed>\n")]
    public void Last_line_is_the_qualified_name_and_the_class_own_str(string strMethod, string lastLine)
    {
        string path = _cache.WriteScript("own_str.py",
            "class Outer:\n" +
            "    class Failure(Exception):\n" +
            "        " + strMethod +
            "\n" +
            "raise Outer.Failure(1, 2)\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "Traceback (most recent call last):\n" +
            $"  File \"{path}\", line 6, in <module>\n    raise Outer.Failure(1, 2)\n" +
            lastLine,
            result.Stderr);
    }

    /// <summary>Notes added with add_note print after the last line, one line each, a note's own lines apart.</summary>
    [Fact]
    public void Notes_print_after_the_exception_line()
    {
        string path = _cache.WriteScript("notes.py",
            "e = KeyError('k')\n" +
            "e.add_note('looked up in the cache')\n" +
            "e.add_note('two\\nlines')\n" +
            "raise e\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "Traceback (most recent call last):\n" +
            $"  File \"{path}\", line 4, in <module>\n    raise e\n" +
            "KeyError: 'k'\nlooked up in the cache\ntwo\nlines\n",
            result.Stderr);
    }

    /// <summary>An exception raised by __del__ is reported as CPython reports an unraisable one, and the program goes on.</summary>
    [Fact]
    public void Exception_in_del_is_reported_and_ignored()
    {
        string path = _cache.WriteScript("noisy_del.py",
            "class Noisy:\n" +
            "    def __del__(self):\n" +
            "        raise ValueError('from __del__')\n" +
            "\n" +
            "n = Noisy()\n" +
            "del n\n" +
            "print('after')\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("after\n", result.Stdout);
        Assert.Matches(
            "^Exception ignored in: <function Noisy.__del__ at 0x[0-9a-f]+>\n" +
            "Traceback \\(most recent call last\\):\n" +
            $"  File \"{System.Text.RegularExpressions.Regex.Escape(path)}\", line 3, in __del__\n" +
            "    raise ValueError\\('from __del__'\\)\n" +
            "ValueError: from __del__\n$",
            result.Stderr);
    }

    /// <summary>
    /// The traceback, or SystemExit's message, prints before the atexit callbacks run (and before the threads are
    /// waited for), as CPython 3.12 prints it (checked with pyenv); it printed after them.
    /// </summary>
    [Theory]
    [InlineData("raise ValueError('boom')\n", 1,
        "Traceback (most recent call last):\n  File \"{0}\", line 3, in <module>\n    raise ValueError('boom')\nValueError: boom\natexit ran\n")]
    [InlineData("sys.exit('bye')\n", 1, "bye\natexit ran\n")]
    public void Report_prints_before_the_atexit_callbacks(string ending, int exitCode, string stderr)
    {
        string path = _cache.WriteScript("exit_order.py",
            "import atexit, sys\n" +
            "atexit.register(lambda: print('atexit ran', file=sys.stderr))\n" +
            ending);

        CliResult result = _cache.Run("run", path);

        Assert.Equal(exitCode, result.ExitCode);
        Assert.Equal(string.Format(stderr, path), result.Stderr);
    }
}
