using System;
using System.Collections.Generic;
using System.Threading;
using GilGen;

namespace GilGen.Runtime;

/// <summary>
/// <c>threading.Thread</c>: a real OS thread that enters the interpreter, takes the GIL and runs
/// <c>self.run()</c>, with CPython 3.10+'s names ("Thread-1 (foo)"), daemon flag, join with timeout and
/// error texts. An exception escaping <c>run</c> is printed to the interpreter's stderr as
/// <c>threading.excepthook</c> prints it, and the program goes on.
/// </summary>
public class PyThread : PyObject
{
    /// <summary>The class <c>threading.Thread</c>.</summary>
    public static readonly PyType ThreadType = CreateType();

    /// <summary>OS stack size for Python threads: deep recursion in generated code needs more than .NET's default.</summary>
    internal const int StackSizeBytes = 16 * 1024 * 1024;

    private readonly PyType _type;
    private readonly Dictionary<string, PyValue> _dict = new();
    // The weak references to the thread object (threading.Thread is a Python class in CPython: weakly referenceable).
    private WeakRefList? _weakRefs;
    private GilInterpreter? _interp;
    private bool _initialized;
    private string _name = "";
    private bool _daemon;
    private PyValue _target = PyValue.None;
    private PyTuple _args = PyTuple.Empty;
    private PyValue _kwargs = PyValue.None;
    private long? _ident;
    private long? _nativeId;
    private readonly ManualResetEventSlim _started = new();
    private readonly ManualResetEventSlim _finished = new();

    /// <summary>A thread object of <paramref name="type"/> (Thread or a subclass), not yet initialised.</summary>
    protected PyThread(PyType type)
    {
        _type = type;
        if (!type.IsImmortal) PyValue.From(type).IncRef();
    }

    /// <inheritdoc/>
    public override PyType Type => _type;

    /// <inheritdoc/>
    public override Dictionary<string, PyValue>? InstanceDict => _dict;

    /// <summary>The thread's name (<c>Thread.name</c>).</summary>
    public string Name => _name;

    /// <summary><c>Thread.daemon</c>: daemon threads are not waited for when the main module ends.</summary>
    public bool IsDaemon => _daemon;

    /// <summary><c>Thread.is_alive()</c>: started and not yet finished.</summary>
    public bool IsAlive => _started.IsSet && !_finished.IsSet;

    /// <summary><c>Thread.ident</c>; null before start.</summary>
    public long? Ident => _ident;

    /// <summary>The thread state of the running thread; null before it runs and after it ends.</summary>
    public ThreadState? State { get; private set; }

    /// <summary>The Thread object for a thread that is already running (the main thread, dummy threads).</summary>
    internal static PyThread ForRunningThread(ThreadState ts, string name, bool daemon)
    {
        var t = new PyThread(ThreadType)
        {
            _interp = ts.Interp, _initialized = true, _name = name, _daemon = daemon,
            _ident = ts.Ident, _nativeId = ts.NativeId, State = ts,
        };
        t._started.Set();
        return t;
    }

    /// <summary>Thread.__init__(group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None).</summary>
    protected void Init(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames, int skip)
    {
        PyValue[] a = CallArguments.Bind("Thread", args, kwNames,
            new[] { "group", "target", "name", "args", "kwargs", "daemon" }, required: 0, skip);
        if (!a[0].IsUnbound && !a[0].IsNone) throw PyErr.AssertionError("group argument must be None for now");
        if (_started.IsSet) throw PyErr.RuntimeError("cannot re-initialize a started thread");
        _interp = ts.Interp;
        PyValue target = a[1].IsUnbound ? PyValue.None : a[1];
        if (!a[2].IsUnbound && !a[2].IsNone)
        {
            _name = Ops.StrOf(ts, a[2]);
        }
        else
        {
            _name = ts.Interp.Threads.NewName("Thread-{0}");
            if (!target.IsNone && target.Obj?.GetAttrOrNull(ts, "__name__") is PyValue targetName)
            {
                if (targetName.Obj is PyStr s) _name += " (" + s.Value + ")";
                targetName.DecRef();
            }
        }
        PyTuple argsTuple = a[3].IsUnbound ? PyTuple.Empty : ToTuple(ts, a[3]);
        PyValue kwargs = a[4].IsUnbound ? PyValue.None : a[4];
        _daemon = a[5].IsUnbound || a[5].IsNone ? ts.Interp.Threads.Current(ts).IsDaemon : Ops.IsTrue(ts, a[5]);

        target.IncRef();
        kwargs.IncRef();
        ReleaseTargetAndArguments();
        _target = target;
        _args = argsTuple;
        _kwargs = kwargs;
        _initialized = true;
    }

