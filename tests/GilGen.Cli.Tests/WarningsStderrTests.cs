namespace GilGen.Cli.Tests;

/// <summary>
/// What the warnings module writes to stderr, which the conformance corpus (stdout only, an empty stderr) cannot
/// look at: CPython 3.12's "file:line: Category: message" and the source line under it. GilGen's warn() finds the
/// calling frame's file and module as CPython's does, but not its line (the running frames do not know it): it names
/// line 0, without a source line (docs/language-support.md); warn_explicit, given a real file and line, prints both
/// as CPython does.
/// </summary>
public sealed class WarningsStderrTests : IClassFixture<TemporaryCache>
{
    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public WarningsStderrTests(TemporaryCache cache) => _cache = cache;

    /// <summary>The default filters: a UserWarning once per text, a DeprecationWarning from __main__, no PendingDeprecationWarning.</summary>
    [Fact]
    public void Warn_writes_the_default_filters_warnings_to_stderr()
    {
        string path = _cache.WriteScript("warnings_default.py",
            "import warnings\n" +
            "warnings.warn('careful')\n" +
            "warnings.warn('careful')\n" +
            "warnings.warn('old', DeprecationWarning)\n" +
            "warnings.warn('pending', PendingDeprecationWarning)\n" +
            "warnings.warn_explicit('explicit', RuntimeWarning, __file__, 1)\n" +
            "print('done')\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("done\n", result.Stdout);
        Assert.Equal(
            $"{path}:0: UserWarning: careful\n" +
            $"{path}:0: DeprecationWarning: old\n" +
            $"{path}:1: RuntimeWarning: explicit\n  import warnings\n",
            result.Stderr);
    }

    /// <summary>
    /// warn() attributes a warning to the frame stacklevel frames out: a library module's own warning to the library
    /// (its DeprecationWarning ignored by the default filters, its registry in its globals), one with stacklevel=2 to
    /// its caller in __main__, and one deeper than the stack to "sys" at line 1, as CPython does.
    /// </summary>
    [Fact]
    public void Warn_names_the_file_and_module_of_the_frame_stacklevel_out()
    {
        string library = _cache.WriteScript("warning_library.py",
            "import warnings\n" +
            "def here():\n" +
            "    warnings.warn('in the library')\n" +
            "def old():\n" +
            "    warnings.warn('old api', DeprecationWarning, stacklevel=2)\n" +
            "def quiet():\n" +
            "    warnings.warn('ignored', DeprecationWarning)\n");
        string path = _cache.WriteScript("warning_caller.py",
            "import warnings, warning_library\n" +
            "warning_library.here()\n" +
            "warning_library.old()\n" +
            "warning_library.quiet()\n" +
            "warnings.warn('deep', stacklevel=9)\n" +
            "print('__warningregistry__' in vars(warning_library), '__warningregistry__' in globals())\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("True True\n", result.Stdout);
        Assert.Equal(
            $"{library}:0: UserWarning: in the library\n" +
            $"{path}:0: DeprecationWarning: old api\n" +
            "sys:1: UserWarning: deep\n",
            result.Stderr);
    }

    /// <summary>The "error" action raises the warning: uncaught, it ends the program with its traceback.</summary>
    [Fact]
    public void An_error_filter_raises_the_warning()
    {
        string path = _cache.WriteScript("warnings_error.py",
            "import warnings\n" +
            "warnings.simplefilter('error')\n" +
            "warnings.warn('stop here', RuntimeWarning)\n" +
            "print('not reached')\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.StartsWith("Traceback (most recent call last):\n", result.Stderr);
        Assert.EndsWith("RuntimeWarning: stop here\n", result.Stderr);
    }

    /// <summary>showwarning writes to the file it is given, else to the sys.stderr of the moment.</summary>
    [Fact]
    public void Showwarning_writes_to_sys_stderr()
    {
        string path = _cache.WriteScript("warnings_show.py",
            "import warnings\n" +
            "warnings.showwarning('shown', UserWarning, 'f.py', 3, line='x = 1')\n" +
            "warnings.showwarning('bare', FutureWarning, 'g.py', 4)\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("f.py:3: UserWarning: shown\n  x = 1\ng.py:4: FutureWarning: bare\n", result.Stderr);
    }
}
