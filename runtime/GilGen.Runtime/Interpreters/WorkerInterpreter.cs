using System;
using System.Collections.Concurrent;
using System.Threading;
using GilGen;

namespace GilGen.Runtime;

/// <summary>
/// A worker process of multiprocessing or ProcessPoolExecutor, as GilGen runs one (docs/architecture/design.md
/// §5c): an isolated interpreter (PEP 684's model) with its own GIL, its own modules and its own
/// <c>os.getpid()</c>, on an OS thread of its own, so it runs Python code in parallel with its parent. It starts
/// the way the <c>spawn</c> (and <c>forkserver</c>) start method does: it runs the parent's main module again as
/// <c>__mp_main__</c> (also named <c>__main__</c> there); or the way <c>fork</c> does: from a copy of the parent's
/// modules taken at start (<see cref="ForkSnapshot"/>), running nothing again. Then it runs the calls it is handed,
/// one at a time, in order. Calls and their results cross between the interpreters as copies
/// (<see cref="CrossInterpreterCopy"/>).
/// </summary>
public sealed class WorkerInterpreter
{
    private readonly BlockingCollection<WorkerCall> _calls = new();
    private readonly ModuleDefinition _main;
    private readonly Thread _thread;
    private readonly ManualResetEventSlim _ended = new(false);
    private readonly object _gate = new();
    private ThreadState? _running;   // the worker's main thread state while it runs; guarded by _gate
    private int? _exitCode;          // guarded by _gate
    private bool _exitWithResult;    // a single-call worker: the call's int result is the exit code
    private int? _terminatedWith;    // the exit code Terminate was called with; guarded by _gate
    private ForkSnapshot? _fork;     // fork: the parent's state to start from instead of re-running the main module
    private bool _firstCallForked;   // fork: the first call is the snapshot's values, not a copy made by pickling
    private WorkerCall? _initialCall; // the call the worker was started with, when it goes on serving calls after it

    private WorkerInterpreter(GilInterpreter parent, ModuleDefinition main, string name, string startMethod)
    {
        _main = main;
        Name = name;
        StartMethod = startMethod;
        parent.ShareOutputWithWorkers();
        Interpreter = new GilInterpreter(new GilOptions
        {
            Profile = parent.Profile,
            SwitchInterval = parent.Scheduler.SwitchInterval,
            Stdout = parent.Stdout,
            Stderr = parent.Stderr,
            Argv = parent.Argv,
        });
        Interpreter.BecomeWorkerOf(parent, this);
        // A background thread: like a daemonic child, a worker left running does not keep the program alive.
        _thread = new Thread(Main) { IsBackground = true, Name = name };
    }

    /// <summary>The worker's interpreter.</summary>
    public GilInterpreter Interpreter { get; }

    /// <summary>How it was started: <c>spawn</c>, <c>fork</c> or <c>forkserver</c> (multiprocessing's start methods).</summary>
    public string StartMethod { get; }

    /// <summary>The process name the parent gave it (multiprocessing's <c>Process.name</c>).</summary>
    public string Name { get; }

    /// <summary><c>os.getpid()</c> in the worker.</summary>
    public long Pid => Interpreter.ProcessId;

    /// <summary>
    /// What the parent's <c>multiprocessing.get_start_method()</c> was at start (null: not set yet, under fork), which
    /// the child's starts as: a fork child has the parent's memory, a spawned one gets it in its preparation data.
    /// </summary>
    public string? ParentStartMethod { get; private set; }

    /// <summary>True while the worker re-runs the main module (CPython's <c>_inheriting</c>): starting a process then is an error.</summary>
    public bool Bootstrapping { get; private set; } = true;

    /// <summary>The exit code once the worker has ended (0, a <c>sys.exit</c>/<c>os._exit</c> status, 1 after an error, -15 when terminated, -9 when killed); null while it runs.</summary>
    public int? ExitCode
    {
        get { lock (_gate) return _exitCode; }
    }

    /// <summary>
    /// Starts a worker for the interpreter of <paramref name="ts"/>, which must be running a compiled main module.
    /// Returns at once; the worker re-runs the main module on its own thread.
    /// </summary>
    public static WorkerInterpreter Start(ThreadState ts, string name) => Start(ts, name, "spawn");

    /// <summary>
    /// Starts a worker by the start method <paramref name="startMethod"/> (<c>spawn</c>, <c>fork</c> or
    /// <c>forkserver</c>): under <c>fork</c> it starts from a copy of the modules of <paramref name="ts"/>'s
    /// interpreter as they are now (what cannot be copied raises here), else it re-runs the main module.
    /// </summary>
    public static WorkerInterpreter Start(ThreadState ts, string name, string startMethod) => Start(ts, name, startMethod, null);

