namespace GilGen.Cli.Tests;

/// <summary>
/// What weak reference callbacks and finalizers write to stderr, which the conformance corpus cannot look at: an
/// exception a callback raises is reported as CPython 3.12's unraisable hook reports it, and the other callbacks run.
/// </summary>
public sealed class WeakrefCallbackTests : IClassFixture<TemporaryCache>
{
    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public WeakrefCallbackTests(TemporaryCache cache) => _cache = cache;

    /// <summary>The newer callback runs first; the older one's ZeroDivisionError is reported, and the program goes on.</summary>
    [Fact]
    public void An_exception_in_a_callback_is_reported_and_the_program_goes_on()
    {
        string path = _cache.WriteScript("weakref_callback_error.py",
            "import weakref\n" +
            "class C: pass\n" +
            "c = C()\n" +
            "r = weakref.ref(c, lambda w: 1 / 0)\n" +
            "r2 = weakref.ref(c, lambda w: print('second'))\n" +
            "del c\n" +
            "print('after')\n");

        CliResult result = _cache.Run("run", "--checked-refcounts", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("second\nafter\n", result.Stdout);
        string file = System.Text.RegularExpressions.Regex.Escape(path);
        Assert.Matches(
            "^Exception ignored in: <function <lambda> at 0x[0-9a-f]+>\n" +
            "Traceback \\(most recent call last\\):\n" +
            $"  File \"{file}\", line 4, in <lambda>\n    r = weakref.ref\\(c, lambda w: 1 / 0\\)\n" +
            "ZeroDivisionError: division by zero\n$",
            result.Stderr);
    }

    /// <summary>weakref.finalize's callbacks still pending at exit run then, newest first, after the program's output.</summary>
    [Fact]
    public void Finalizers_run_at_exit()
    {
        string path = _cache.WriteScript("weakref_finalize_exit.py",
            "import weakref\n" +
            "class R: pass\n" +
            "a, b = R(), R()\n" +
            "weakref.finalize(a, print, 'a finalized')\n" +
            "weakref.finalize(b, print, 'b finalized')\n" +
            "print('main done')\n");

        CliResult result = _cache.Run("run", "--checked-refcounts", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("main done\nb finalized\na finalized\n", result.Stdout);
        Assert.Equal("", result.Stderr);
    }
}
