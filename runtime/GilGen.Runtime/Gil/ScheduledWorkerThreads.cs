using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// The OS threads that run the Python threads of deterministic schedules (<see cref="DeterministicScheduler"/>),
/// kept from one schedule to the next. An explorer runs thousands of schedules, and a program such as seed 04
/// starts 100 threads in each: creating and ending 100 OS threads cost more than the schedule itself. A worker
/// runs one Python thread at a time, then parks until it is handed the next one (of this schedule or a later
/// one); a worker parked for <see cref="IdleTimeout"/> ends. Which worker runs a Python thread does not change
/// the schedule: the scheduler numbers threads by arrival and hands the baton itself. The real-time GIL does
/// not use them: its threads are new OS threads, as CPython's are.
/// </summary>
internal static class ScheduledWorkerThreads
{
    /// <summary>How long a worker stays parked without work before it ends.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromSeconds(10);

    private static readonly object s_gate = new();

    // Parked workers; the last parked is handed work first (its stack and caches are warm).
    private static readonly List<Worker> s_idle = new();

    /// <summary>Runs <paramref name="body"/> on a parked worker, or on a new one when none is parked.</summary>
    /// <exception cref="OutOfMemoryException">No OS thread could be started.</exception>
    public static void Start(ThreadStart body)
    {
        ArgumentNullException.ThrowIfNull(body);
        Worker? worker = null;
        lock (s_gate)
        {
            if (s_idle.Count > 0)
            {
                worker = s_idle[^1];
                s_idle.RemoveAt(s_idle.Count - 1);
                worker.Parked = false;
            }
        }
        if (worker != null) worker.Hand(body);
        else new Worker(body).Start();
    }

    private sealed class Worker
    {
        private readonly object _gate = new();
        private readonly Thread _thread;
        private ThreadStart? _body;

        public Worker(ThreadStart first)
        {
            _body = first;
            _thread = new Thread(Loop, PyThread.StackSizeBytes) { IsBackground = true, Name = "GilGen schedule worker" };
        }

        /// <summary>True while in <see cref="s_idle"/>; changed under <see cref="s_gate"/>.</summary>
        public bool Parked { get; set; }

        public void Start() => _thread.Start();

        public void Hand(ThreadStart body)
        {
            lock (_gate)
            {
                _body = body;
                Monitor.Pulse(_gate);
            }
        }

        private void Loop()
        {
            while (RunNext())
            {
            }
        }

        // Waits for a body and runs it; false when the worker retires. A frame of its own, so that a parked
        // worker holds no reference to the last program it ran (its interpreter can be collected).
        [MethodImpl(MethodImplOptions.NoInlining)]
        private bool RunNext()
        {
            ThreadStart body;
            lock (_gate)
            {
                while (_body == null)
                {
                    if (!Monitor.Wait(_gate, IdleTimeout) && Retire()) return false;
                }
                body = _body;
                _body = null;
            }
            body();
            // What a Python thread leaves in the OS thread's statics must not reach the next one.
            ThreadState.ForgetRunning();
            CheckedRefCounts.ForgetThread();
            lock (s_gate)
            {
                Parked = true;
                s_idle.Add(this);
            }
            return true;
        }

        // After an idle timeout, under _gate: leaves the pool unless a starter has just taken this worker
        // (it then hands a body at once).
        private bool Retire()
        {
            lock (s_gate)
            {
                if (!Parked) return false;
                s_idle.Remove(this);
                Parked = false;
                return true;
            }
        }
    }
}