    /// <summary>
    /// <see cref="Start(ThreadState, string, string)"/>, the child's <c>get_start_method()</c> starting as
    /// <paramref name="parentStartMethod"/> (the parent's, see <see cref="ParentStartMethod"/>).
    /// </summary>
    public static WorkerInterpreter Start(ThreadState ts, string name, string startMethod, string? parentStartMethod)
    {
        var worker = Create(ts, name, startMethod, parentStartMethod);
        worker._fork = SnapshotFor(ts, startMethod);
        worker._thread.Start();
        return worker;
    }

    // What a child starts from: fork, the parent as it is now; spawn and forkserver, nothing (it runs the main module
    // itself). CPython 3.11 and 3.12's forkserver children each import the main module again as __mp_main__, as
    // spawned ones do (the server's preload of __main__ does not take effect there), so GilGen's do too.
    private static ForkSnapshot? SnapshotFor(ThreadState ts, string startMethod) =>
        startMethod == "fork" ? ForkSnapshot.Take(ts) : null;

    /// <summary>
    /// Starts a worker that runs one call, <paramref name="function"/>(*<paramref name="args"/>, **<paramref name="kwargs"/>),
    /// and then ends; an int the call returns is its exit code (multiprocessing.Process: the call is its bootstrap,
    /// which returns the exit code). Under <c>spawn</c> and <c>forkserver</c> the call is pickled now (what cannot be
    /// pickled raises here); under <c>fork</c> it is part of the copy of the parent's memory, as the Process object is
    /// after fork(2), so a lambda or closure target works.
    /// </summary>
    public static WorkerInterpreter StartWithCall(ThreadState ts, string name, string startMethod, PyValue function, PyValue args, PyValue kwargs) =>
        StartWithCall(ts, name, startMethod, function, args, kwargs, serve: false, parentStartMethod: null);

    /// <summary>
    /// <see cref="StartWithCall(ThreadState, string, string, PyValue, PyValue, PyValue)"/>; with <paramref name="serve"/>
    /// the worker goes on running the calls handed to it afterwards, as a pool worker does after its initializer
    /// (<see cref="InitialResult"/> waits for the first call's result), and the first call's result is not its exit code.
    /// Under <c>fork</c> the first call comes with the copy of the parent, so a pool's lambda initializer works there, as
    /// in CPython, whose pool workers are Process objects that fork(2) copies.
    /// </summary>
    public static WorkerInterpreter StartWithCall(ThreadState ts, string name, string startMethod, PyValue function, PyValue args, PyValue kwargs,
        bool serve, string? parentStartMethod)
    {
        var worker = Create(ts, name, startMethod, parentStartMethod);
        WorkerCall first;
        if (startMethod == "fork")
        {
            worker._fork = ForkSnapshot.Take(ts, function, args, kwargs);
            worker._firstCallForked = true;
            first = WorkerCall.InForkSnapshot();
        }
        else
        {
            // A Process's target and arguments are inherited: they may hold multiprocessing's locks, queues and memory.
            first = new WorkerCall(
                CrossInterpreterCopy.Export(ts, function, inheriting: true),
                CrossInterpreterCopy.Export(ts, args, inheriting: true),
                CrossInterpreterCopy.Export(ts, kwargs, inheriting: true));
        }
        worker._calls.Add(first);
        if (serve) worker._initialCall = first;
        else
        {
            worker._calls.CompleteAdding();
            worker._exitWithResult = true;
        }
        worker._thread.Start();
        return worker;
    }

    /// <summary>
    /// The result of the call a serving worker was started with (a new reference), waiting for it without the
    /// caller's GIL; its exception is raised again here, and WorkerDied when the worker ended first.
    /// </summary>
    public PyValue InitialResult(ThreadState ts)
    {
        var call = _initialCall ?? throw PyErr.RuntimeError("the process was not started with a call to serve after");
        Wait(ts, call);
        if (call.Error != null) RaiseError(ts, call);
        return CrossInterpreterCopy.Import(ts, call.Result!);
    }

    private static WorkerInterpreter Create(ThreadState ts, string name, string startMethod, string? parentStartMethod)
    {
        if (startMethod is not ("spawn" or "fork" or "forkserver"))
            throw PyErr.ValueError($"cannot find context for '{startMethod}'");
        if (DeterministicScheduler.Of(ts) != null)
            throw PyErr.NotImplementedError("GilGen does not support starting processes under the deterministic scheduler yet");
        var main = ts.Interp.Modules.Find("__main__")?.Definition
            ?? throw PyErr.NotImplementedError("GilGen can start a process only from a program compiled as the main module");
        var worker = new WorkerInterpreter(ts.Interp, main, name, startMethod) { ParentStartMethod = parentStartMethod };
        // fork(2) copies the forking thread, which is the child's only and main thread, with the threading module's state.
        if (startMethod == "fork") worker.Interpreter.Threads.ContinueAfterFork(ts);
        return worker;
    }

