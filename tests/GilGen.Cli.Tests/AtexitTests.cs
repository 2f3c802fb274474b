namespace GilGen.Cli.Tests;

/// <summary>
/// atexit's callbacks at the end of <c>gilgen run</c>, where the conformance corpus (stdout only, an empty stderr)
/// cannot look: an exception a callback raises is reported as CPython 3.12's unraisable hook reports it and the next
/// callback runs; the callbacks run after an uncaught exception and after <c>sys.exit</c>, whose status stays.
/// </summary>
public sealed class AtexitTests : IClassFixture<TemporaryCache>
{
    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public AtexitTests(TemporaryCache cache) => _cache = cache;

    /// <summary>A ValueError and a SystemExit out of callbacks are reported in turn; the exit status is still 0.</summary>
    [Fact]
    public void Exceptions_in_callbacks_are_reported_and_the_others_run()
    {
        string path = _cache.WriteScript("atexit_errors.py",
            "import atexit, sys\n" +
            "def bad():\n" +
            "    raise ValueError('boom')\n" +
            "def exiter():\n" +
            "    sys.exit(3)\n" +
            "atexit.register(print, 'last')\n" +
            "atexit.register(bad)\n" +
            "atexit.register(exiter)\n" +
            "print('main')\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("main\nlast\n", result.Stdout);
        string file = System.Text.RegularExpressions.Regex.Escape(path);
        Assert.Matches(
            "^Exception ignored in atexit callback: <function exiter at 0x[0-9a-f]+>\n" +
            "Traceback \\(most recent call last\\):\n" +
            $"  File \"{file}\", line 5, in exiter\n    sys.exit\\(3\\)\nSystemExit: 3\n" +
            "Exception ignored in atexit callback: <function bad at 0x[0-9a-f]+>\n" +
            "Traceback \\(most recent call last\\):\n" +
            $"  File \"{file}\", line 3, in bad\n    raise ValueError\\('boom'\\)\nValueError: boom\n$",
            result.Stderr);
    }

    /// <summary>An uncaught exception prints its traceback and exits with 1; the callbacks still run.</summary>
    [Fact]
    public void Callbacks_run_after_an_uncaught_exception()
    {
        string path = _cache.WriteScript("atexit_uncaught.py",
            "import atexit\n" +
            "atexit.register(print, 'cleanup')\n" +
            "raise KeyError('k')\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("cleanup\n", result.Stdout);
        Assert.EndsWith("KeyError: 'k'\n", result.Stderr);
    }

    /// <summary>sys.exit(2) ends the module; the callbacks run and the status stays 2.</summary>
    [Fact]
    public void Callbacks_run_after_sys_exit_and_keep_its_status()
    {
        string path = _cache.WriteScript("atexit_exit.py",
            "import atexit, sys\n" +
            "atexit.register(print, 'cleanup')\n" +
            "sys.exit(2)\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("cleanup\n", result.Stdout);
        Assert.Equal("", result.Stderr);
    }
}
