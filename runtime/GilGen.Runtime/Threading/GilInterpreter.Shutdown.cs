using GilGen.Runtime;
using ThreadState = GilGen.Runtime.ThreadState;

namespace GilGen;

// threading._shutdown: what the end of the main module waits for.
public sealed partial class GilInterpreter
{
    /// <summary>
    /// Waits until every non-daemon thread has finished (CPython's <c>threading._shutdown</c>, called when
    /// <c>__main__</c> ends, normally or by an exception). <paramref name="ts"/> must hold the GIL; it is
    /// released while waiting. Daemon threads are left running (they are background OS threads).
    /// First, as CPython does, the callbacks of <c>threading._register_atexit</c> run (newest first), if
    /// threading was imported: concurrent.futures wakes and joins its idle workers there.
    /// </summary>
    public void JoinNonDaemonThreads(ThreadState ts)
    {
        // As threading._shutdown, which runs only when threading was imported: the main thread is stopped first.
        if (ts.IsMainThread && Modules.Find("threading") is not null) Threads.Current(ts).MarkMainModuleEnded(ts);
        RunThreadingAtExits(ts);
        Threads.JoinNonDaemonThreads(ts);
    }

    private ExitCallbacks? _exitCallbacks;

    /// <summary>What <c>atexit.register</c> keeps, made on first use.</summary>
    internal ExitCallbacks ExitCallbacks => _exitCallbacks ??= new ExitCallbacks();

    /// <summary>
    /// Runs the <c>atexit</c> callbacks, newest first (CPython's <c>_PyAtExit_Call</c> in <c>Py_FinalizeEx</c>, right
    /// after <c>threading._shutdown</c>); an exception one raises is reported on stderr and the next runs. Called when
    /// <c>__main__</c> ends, after <see cref="JoinNonDaemonThreads"/>. <paramref name="ts"/> must hold the GIL.
    /// </summary>
    public void RunExitCallbacks(ThreadState ts) => _exitCallbacks?.Run(ts);

    private void RunThreadingAtExits(ThreadState ts)
    {
        if (Modules.Find("threading") is not PyModule threading) return;
        var run = threading.GetGlobal("_run_atexits");
        if (run.IsUnbound) return;
        try
        {
            Ops.Call(ts, run, System.ReadOnlySpan<PyValue>.Empty, null).DecRef();
        }
        catch (PyException e)
        {
            // CPython reports an exception out of threading._shutdown as unraisable and goes on.
            NoteReportedException();
            Stderr.Write($"Exception ignored in: {threading.ReprString(ts)}\n{e.FormatTraceback(ts)}");
            Stderr.Flush();
            e.Value.DecRef();
        }
        finally
        {
            run.DecRef();
        }
    }
}
