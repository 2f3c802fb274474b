using System;

namespace GilGen.Runtime;

/// <summary>
/// What the explorer runs again and again, each time in a fresh interpreter: a module run as
/// <c>__main__</c>, or a C# delegate that calls generated code with the thread state it is given (the
/// main thread of that interpreter; the run waits for its non-daemon threads afterwards, as a script's does).
/// </summary>
public sealed class ExplorableProgram
{
    private readonly Action<GilGen.GilInterpreter> _run;

    private ExplorableProgram(string name, Action<GilGen.GilInterpreter> run)
    {
        Name = name;
        _run = run;
    }

    /// <summary>The program's name (<c>sys.argv[0]</c>).</summary>
    public string Name { get; }

    /// <summary>A module (a script, or a <c>[GilModule]</c>'s definition) run as <c>__main__</c>.</summary>
    public static ExplorableProgram FromModule(ModuleDefinition module)
    {
        ArgumentNullException.ThrowIfNull(module);
        return new ExplorableProgram(module.Name, interp => interp.Run(module));
    }

    /// <summary>A delegate run on the interpreter's main thread, given its thread state.</summary>
    public static ExplorableProgram FromDelegate(Action<ThreadState> body, string name = "<delegate>")
    {
        ArgumentNullException.ThrowIfNull(body);
        return new ExplorableProgram(name, interp =>
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
