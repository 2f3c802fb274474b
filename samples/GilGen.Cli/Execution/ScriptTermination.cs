using System.IO;
using GilGen;
using GilGen.Runtime;

namespace GilGen.Cli.Execution;

/// <summary>
/// What python does when the main module ends with an exception: <c>SystemExit</c> becomes the exit
/// status (its message, if any, on stderr), anything else prints the traceback and exits with 1.
/// </summary>
public static class ScriptTermination
{
    /// <summary>
    /// Runs <paramref name="module"/> as <c>__main__</c> in <paramref name="interpreter"/> and ends the program as
    /// python does: an uncaught exception is reported (<see cref="Report"/>) before the non-daemon threads are waited
    /// for and the atexit callbacks run, as CPython prints it, then <c>__main__</c>'s globals are
    /// released and finalized, after a normal end or a <c>SystemExit</c>. After any other exception they are not:
    /// CPython keeps it (<c>sys.last_exc</c>) and with it what its traceback holds past the module's finalization, so
    /// those objects are finalized only after <c>sys.stdout</c> is gone, and what their <c>__del__</c> prints is lost.
    /// </summary>
    /// <returns>The exit status.</returns>
    public static int RunAsMain(GilInterpreter interpreter, ModuleDefinition module, TextWriter stderr)
    {
        int exitStatus = ExitStatus.Success;
        bool finalize = true;
        try
        {
            interpreter.Run(module, reportUncaught: exception => exitStatus = Report(exception, stderr));
        }
        catch (PyException exception)
        {
            finalize = exception.Instance.Type.IsSubtypeOf(ExceptionTypes.SystemExit);
            // A SystemExit is released before the module is finalized (CPython's handle_system_exit), and with it the
            // locals its traceback kept; any other exception is not released, as CPython keeps it.
            if (finalize) exception.Value.DecRef();
        }
        if (finalize) interpreter.FinalizeMainModule();
        return exitStatus;
    }

    /// <summary>
    /// Reports <paramref name="exception"/> on <paramref name="stderr"/> and returns the exit status. A GilGen bug's
    /// .NET exception, which became a Python exception in the innermost Python frame it reached (SystemError, see
    /// EmittedOps.InternalError), is its <see cref="System.Exception.InnerException"/>: printed after the traceback,
    /// with its .NET stack, which shows where GilGen went wrong.
    /// </summary>
    public static int Report(PyException exception, TextWriter stderr)
    {
        PyBaseException instance = exception.Instance;
        if (instance.Type.IsSubtypeOf(ExceptionTypes.SystemExit))
            return SystemExitStatus(instance, stderr);

        stderr.Write(exception.UncaughtReport ?? exception.FormatTraceback());
        if (exception.InnerException is { } clr)
            stderr.Write("\nThe .NET exception behind it (a GilGen internal error, please report it):\n" + clr + "\n");
        return ExitStatus.UncaughtException;
    }

    private static int SystemExitStatus(PyBaseException systemExit, TextWriter stderr)
    {
        // SystemExit.code is args[0] for one argument, None for none, the args tuple otherwise
        // (CPython's SystemExit_init); handle_system_exit in pythonrun.c then decides as below.
        PyValue[] args = systemExit.Args.Items;
        if (args.Length == 0)
            return ExitStatus.Success;
        PyValue code = args.Length == 1 ? args[0] : PyValue.From(systemExit.Args);
        if (code.IsInt)
            return unchecked((int)code.IntValue);
        switch (code.Obj)
        {
            case PyNone:
                return ExitStatus.Success;
            case PyBool flag:
                return flag.Value ? 1 : 0;
            case PyObject other:
                stderr.Write(other.StrString(null) + "\n");
                return ExitStatus.UncaughtException;
            default:
                return ExitStatus.UncaughtException;
        }
    }
}
