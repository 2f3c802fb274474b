using System.IO;
using GilGen.Runtime;

namespace GilGen.Cli.Execution;

/// <summary>
/// What python does when the main module ends with an exception: <c>SystemExit</c> becomes the exit
/// status (its message, if any, on stderr), anything else prints the traceback and exits with 1.
/// </summary>
public static class ScriptTermination
{
    /// <summary>Reports <paramref name="exception"/> on <paramref name="stderr"/> and returns the exit status.</summary>
    public static int Report(PyException exception, TextWriter stderr)
    {
        PyBaseException instance = exception.Instance;
        if (instance.Type.IsSubtypeOf(ExceptionTypes.SystemExit))
            return SystemExitStatus(instance, stderr);

        stderr.Write(exception.FormatTraceback());
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
