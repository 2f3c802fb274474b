using System;

namespace GilGen.Runtime;

/// <summary>
/// Ends a worker interpreter at once with an exit status (<c>os._exit(n)</c> in a worker, or
/// <c>Process.terminate()</c> with -15): not a Python exception, so no <c>except</c> or <c>finally</c> written in
/// Python can stop it, as nothing in a process survives its <c>_exit</c>. <see cref="WorkerInterpreter"/> catches it.
/// </summary>
public sealed class InterpreterExitException : Exception
{
    /// <summary>The worker's exit code.</summary>
    public int Status { get; }

    /// <summary>Ends the worker with <paramref name="status"/>.</summary>
    public InterpreterExitException(int status) : base($"the interpreter exits with status {status}") => Status = status;
}
