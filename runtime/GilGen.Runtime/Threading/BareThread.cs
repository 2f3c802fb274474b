using System;
using System.IO;
using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// <c>_thread.start_new_thread(function, args, kwargs=None)</c>: a real OS thread with no Thread object. It
/// is not listed by <c>threading.enumerate()</c> (until it asks for <c>current_thread()</c>, which makes it a
/// "Dummy-N" thread), the program does not wait for it at exit, and an exception escaping it is reported
/// as an unraisable exception, as CPython's thread_run does.
/// </summary>
internal static class BareThread
{
    /// <summary>The builtin: checks the arguments with CPython's messages, starts the thread, returns its ident.</summary>
    public static PyValue StartNewThread(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw PyErr.TypeError("start_new_thread() takes no keyword arguments");
        if (a.Length < 2) throw PyErr.TypeError($"start_new_thread expected at least 2 arguments, got {a.Length}");
        if (a.Length > 3) throw PyErr.TypeError($"start_new_thread expected at most 3 arguments, got {a.Length}");
        if (!PyDefaultDict.IsCallable(a[0])) throw PyErr.TypeError("first arg must be callable");
        if (a[1].Obj is not PyTuple) throw PyErr.TypeError("2nd arg must be a tuple");
        if (a.Length == 3 && a[2].Obj is not PyDict) throw PyErr.TypeError("optional 3rd arg must be a dictionary");
        return PyValue.Int(Start(ts, a[0], a[1], a.Length == 3 ? a[2] : PyValue.Unbound));
    }

    private static long Start(ThreadState ts, PyValue function, PyValue args, PyValue kwargs)
    {
        GilInterpreter interp = ts.Interp;
        // The new thread owns these until it ends.
        function.IncRef();
        args.IncRef();
        kwargs.IncRef();
        long ident = 0;
        using var started = new ManualResetEventSlim();
        void Run()
        {
            ThreadState t = interp.Ensure();
            try
            {
                ident = t.Ident;
                started.Set();
                // The starter waits for `started` with the GIL dropped and wants it back right away.
                interp.Scheduler.ExpectWaiter();
                try
                {
                    Ops.CallEx(t, function, args, kwargs).DecRef();
                }
                catch (PyException e) when (!e.Instance.Type.IsSubtypeOf(ExceptionTypes.SystemExit))
                {
                    interp.NoteReportedException();
                    TextWriter stderr = interp.Stderr;
                    stderr.Write($"Exception ignored in thread started by: {Ops.ReprOf(t, function)}\n{e.FormatTraceback(t)}");
                    stderr.Flush();
                    e.Value.DecRef();
                }
                catch (PyException e)
                {
                    // SystemExit ends the thread silently.
                    e.Value.DecRef();
                }
            }
            finally
            {
                function.DecRef();
                args.DecRef();
                kwargs.DecRef();
                interp.ExitThread(t);
            }
        }
        DeterministicScheduler? scheduler = DeterministicScheduler.Of(ts);
        scheduler?.ExpectArrival();
        try
        {
            // A deterministic schedule reuses the OS threads of earlier schedules (ScheduledWorkerThreads).
            if (scheduler != null) ScheduledWorkerThreads.Start(Run);
            else new Thread(Run, PyThread.StackSizeBytes) { IsBackground = true }.Start();
        }
        catch (OutOfMemoryException)
        {
            scheduler?.ArrivalCancelled();
            function.DecRef();
            args.DecRef();
            kwargs.DecRef();
            throw PyErr.RuntimeError("can't start new thread");
        }
        if (scheduler != null)
            scheduler.Wait(ts, () => started.IsSet, WaitDeadline.Never, new WaitTarget("the start of a new thread"));
        else
            using (ts.AllowThreads()) started.Wait();
        return ident;
    }
}
