using System;
using GilGen.Runtime;
using ThreadState = GilGen.Runtime.ThreadState;

namespace GilGen;

// The object-runtime side of the interpreter: its modules (sys.modules) and running module definitions.
public sealed partial class GilInterpreter
{
    private ModuleRegistry? _modules;
    private readonly object _modulesGate = new();

    /// <summary>This interpreter's modules (sys.modules), created on first use.</summary>
    public ModuleRegistry Modules
    {
        get
        {
            var m = _modules;
            if (m != null) return m;
            lock (_modulesGate) return _modules ??= new ModuleRegistry(this);
        }
    }

    /// <summary>
    /// Runs <paramref name="def"/> as a new module named <paramref name="asName"/> (default __main__) on the
    /// calling thread, holding the GIL, and returns the module. Python exceptions propagate as <see cref="PyException"/>.
    /// As <c>__main__</c>, it then waits for the non-daemon threads, as CPython's threading._shutdown does
    /// at exit, whether the module ended normally or with an exception, and runs the <c>atexit</c> callbacks.
    /// </summary>
    /// <param name="def">The module to run.</param>
    /// <param name="asName">Its name in sys.modules; __main__ by default.</param>
    /// <param name="reportUncaught">
    /// As <c>__main__</c>, called with the exception that ended the module (SystemExit included) before the threads
    /// are waited for and the atexit callbacks run: where CPython prints the traceback, so it comes before what they
    /// print. The exception still propagates afterwards.
    /// </param>
    public PyModule Run(ModuleDefinition def, string? asName = "__main__", Action<PyException>? reportUncaught = null)
    {
        string name = asName ?? def.Name;
        var ts = Ensure();
        try { return Modules.Run(ts, def, name); }
        catch (PyException e) when (name == "__main__")
        {
            // Formatted here, where Python can still run for it (an exception class's __str__), for the one who reports it.
            if (!e.Instance.Type.IsSubtypeOf(ExceptionTypes.SystemExit)) e.UncaughtReport = e.FormatTraceback(ts);
            reportUncaught?.Invoke(e);
            throw;
        }
        finally
        {
            try
            {
                if (name == "__main__")
                {
                    JoinNonDaemonThreads(ts);
                    RunExitCallbacks(ts);
                }
            }
            finally
            {
                Release(ts);
            }
        }
    }

    /// <summary>The module of <paramref name="def"/>, running it (as def.Name) first if this interpreter has not yet.</summary>
    public PyModule GetModule(ModuleDefinition def)
    {
        var existing = Modules.Find(def);
        if (existing != null) return existing;
        var ts = Ensure();
        try { return Modules.Find(def) ?? Modules.Run(ts, def, def.Name); }
        finally { Release(ts); }
    }
}
