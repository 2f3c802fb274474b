using System;
using System.IO;
using System.Threading;
using GilGen.Runtime;

namespace GilGen;

// The process an interpreter stands for: a worker interpreter of multiprocessing is a process of its own to
// the program (docs/architecture/design.md §5c), with its own os.getpid() and the starting interpreter's as
// os.getppid().
public sealed partial class GilInterpreter
{
    private static int s_workersMade;
    private readonly object _processGate = new();
    private bool _outputShared;

    /// <summary>
    /// <c>os.getpid()</c>: the real process id for an interpreter a host made, a made-up one for a worker
    /// interpreter (the real id plus the worker's number, 1, 2, ... in the order workers start: distinct and
    /// stable for the worker's life, though no process of the system has it).
    /// </summary>
    public long ProcessId { get; private set; } = Environment.ProcessId;

    /// <summary><c>os.getppid()</c> in a worker: its parent interpreter's <see cref="ProcessId"/>; null for an interpreter a host made (the system's parent).</summary>
    public long? ParentProcessId { get; private set; }

    /// <summary>The worker interpreter this is, or null for one a host made.</summary>
    public WorkerInterpreter? Worker { get; private set; }

    /// <summary>Makes this new interpreter the worker <paramref name="worker"/> started by <paramref name="parent"/>.</summary>
    internal void BecomeWorkerOf(GilInterpreter parent, WorkerInterpreter worker)
    {
        Worker = worker;
        _reportsTo = parent;
        ParentProcessId = parent.ProcessId;
        ProcessId = Environment.ProcessId + Interlocked.Increment(ref s_workersMade);
    }

    /// <summary>
    /// Makes <see cref="Stdout"/> and <see cref="Stderr"/> safe to write from several OS threads at once, before a
    /// worker running in parallel shares them (child processes inherit their parent's standard streams).
    /// </summary>
    internal void ShareOutputWithWorkers()
    {
        lock (_processGate)
        {
            if (_outputShared) return;
            _outputShared = true;
            Stdout = TextWriter.Synchronized(Stdout);
            Stderr = TextWriter.Synchronized(Stderr);
        }
    }
}
