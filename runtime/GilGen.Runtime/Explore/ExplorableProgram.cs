using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// What the explorer runs again and again, each time in a fresh interpreter: a module run as
/// <c>__main__</c>, or a C# delegate that calls generated code with the thread state it is given (the
/// main thread of that interpreter; the run waits for its non-daemon threads afterwards, as a script's does).
/// </summary>
public sealed class ExplorableProgram
{
    private readonly Action<GilGen.GilInterpreter> _run;

    private ExplorableProgram(string name, string[] args, Action<GilGen.GilInterpreter> run)
    {
        Name = name;
        Argv = [name, .. args];
        _run = run;
    }

    /// <summary>The program's name (<c>sys.argv[0]</c>).</summary>
    public string Name { get; }

    /// <summary>What every run sees as <c>sys.argv</c>: <see cref="Name"/>, then the program's arguments.</summary>
    public IReadOnlyList<string> Argv { get; }

    /// <summary>A module (a script, or a <c>[GilModule]</c>'s definition) run as <c>__main__</c>, with <paramref name="args"/> after its name in <c>sys.argv</c>.</summary>
    public static ExplorableProgram FromModule(ModuleDefinition module, params string[] args)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(args);
        return new ExplorableProgram(module.Name, args, interp => interp.Run(module));
    }

    /// <summary>A delegate run on the interpreter's main thread, given its thread state.</summary>
    public static ExplorableProgram FromDelegate(Action<ThreadState> body, string name = "<delegate>")
    {
        ArgumentNullException.ThrowIfNull(body);
        return new ExplorableProgram(name, [], interp =>
        {
            ThreadState ts = interp.Ensure();
            try
            {
                body(ts);
            }
            finally
            {
                try
                {
                    interp.JoinNonDaemonThreads(ts);
                    interp.RunExitCallbacks(ts);
                }
                finally
                {
                    interp.Release(ts);
                }
            }
        });
    }

    /// <summary>Runs the program in <paramref name="interp"/>.</summary>
    internal void RunIn(GilGen.GilInterpreter interp) => _run(interp);
}
