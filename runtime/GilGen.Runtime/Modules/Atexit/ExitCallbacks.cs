using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// The callbacks <c>atexit.register</c> keeps for one interpreter, run when its main module ends (after the non-daemon
/// threads are joined), newest first, as CPython 3.12's <c>atexit_callfuncs</c>.
/// </summary>
/// <remarks>
/// An unregistered callback leaves an empty slot, so <c>atexit._ncallbacks()</c> counts it, as CPython's does: its count
/// only grows until the callbacks run or <c>atexit._clear()</c>. Registration and running happen under the GIL.
/// </remarks>
internal sealed class ExitCallbacks
{
    /// <summary>A callable with its arguments; <see cref="Arguments"/>'s last <see cref="KwNames"/>.Length are keyword values.</summary>
    private sealed record Callback(PyValue Function, PyValue[] Arguments, string[]? KwNames);

    private readonly List<Callback?> _slots = new();

    /// <summary>How many slots there are, empty ones included (<c>atexit._ncallbacks()</c>).</summary>
    public int Count => _slots.Count;

    /// <summary>Keeps <paramref name="function"/> and <paramref name="arguments"/> (new references taken here).</summary>
    public void Register(PyValue function, ReadOnlySpan<PyValue> arguments, string[]? kwNames)
    {
        var held = arguments.ToArray();
        foreach (var v in held) v.IncRef();
        _slots.Add(new Callback(function.NewRef(), held, kwNames));
    }

    /// <summary>Empties every slot whose function equals <paramref name="function"/> (its <c>__eq__</c> may run and raise).</summary>
    public void Unregister(ThreadState ts, PyValue function)
    {
        for (int i = 0; i < _slots.Count; i++)
        {
            if (_slots[i] is not { } callback || !Ops.EqualsBool(ts, callback.Function, function)) continue;
            // The slot is emptied before its references go: a release can run a __del__ that registers again.
            _slots[i] = null;
            Release(callback);
        }
    }

    /// <summary>Releases every callback without running it (<c>atexit._clear()</c>).</summary>
    public void Clear()
    {
        var all = _slots.ToArray();
        _slots.Clear();
        foreach (var callback in all) if (callback != null) Release(callback);
    }

    /// <summary>
    /// Runs the callbacks registered so far, newest first, then releases them all. An exception a callback raises
    /// (SystemExit included) is reported on stderr as CPython's unraisable hook reports it, and the next one runs.
    /// </summary>
    public void Run(ThreadState ts)
    {
        for (int i = _slots.Count - 1; i >= 0; i--)
        {
            if (i >= _slots.Count || _slots[i] is not { } callback) continue;
            // The call's own references: the callback may unregister itself, which releases the slot's.
            var function = callback.Function.NewRef();
            foreach (var v in callback.Arguments) v.IncRef();
            try { Ops.Call(ts, function, callback.Arguments, callback.KwNames).DecRef(); }
            catch (PyException e)
            {
                ts.Interp.NoteReportedException();
                ts.Interp.Stderr.Write($"Exception ignored in atexit callback: {Ops.ReprOf(ts, function)}\n{e.FormatTraceback(ts)}");
                e.Value.DecRef();
            }
            finally
            {
                function.DecRef();
                foreach (var v in callback.Arguments) v.DecRef();
            }
        }
        Clear();
    }

    private static void Release(Callback callback)
    {
        callback.Function.DecRef();
        foreach (var v in callback.Arguments) v.DecRef();
    }
}
