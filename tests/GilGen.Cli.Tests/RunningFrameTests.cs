namespace GilGen.Cli.Tests;

/// <summary>
/// What the running stack's frames (<c>sys._getframe</c>) do not know, the line each is at, is an error that says
/// so, never a guessed line: <c>f_lineno</c>, and what needs it (a log record's lineno, traceback.print_stack). The
/// frames' code, callers and globals are the conformance program modules2/1046's.
/// </summary>
public sealed class RunningFrameTests : IClassFixture<TemporaryCache>
{
    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public RunningFrameTests(TemporaryCache cache) => _cache = cache;

    /// <summary>Each use of a running frame's line raises NotImplementedError naming it.</summary>
    [Fact]
    public void A_running_frames_line_is_not_guessed()
    {
        string path = _cache.WriteScript("running_frame_lines.py",
            "import sys, logging, traceback\n" +
            "def attempt(what, f):\n" +
            "    try:\n" +
            "        f()\n" +
            "    except NotImplementedError as e:\n" +
            "        print(what, '->', e)\n" +
            "attempt('f_lineno', lambda: sys._getframe().f_lineno)\n" +
            "attempt('print_stack', lambda: traceback.print_stack(file=sys.stdout))\n" +
            "handler = logging.StreamHandler(sys.stdout)\n" +
            "handler.setFormatter(logging.Formatter('%(funcName)s:%(lineno)d %(message)s'))\n" +
            "log = logging.getLogger('t'); log.addHandler(handler); log.propagate = False\n" +
            "print(log.makeRecord('t', logging.INFO, 'p.py', 3, 'm', (), None, 'f').lineno)\n" +
            "attempt('lineno', lambda: log.warning('logged'))\n" +
            "attempt('stack_info', lambda: log.warning('x', stack_info=True))\n" +
            "attempt('findCaller', lambda: log.findCaller())\n");

        CliResult result = _cache.Run("run", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        const string line = "GilGen reads the running frames' code from the .NET stack, not the line each is at: " +
            "f_lineno of a running frame is not supported yet";
        Assert.Equal(
            $"f_lineno -> {line}\n" +
            $"print_stack -> {line}\n" +
            "3\n" +
            "lineno -> GilGen does not know the line a running frame is at: the LogRecord attribute 'lineno' " +
            "(the logging call's location) is not supported yet\n" +
            "stack_info -> GilGen does not know the line a running frame is at: stack_info=True is not supported yet\n" +
            "findCaller -> GilGen does not know the line a running frame is at: Logger.findCaller is not supported yet\n",
            result.Stdout);
    }
}