    /// <summary>A new tuple of the items of any iterable (Thread accepts <c>args=[n]</c> as CPython does).</summary>
    private static PyTuple ToTuple(ThreadState ts, PyValue iterable)
    {
        if (iterable.Obj is PyTuple t)
        {
            PyValue.From(t).IncRef();
            return t;
        }
        if (iterable.Obj == null) throw PyErr.TypeError($"'{iterable.Type.Name}' object is not iterable");
        var items = new PyValueList();
        PyValue it = iterable.Obj.Iter(ts);
        try
        {
            while (it.Obj!.Next(ts, out PyValue x)) items.Add(x);
        }
        finally
        {
            it.DecRef();
        }
        return new PyTuple(items.ToArray());
    }

    private void ReleaseTargetAndArguments()
    {
        PyValue target = _target, kwargs = _kwargs;
        PyTuple args = _args;
        _target = PyValue.None;
        _kwargs = PyValue.None;
        _args = PyTuple.Empty;
        target.DecRef();
        kwargs.DecRef();
        PyValue.From(args).DecRef();
    }

    private void CheckInitialized()
    {
        if (!_initialized) throw PyErr.RuntimeError("thread.__init__() not called");
    }

    /// <summary>Thread.start(): runs <c>self.run()</c> on a new OS thread and returns once it has begun.</summary>
    public void Start(ThreadState ts)
    {
        CheckInitialized();
        if (_started.IsSet) throw PyErr.RuntimeError("threads can only be started once");
        GilInterpreter interp = _interp!;
        interp.Threads.AddToLimbo(this);
        PyValue.From(this).IncRef(); // the running thread's reference, dropped when it ends
        DeterministicScheduler? scheduler = DeterministicScheduler.Of(ts);
        scheduler?.ExpectArrival();
        try
        {
            // A deterministic schedule reuses the OS threads of earlier schedules (ScheduledWorkerThreads).
            if (scheduler != null) ScheduledWorkerThreads.Start(Bootstrap);
            else new Thread(Bootstrap, StackSizeBytes) { IsBackground = true, Name = _name }.Start();
        }
        catch (OutOfMemoryException)
        {
            scheduler?.ArrivalCancelled();
            interp.Threads.RemoveFromLimbo(this);
            PyValue.From(this).DecRef();
            throw PyErr.RuntimeError("can't start new thread");
        }
        if (scheduler != null)
            scheduler.Wait(ts, () => _started.IsSet, WaitDeadline.Never, new WaitTarget($"the start of {_name}"));
        else
            using (ts.AllowThreads()) _started.Wait();
    }

    // _bootstrap_inner of threading.py, on the new OS thread.
    // threading's _bootstrap and _bootstrap_inner: the Python frames under run() in a CPython thread.
    private const int BootstrapFrames = 2;

    private void Bootstrap()
    {
        GilInterpreter interp = _interp!;
        ThreadState ts = interp.Ensure();
        try
        {
            ts.ThreadObject = this;
            State = ts;
            _ident = ts.Ident;
            _nativeId = ts.NativeId;
            interp.Threads.Activate(this);
            _started.Set();
            // The starter waits for _started with the GIL dropped and wants it back right away.
            interp.Scheduler.ExpectWaiter();
            // CPython runs run() under threading's _bootstrap and _bootstrap_inner, two Python frames: the levels of
            // the recursion depth they take.
            ts.RecursionDepth += BootstrapFrames;
            try
            {
                PyValue run = Ops.GetAttr(ts, PyValue.From(this), "run");
                try
                {
                    Ops.Call(ts, run, ReadOnlySpan<PyValue>.Empty, null).DecRef();
                }
                finally
                {
                    run.DecRef();
                }
            }
            catch (PyException e)
            {
                // The exception dies once it has been reported (threading's _bootstrap_inner drops it then).
                try { ReportException(ts, e); }
                finally { e.Value.DecRef(); }
            }
            finally { ts.RecursionDepth -= BootstrapFrames; }
        }
        catch (Exception e) when (e is not PyException)
        {
            // A runtime bug, not a Python exception: still report it the way an escaping exception is reported.
            interp.NoteReportedException();
            interp.Stderr.Write($"Exception in thread {_name}:\n{e}\n");
            interp.Stderr.Flush();
        }
        finally
        {
            interp.Threads.Deactivate(this);
            State = null;
            _finished.Set();
            // A joiner may be ready now.
            DeterministicScheduler.Of(ts)?.Wake();
            PyValue.From(this).DecRef();
            interp.ExitThread(ts);
        }
    }

