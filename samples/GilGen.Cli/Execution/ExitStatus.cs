namespace GilGen.Cli.Execution;

/// <summary>The exit statuses gilgen uses, chosen to match python's.</summary>
public static class ExitStatus
{
    /// <summary>The script ran to its end (or raised <c>SystemExit</c> with no code).</summary>
    public const int Success = 0;

    /// <summary>An uncaught exception or a SyntaxError, as python.</summary>
    public const int UncaughtException = 1;

    /// <summary>A bad command line, as python's own usage errors.</summary>
    public const int Usage = 2;

    /// <summary>The script file could not be opened, as python.</summary>
    public const int CannotOpenFile = 2;

    /// <summary>A bug in GilGen itself (the generated C# did not compile): EX_SOFTWARE of sysexits.h.</summary>
    public const int InternalError = 70;
}
