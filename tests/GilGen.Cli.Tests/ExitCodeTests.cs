namespace GilGen.Cli.Tests;

/// <summary>gilgen exits as python does: 0, 1 after an uncaught exception or a SyntaxError, SystemExit's code, 2 for usage errors.</summary>
public sealed class ExitCodeTests : IClassFixture<TemporaryCache>
{
    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public ExitCodeTests(TemporaryCache cache) => _cache = cache;

    /// <summary>An uncaught exception: status 1, a traceback on stderr naming the file, the lines and the functions.</summary>
    [Fact]
    public void Uncaught_exception_exits_1_with_a_traceback_pointing_at_the_py_line()
    {
        string path = _cache.WriteScript("uncaught.py",
            "print('before')\n" +
            "def fail():\n" +
            "    raise ValueError('boom')\n" +
            "\n" +
            "fail()\n" +
            "print('after')\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("before\n", result.Stdout);
        Assert.Equal(
            "Traceback (most recent call last):\n" +
            $"  File \"{path}\", line 5, in <module>\n" +
            "    fail()\n" +
            $"  File \"{path}\", line 3, in fail\n" +
            "    raise ValueError('boom')\n" +
            "ValueError: boom\n",
            result.Stderr);
    }

    /// <summary><c>--checked-refcounts</c> (the test process already runs checked): the script runs as without it.</summary>
    [Fact]
    public void Checked_refcounts_run_prints_the_same()
    {
        string path = _cache.WriteScript("checked.py",
            "d = {'a': 3, 'b': 1, 'c': 2}\n" +
            "print(sorted(d.items(), key=lambda kv: kv[1]), max(d.items(), key=lambda kv: kv[1]))\n");

        CliResult result = _cache.Run("run", "--checked-refcounts", path);

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("[('b', 1), ('c', 2), ('a', 3)] ('a', 3)\n", result.Stdout);
    }

    /// <summary><c>sys.exit(3)</c>: status 3, nothing on stderr.</summary>
    [Fact]
    public void SystemExit_with_an_int_exits_with_that_code()
    {
        string path = _cache.WriteScript("exit3.py", "import sys\nprint('bye')\nsys.exit(3)\nprint('never')\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("bye\n", result.Stdout);
        Assert.Equal("", result.Stderr);
    }

    /// <summary><c>sys.exit()</c>: status 0.</summary>
    [Fact]
    public void SystemExit_without_a_code_exits_0()
    {
        string path = _cache.WriteScript("exit0.py", "import sys\nsys.exit()\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
    }

    /// <summary><c>sys.exit("message")</c>: the message on stderr, status 1.</summary>
    [Fact]
    public void SystemExit_with_a_message_prints_it_and_exits_1()
    {
        string path = _cache.WriteScript("exitmsg.py", "import sys\nsys.exit('giving up')\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("giving up\n", result.Stderr);
    }

    /// <summary>The builtins exit and quit (the site module's) exit as sys.exit does: exit(3) with 3, quit("bye") with 1 and the message.</summary>
    [Fact]
    public void Builtin_exit_and_quit_exit_with_their_code()
    {
        string exit3 = _cache.WriteScript("builtinexit3.py", "print('bye')\nexit(3)\nprint('never')\n");
        string quitMessage = _cache.WriteScript("builtinquit.py", "quit('giving up')\nprint('never')\n");

        CliResult three = _cache.Run("run", exit3);
        CliResult message = _cache.Run("run", quitMessage);

        Assert.Equal((3, "bye\n", ""), (three.ExitCode, three.Stdout, three.Stderr));
        Assert.Equal((1, "", "giving up\n"), (message.ExitCode, message.Stdout, message.Stderr));
    }

    /// <summary>A compile error prints CPython's SyntaxError report and exits 1 without running anything.</summary>
    [Fact]
    public void Syntax_error_prints_file_line_source_caret_and_message()
    {
        string path = _cache.WriteScript("syntax.py", "print('not run')\nwhile True print(1)\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Stdout);
        string[] lines = result.Stderr.Split('\n');
        Assert.Equal($"  File \"{path}\", line 2", lines[0]);
        Assert.Equal("    while True print(1)", lines[1]);
        Assert.Matches(@"^    +\^+$", lines[2]);
        Assert.StartsWith("SyntaxError: ", lines[3]);
        Assert.Equal("", lines[4]);
    }

    /// <summary>A file that does not exist: python's message and status 2.</summary>
    [Fact]
    public void Missing_file_exits_2()
    {
        string path = System.IO.Path.Combine(_cache.Directory, "no_such_file.py");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"gilgen: can't open file '{path}': [Errno 2] No such file or directory\n", result.Stderr);
    }

    /// <summary>A bad option or command: a usage message and status 2.</summary>
    [Theory]
    [InlineData("run", "--profile", "py26", "x.py")]
    [InlineData("run", "--bogus", "x.py")]
    [InlineData("run")]
    [InlineData("frobnicate")]
    public void Usage_errors_exit_2(params string[] args)
    {
        CliResult result = _cache.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("gilgen: ", result.Stderr);
        Assert.Contains("usage: gilgen run", result.Stderr);
    }

    /// <summary><c>--help</c> prints the usage of every command to stdout and exits 0.</summary>
    [Fact]
    public void Help_lists_the_commands_and_exits_0()
    {
        CliResult result = _cache.Run("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("gilgen run", result.Stdout);
        Assert.Contains("gilgen dis", result.Stdout);
        Assert.Contains("--profile", result.Stdout);
    }

    /// <summary><c>gilgen explore --help</c> (any command followed by --help) prints the usage too, the explorer's options included.</summary>
    [Theory]
    [InlineData("explore", "--help")]
    [InlineData("replay", "-h")]
    [InlineData("run", "--help")]
    public void A_command_followed_by_help_prints_the_usage_and_exits_0(params string[] args)
    {
        CliResult result = _cache.Run(args);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Contains("--schedules N", result.Stdout);
        Assert.Contains("gilgen replay", result.Stdout);
    }

    /// <summary>Everything after the file reaches the script as sys.argv, options included.</summary>
    [Fact]
    public void Arguments_after_the_file_become_sys_argv()
    {
        string path = _cache.WriteScript("argv.py", "import sys\nprint(sys.argv)\n");

        CliResult result = _cache.Run("run", "--profile", "py39", path, "one", "--profile", "modern");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"['{path}', 'one', '--profile', 'modern']\n", result.Stdout);
    }
}