    /// <summary>
    /// <c>threading._shutdown</c>'s <c>_main_thread._stop()</c>: once <c>__main__</c> has ended, the main thread's object
    /// reads as ended (<c>is_alive()</c> is False, a <c>join()</c> of it returns) while the thread goes on to join the
    /// others and run the atexit callbacks.
    /// </summary>
    internal void MarkMainModuleEnded(ThreadState ts)
    {
        _finished.Set();
        DeterministicScheduler.Of(ts)?.Wake();
    }

    /// <summary>An exception that escaped <c>run()</c> goes to threading.excepthook (<see cref="ThreadExceptHook"/>).</summary>
    private void ReportException(ThreadState ts, PyException e) => ThreadExceptHook.Report(ts, this, e);

    /// <summary>Thread.run(): calls target(*args, **kwargs), then drops them (so they can be freed) as CPython does.</summary>
    public void Run(ThreadState ts)
    {
        try
        {
            if (!_target.IsNone)
            {
                // threading.Thread.run is a Python frame in CPython: a level of the recursion depth under the target's.
                using (RecursionLevel.Enter(ts, "")) Ops.CallEx(ts, _target, PyValue.From(_args), _kwargs.IsNone ? PyValue.Unbound : _kwargs).DecRef();
            }
        }
        finally
        {
            ReleaseTargetAndArguments();
        }
    }

    /// <summary>Thread.join(timeout=None).</summary>
    public void Join(ThreadState ts, double? timeout)
    {
        CheckInitialized();
        if (!_started.IsSet) throw PyErr.RuntimeError("cannot join thread before it is started");
        if (ReferenceEquals(ts.ThreadObject, this)) throw PyErr.RuntimeError("cannot join current thread");
        WaitForEnd(ts, timeout is double s ? WaitDeadline.After(Math.Max(s, 0), ts.Interp.Clock) : WaitDeadline.Never);
    }