    /// <summary>
    /// Runs <paramref name="function"/>(*<paramref name="args"/>, **<paramref name="kwargs"/>) in the worker, copying
    /// the call there and its result back (all borrowed; the result is a new reference). Waits without the caller's
    /// GIL. An exception the call raises is raised again here, as a copy. Raises
    /// <see cref="WorkerInterpretersModule.WorkerDiedType"/> when the worker ended before or while it ran the call.
    /// <paramref name="inheriting"/>: the call hands the worker what it inherits (a Pool's initializer and
    /// initargs), which may hold multiprocessing's locks, queues and shared memory.
    /// </summary>
    public PyValue Call(ThreadState ts, PyValue function, PyValue args, PyValue kwargs, bool inheriting = false)
    {
        var call = new WorkerCall(
            CrossInterpreterCopy.Export(ts, function, inheriting),
            CrossInterpreterCopy.Export(ts, args, inheriting),
            CrossInterpreterCopy.Export(ts, kwargs, inheriting));
        try { _calls.Add(call); }
        catch (InvalidOperationException) { throw Died(); }
        Wait(ts, call);
        if (call.Error != null) RaiseError(ts, call);
        return CrossInterpreterCopy.Import(ts, call.Result!);
    }

    // Waits for the call to be done, without the caller's GIL; raises WorkerDied when the worker ended first.
    private void Wait(ThreadState ts, WorkerCall call)
    {
        using (ts.AllowThreads())
        {
            WaitHandle.WaitAny(new[] { call.Done.WaitHandle, _ended.WaitHandle });
        }
        if (!call.Done.IsSet) throw Died();
    }

    private static void RaiseError(ThreadState ts, WorkerCall call)
    {
        var error = CrossInterpreterCopy.Import(ts, call.Error!);
        if (error.Obj is PyBaseException e) throw new PyException(e);
        error.DecRef();
        throw PyErr.TypeError("exceptions must derive from BaseException");
    }

    /// <summary>Asks the worker to end once the calls already handed to it have run (what a None task tells a pool worker).</summary>
    public void Close() => _calls.CompleteAdding();

    /// <summary>
    /// Ends the worker at once with <paramref name="exitCode"/> (Process.terminate: SIGTERM, -15; Process.kill:
    /// SIGKILL, -9): an idle worker stops waiting, a busy one stops at its next checkpoint; the call it ran, if any,
    /// never completes.
    /// </summary>
    public void Terminate(int exitCode = -15)
    {
        _calls.CompleteAdding();
        lock (_gate)
        {
            _terminatedWith ??= exitCode;
            _running?.SetAsyncException(new InterpreterExitException(exitCode));
        }
    }

    /// <summary>Waits until the worker has ended, without the caller's GIL; false when <paramref name="timeoutMs"/> (-1: forever) ran out first.</summary>
    public bool Join(ThreadState ts, int timeoutMs)
    {
        using (ts.AllowThreads()) return _ended.Wait(timeoutMs);
    }

    private PyException Died() =>
        PyErr.New(WorkerInterpretersModule.WorkerDiedType, $"the process {Name} (pid {Pid}) ended with exit code {ExitCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"}");

