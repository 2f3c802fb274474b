using System;

namespace GilGen.Runtime;

/// <summary>
/// <c>threading.Timer(interval, function, args=None, kwargs=None)</c>: a thread that waits
/// <c>interval</c> seconds (without the GIL) and then calls the function, unless <c>cancel()</c> came first.
/// </summary>
public sealed class PyTimer : PyThread
{
    /// <summary>The class <c>threading.Timer</c>, a subclass of Thread.</summary>
    public static readonly PyType TimerType = CreateTimerType();

    private double _interval;
    private PyValue _function = PyValue.None;
    private PyTuple _args = PyTuple.Empty;
    private PyValue _kwargs = PyValue.None;
    private readonly PyEvent _finished = new();

    private PyTimer() : base(TimerType)
    {
    }

    /// <summary><c>cancel()</c>: the function will not be called if the timer is still waiting.</summary>
    public void Cancel() => _finished.Set();

    private void RunTimer(ThreadState ts)
    {
        try
        {
            _finished.Wait(ts, WaitDeadline.After(_interval));
            if (!_finished.IsSet)
                Ops.CallEx(ts, _function, PyValue.From(_args), _kwargs.IsNone ? PyValue.Unbound : _kwargs).DecRef();
        }
        finally
        {
            _finished.Set();
        }
    }

    /// <inheritdoc/>
    public override void Dealloc()
    {
        PyValue f = _function, k = _kwargs;
        PyTuple a = _args;
        _function = PyValue.None;
        _kwargs = PyValue.None;
        _args = PyTuple.Empty;
        f.DecRef();
        k.DecRef();
        PyValue.From(a).DecRef();
        base.Dealloc();
    }

    private static PyValue Construct(ThreadState ts, PyType type, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        PyValue[] p = CallArguments.Bind("Timer", a, kw, new[] { "interval", "function", "args", "kwargs" }, 2);
        var timer = new PyTimer();
        timer.Init(ts, ReadOnlySpan<PyValue>.Empty, null, skip: 0);
        timer._interval = CallArguments.ToSeconds(p[0]);
        p[1].IncRef();
        timer._function = p[1];
        if (!p[2].IsUnbound && !p[2].IsNone)
        {
            PyValue tuple = Ops.Call(ts, PyValue.From(PyType.Tuple), new[] { p[2] }, null);
            timer._args = (PyTuple)tuple.Obj!;
        }
        if (!p[3].IsUnbound && !p[3].IsNone)
        {
            p[3].IncRef();
            timer._kwargs = p[3];
        }
        return PyValue.From(timer);
    }

    private static PyTimer Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyTimer t ? t : throw PyErr.TypeError("descriptor requires a 'threading.Timer' object");

    private static PyType CreateTimerType()
    {
        var type = new PyType("Timer", ThreadType, Construct) { Module = "threading", IsBaseType = false };
        type.AddMethod("run", (ts, a, kw) => { Self(a).RunTimer(ts); return PyValue.None; });
        type.AddMethod("cancel", (ts, a, kw) => { Self(a).Cancel(); return PyValue.None; });
        return type;
    }
}