    /// <summary>Waits, without the GIL, until the thread has finished or <paramref name="deadline"/> passes.</summary>
    internal void WaitForEnd(ThreadState ts, WaitDeadline deadline)
    {
        if (_finished.IsSet || deadline.HasPassed) return;
        if (DeterministicScheduler.Of(ts) is DeterministicScheduler scheduler)
        {
            scheduler.Wait(ts, () => _finished.IsSet, deadline, new WaitTarget($"the end of {_name} (join)", () => State));
            return;
        }
        bool interrupted = false;
        using (ts.AllowThreads())
        {
            // In slices, so that a terminated process (its exit pending on this thread) ends here as CPython's SIGTERM
            // ends one blocked in join().
            while (!_finished.Wait(InterruptCheck.Slice(deadline.RemainingMilliseconds)))
            {
                if (ts.HasPendingAsyncException)
                {
                    interrupted = true;
                    break;
                }
                if (deadline.HasPassed) return;
            }
        }
        if (interrupted) ts.RaisePendingAsyncException();
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        string status = "initial";
        if (_started.IsSet) status = "started";
        if (_finished.IsSet) status = "stopped";
        if (_daemon) status += " daemon";
        if (_ident is long id) status += " " + id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"<{_type.Name}({_name}, {status})>";
    }

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        switch (name)
        {
            case "name": CheckInitialized(); return PyValue.Str(_name);
            case "ident": return _ident is long id ? PyValue.Int(id) : PyValue.None;
            case "native_id": return _nativeId is long nid ? PyValue.Int(nid) : PyValue.None;
            case "daemon": CheckInitialized(); return PyValue.Bool(_daemon);
        }
        return base.GetAttrOrNull(ts, name);
    }

    /// <inheritdoc/>
    public override void SetAttr(ThreadState ts, string name, PyValue value)
    {
        switch (name)
        {
            case "name":
                CheckInitialized();
                _name = Ops.StrOf(ts, value);
                return;
            case "daemon":
                SetDaemon(ts, value);
                return;
            case "ident":
            case "native_id":
                throw PyErr.AttributeError($"can't set attribute '{name}'");
        }
        base.SetAttr(ts, name, value);
    }

    private void SetDaemon(ThreadState ts, PyValue value)
    {
        if (!_initialized) throw PyErr.RuntimeError("Thread.__init__() not called");
        if (_started.IsSet) throw PyErr.RuntimeError("cannot set daemon status of active thread");
        _daemon = Ops.IsTrue(ts, value);
    }

    /// <inheritdoc/>
    internal override bool SupportsWeakRefs => true;

    /// <inheritdoc/>
    internal override WeakRefList? WeakRefs { get => _weakRefs; set => _weakRefs = value; }

    /// <inheritdoc/>
    public override void Dealloc()
    {
        _weakRefs?.ReleaseReferent();
        ReleaseTargetAndArguments();
        foreach (PyValue v in _dict.Values) v.DecRefFromDealloc();
        _dict.Clear();
        if (!_type.IsImmortal) PyValue.From(_type).DecRefFromDealloc();
    }

    private static PyThread Self(ReadOnlySpan<PyValue> args) =>
        args.Length > 0 && args[0].Obj is PyThread t ? t : throw PyErr.TypeError("descriptor requires a 'threading.Thread' object");

    /// <summary>Calling Thread or a subclass: a new object, then the class's <c>__init__</c> (a Python one if the subclass has it).</summary>
    private static PyValue Construct(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var t = new PyThread(type);
        PyValue self = PyValue.From(t);
        bool done = false;
        try
        {
            if (type.Lookup("__init__") is PyValue init && init.Obj is not PyBuiltinFunction)
            {
                Ops.CallWithSelf(ts, init, self, args, kwNames).DecRef();
            }
            else
            {
                t.Init(ts, args, kwNames, skip: 0);
            }
            done = true;
        }
        finally
        {
            if (!done) self.DecRef();
        }
        return self;
    }

    private static PyType CreateType()
    {
        var type = new PyType("Thread", PyType.Object, Construct) { Module = "threading" };
        type.AddMethod("__init__", (ts, a, kw) => { Self(a).Init(ts, a, kw, skip: 1); return PyValue.None; });
        type.AddMethod("start", (ts, a, kw) =>
        {
            CallArguments.Bind("start", a, kw, Array.Empty<string>(), 0, skip: 1);
            Self(a).Start(ts);
            return PyValue.None;
        });
        type.AddMethod("run", (ts, a, kw) =>
        {
            CallArguments.Bind("run", a, kw, Array.Empty<string>(), 0, skip: 1);
            Self(a).Run(ts);
            return PyValue.None;
        });
        type.AddMethod("join", (ts, a, kw) =>
        {
            PyValue[] p = CallArguments.Bind("join", a, kw, new[] { "timeout" }, 0, skip: 1);
            double? timeout = p[0].IsUnbound || p[0].IsNone ? null : CallArguments.ToSeconds(p[0]);
            Self(a).Join(ts, timeout);
            return PyValue.None;
        });
        type.AddMethod("is_alive", (ts, a, kw) =>
        {
            CallArguments.Bind("is_alive", a, kw, Array.Empty<string>(), 0, skip: 1);
            PyThread t = Self(a);
            t.CheckInitialized();
            return PyValue.Bool(t.IsAlive);
        });
        type.AddMethod("getName", (ts, a, kw) => PyValue.Str(Self(a).Name));
        type.AddMethod("setName", (ts, a, kw) =>
        {
            PyValue[] p = CallArguments.Bind("setName", a, kw, new[] { "name" }, 1, skip: 1);
            Self(a).SetAttr(ts, "name", p[0]);
            return PyValue.None;
        });
        type.AddMethod("isDaemon", (ts, a, kw) => PyValue.Bool(Self(a).IsDaemon));
        type.AddMethod("setDaemon", (ts, a, kw) =>
        {
            PyValue[] p = CallArguments.Bind("setDaemon", a, kw, new[] { "daemonic" }, 1, skip: 1);
            Self(a).SetDaemon(ts, p[0]);
            return PyValue.None;
        });
        return type;
    }
}