    private void Main()
    {
        int exitCode = 0;
        var ts = Interpreter.Ensure();
        lock (_gate)
        {
            _running = ts;
            // Terminated before its thread got here (terminate() soon after start() on a busy machine): the
            // request had no thread to reach, so it is delivered now, at the worker's first checkpoint.
            if (_terminatedWith is int exitWith) ts.SetAsyncException(new InterpreterExitException(exitWith));
        }
        try
        {
            PyValue[]? forkedCall = null;
            if (_fork != null)
            {
                // fork: the parent's modules as they were at start(); nothing runs again.
                var values = _fork.Restore(ts);
                _fork = null;
                if (_firstCallForked) forkedCall = values;
            }
            else
            {
                // spawn: the main module again, under a name that skips its `if __name__ == "__main__":` block.
                var module = Interpreter.Modules.Run(ts, _main, "__mp_main__");
                Interpreter.Modules.Alias("__main__", module);
            }
            Bootstrapping = false;
            while (true)
            {
                // An idle worker waits without its GIL, so that threads it started run meanwhile.
                WorkerCall? call;
                bool got;
                using (ts.AllowThreads()) got = _calls.TryTake(out call, Timeout.Infinite);
                if (!got) break;
                if (forkedCall != null)
                {
                    RunForked(ts, call!, forkedCall);
                    forkedCall = null;
                }
                else Run(ts, call!);
                if (_exitWithResult && call!.Result is long status) exitCode = (int)status;
            }
            Interpreter.JoinNonDaemonThreads(ts);
        }
        catch (InterpreterExitException exit)
        {
            exitCode = exit.Status;
        }
        catch (PyException e)
        {
            // What a child process that fails while it starts prints before it exits with status 1.
            exitCode = 1;
            Interpreter.NoteReportedException();
            Interpreter.Stderr.Write(e.FormatTraceback(ts));
            Interpreter.Stderr.Flush();
            e.Value.DecRef();
        }
        catch (Exception e)
        {
            // A GilGen bug in the worker (a reference-count violation): report it as gilgen run does, end the worker.
            exitCode = 70;
            Interpreter.NoteReportedException();
            Interpreter.Stderr.Write($"GilGen internal error in process {Name}: {e}\n");
            Interpreter.Stderr.Flush();
        }
        finally
        {
            lock (_gate)
            {
                _running = null;
                _exitCode = _terminatedWith ?? exitCode;
            }
            _calls.CompleteAdding();
            try { Interpreter.ExitThread(ts); }
            finally { _ended.Set(); }
        }
    }

    // One call, in the worker: what failed is copied back as the call's exception.
    private static void Run(ThreadState ts, WorkerCall call)
    {
        try
        {
            var function = CrossInterpreterCopy.Import(ts, call.Function);
            try
            {
                var args = CrossInterpreterCopy.Import(ts, call.Args);
                var kwargs = CrossInterpreterCopy.Import(ts, call.Kwargs);
                var result = CallWith(ts, function, args, kwargs);
                try { call.Result = CrossInterpreterCopy.Export(ts, result); }
                finally { result.DecRef(); }
            }
            finally { function.DecRef(); }
        }
        catch (PyException e)
        {
            Fail(ts, call, e);
        }
        call.Done.Set();
    }

    // The call of a worker started by fork, whose function and arguments came with the copy of the parent (owned).
    private static void RunForked(ThreadState ts, WorkerCall call, PyValue[] restored)
    {
        try
        {
            try
            {
                var result = CallWith(ts, restored[0], restored[1].NewRef(), restored[2].NewRef());
                try { call.Result = CrossInterpreterCopy.Export(ts, result); }
                finally { result.DecRef(); }
            }
            finally { foreach (var v in restored) v.DecRef(); }
        }
        catch (PyException e)
        {
            Fail(ts, call, e);
        }
        call.Done.Set();
    }

    private static void Fail(ThreadState ts, WorkerCall call, PyException e)
    {
        try { call.Error = CrossInterpreterCopy.Export(ts, e.Value); }
        catch (PyException unpicklable)
        {
            try { call.Error = CrossInterpreterCopy.Export(ts, unpicklable.Value); }
            finally { unpicklable.Value.DecRef(); }
        }
        finally { e.Value.DecRef(); }
    }

    // function(*args, **kwargs); args and kwargs are owned (released here), function borrowed.
    private static PyValue CallWith(ThreadState ts, PyValue function, PyValue args, PyValue kwargs)
    {
        try
        {
            var positional = ((PyTuple)args.Obj!).Items;
            var keywords = (PyDict)kwargs.Obj!;
            var all = new PyValue[positional.Length + keywords.Table.Count];
            positional.CopyTo(all, 0);
            string[]? names = keywords.Table.Count == 0 ? null : new string[keywords.Table.Count];
            int i = 0;
            foreach (var (k, v) in keywords.Table.Entries())
            {
                names![i] = ((PyStr)k.Obj!).Value;
                all[positional.Length + i++] = v;
            }
            return Ops.Call(ts, function, all, names);
        }
        finally
        {
            args.DecRef();
            kwargs.DecRef();
        }
    }

    private sealed class WorkerCall(object function, object args, object kwargs)
    {
        public readonly object Function = function, Args = args, Kwargs = kwargs;
        public readonly ManualResetEventSlim Done = new(false);

        // The call of a fork child: its function and arguments are in the worker's ForkSnapshot, not copied here.
        public static WorkerCall InForkSnapshot() => new(ForkSnapshotMarker, ForkSnapshotMarker, ForkSnapshotMarker);

        private static readonly object ForkSnapshotMarker = new();
        public object? Result, Error;
    }
}
