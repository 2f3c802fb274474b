using System;
using System.IO;
using GilGen.Cli.Execution;
using GilGen.Runtime;

namespace GilGen.Cli.Tests;

/// <summary>
/// A GilGen bug's .NET exception that became SystemError in Python code (EmittedOps.InternalError) and was not
/// caught ends the run as any uncaught exception (its traceback, exit status 1), then shows the .NET exception
/// with its stack, which says where GilGen went wrong.
/// </summary>
public sealed class InternalErrorReportTests
{
    [Fact]
    public void An_uncaught_internal_error_prints_its_traceback_then_the_dotnet_exception()
    {
        var code = new CodeInfo("work", "work", new SourceText("internal_error_report.py", "def work():\n    step()\n"), 1, "");
        Exception clr;
        try { throw new InvalidOperationException("the runtime is confused"); }
        catch (InvalidOperationException e) { clr = e; }
        PyException error = EmittedOps.InternalError(clr, code, 2);
        var stderr = new StringWriter();

        int status = ScriptTermination.Report(error, stderr);

        Assert.Equal(ExitStatus.UncaughtException, status);
        string text = stderr.ToString();
        Assert.StartsWith(
            "Traceback (most recent call last):\n" +
            "  File \"internal_error_report.py\", line 2, in work\n    step()\n" +
            "SystemError: GilGen internal error (a GilGen bug, please report it): System.InvalidOperationException: the runtime is confused\n" +
            "\nThe .NET exception behind it (a GilGen internal error, please report it):\n" +
            "System.InvalidOperationException: the runtime is confused\n",
            text, StringComparison.Ordinal);
        // Its .NET stack: where it was thrown.
        Assert.Contains(nameof(An_uncaught_internal_error_prints_its_traceback_then_the_dotnet_exception), text, StringComparison.Ordinal);
    }
}
