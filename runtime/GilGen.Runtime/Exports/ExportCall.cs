using System;
using System.Runtime.ExceptionServices;

namespace GilGen.Runtime;

/// <summary>
/// The call of an exported C# method, around the method only (arguments are converted before, the result
/// after, with the GIL held): for a <c>ReleasesGil</c> export it gives up the GIL (Py_BEGIN_ALLOW_THREADS)
/// and <see cref="Exit"/> takes it back (Py_END_ALLOW_THREADS); <see cref="Fail"/> turns what the method
/// threw into the Python exception to raise. Generated code:
/// <code>
/// var call = ExportCall.Enter(ts, export);
/// try { result = Method(a0); } catch (Exception e) { throw call.Fail(e); }
/// call.Exit();
/// </code>
/// </summary>
public readonly struct ExportCall
{
    private readonly ThreadState _ts;
    private readonly ExportedFunction _export;
    private readonly ExportedFunction? _outer;
    private readonly AllowThreadsScope _released;

    private ExportCall(ThreadState ts, ExportedFunction export, ExportedFunction? outer, AllowThreadsScope released)
    {
        _ts = ts;
        _export = export;
        _outer = outer;
        _released = released;
    }

    /// <summary>Starts the call; a <c>ReleasesGil</c> export gives up the GIL here.</summary>
    public static ExportCall Enter(ThreadState ts, ExportedFunction export)
    {
        if (!export.ReleasesGil) return new ExportCall(ts, export, null, default);
        var released = ts.AllowThreads();
        var outer = ts.ExportWithoutGil;
        ts.ExportWithoutGil = export;
        return new ExportCall(ts, export, outer, released);
    }

    /// <summary>Ends the call: a <c>ReleasesGil</c> export takes the GIL back, waiting for it like any thread.</summary>
    public void Exit()
    {
        if (!_export.ReleasesGil) return;
        _ts.ExportWithoutGil = _outer;
        _released.Dispose();
    }

    /// <summary>
    /// Ends the call after the method threw <paramref name="exception"/> and returns the Python exception to
    /// throw, with the export's traceback line. The runtime's own control exceptions (an interpreter exiting, a
    /// deterministic schedule aborting, <see cref="ControlExceptions"/>) pass through unchanged.
    /// </summary>
    public Exception Fail(Exception exception)
    {
        Exit();
        if (ControlExceptions.PassesThrough(exception))
        {
            ExceptionDispatchInfo.Throw(exception);
        }
        var python = ClrExceptionTranslation.ToPython(exception);
        python.AddFrame(_export.Frame, _export.Line);
        return python;
    }
}
