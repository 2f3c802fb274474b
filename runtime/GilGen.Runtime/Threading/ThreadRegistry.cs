using System;
using System.Collections.Generic;
using System.Threading;
using GilGen;

namespace GilGen.Runtime;

/// <summary>
/// What CPython's threading.py keeps in module globals: the threads now running (<c>_active</c>), those
/// started but not yet running (<c>_limbo</c>), the name counter, and the shutdown that joins every
/// non-daemon thread when the main module ends (<c>threading._shutdown</c>).
/// </summary>
public sealed class ThreadRegistry
{
    private readonly GilInterpreter _interp;
    private readonly object _gate = new();
    private readonly List<PyThread> _active = new();
    private readonly List<PyThread> _limbo = new();
    private int _nameCounter;
    private string _mainThreadName = "MainThread";
    private bool _mainThreadDaemon;

    internal ThreadRegistry(GilInterpreter interp) => _interp = interp;

    /// <summary>
    /// Makes this (a fork child's) registry continue its parent's as fork(2) leaves CPython's threading module: the
    /// main thread is the forking thread (its name and daemon flag; "MainThread" when the parent's main thread
    /// forked), and new threads' names continue the parent's counter. Called before the child runs.
    /// </summary>
    internal void ContinueAfterFork(ThreadState forking)
    {
        PyThread forker = forking.Interp.Threads.Current(forking);
        _mainThreadName = forker.Name;
        _mainThreadDaemon = forker.IsDaemon;
        _nameCounter = Volatile.Read(ref forking.Interp.Threads._nameCounter);
    }

    /// <summary>"Thread-N" and "Dummy-N" share one counter, as in CPython 3.10+ (<c>_newname</c>).</summary>
    internal string NewName(string template) => string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Interlocked.Increment(ref _nameCounter));

    internal void AddToLimbo(PyThread t) { lock (_gate) _limbo.Add(t); }

    internal void RemoveFromLimbo(PyThread t) { lock (_gate) _limbo.Remove(t); }

    internal void Activate(PyThread t)
    {
        lock (_gate)
        {
            _limbo.Remove(t);
            _active.Add(t);
        }
    }

    internal void Deactivate(PyThread t) { lock (_gate) _active.Remove(t); }

    /// <summary><c>threading.enumerate()</c>: running threads, then those just started (CPython lists <c>_active</c> then <c>_limbo</c>).</summary>
    public IReadOnlyList<PyThread> Enumerate()
    {
        lock (_gate)
        {
            var all = new List<PyThread>(_active.Count + _limbo.Count);
            all.AddRange(_active);
            all.AddRange(_limbo);
            return all;
        }
    }

    /// <summary><c>threading.active_count()</c>.</summary>
    public int ActiveCount()
    {
        lock (_gate) return _active.Count + _limbo.Count;
    }

    /// <summary>
    /// <c>threading.current_thread()</c>: the Thread object of <paramref name="ts"/>; for a thread not started
    /// by <c>threading</c> a "MainThread" (the interpreter's main thread) or "Dummy-N" object made on first use.
    /// </summary>
    public PyThread Current(ThreadState ts)
    {
        if (ts.ThreadObject is PyThread t) return t;
        t = ts.IsMainThread
            ? PyThread.ForRunningThread(ts, _mainThreadName, _mainThreadDaemon)
            : PyThread.ForRunningThread(ts, NewName("Dummy-{0}"), daemon: true);
        ts.ThreadObject = t;
        lock (_gate) _active.Add(t);
        return t;
    }

    /// <summary><c>threading.main_thread()</c>; null until the interpreter has a main thread.</summary>
    public PyThread? Main()
    {
        ThreadState? main = _interp.MainThreadState;
        return main == null ? null : Current(main);
    }

    /// <summary>
    /// threading._shutdown: waits (without the GIL) for every non-daemon thread that is still alive,
    /// including ones started meanwhile. Called with the GIL held by the main thread at the end of
    /// <c>__main__</c>.
    /// </summary>
    public void JoinNonDaemonThreads(ThreadState ts)
    {
        while (true)
        {
            PyThread? next = null;
            lock (_gate)
            {
                foreach (PyThread t in _active)
                {
                    if (!t.IsDaemon && t.IsAlive && !ReferenceEquals(t.State, ts)) { next = t; break; }
                }
                if (next == null)
                {
                    foreach (PyThread t in _limbo)
                    {
                        if (!t.IsDaemon) { next = t; break; }
                    }
                }
            }
            if (next == null) return;
            next.WaitForEnd(ts, WaitDeadline.Never);
        }
    }
}
