using System;
using System.Threading;

namespace GilGen.Runtime;

/// <summary><c>threading.Event</c>: a flag that threads wait on (without the GIL) until another sets it.</summary>
public sealed class PyEvent : PyObject
{
    /// <summary>The class <c>threading.Event</c>.</summary>
    public static readonly PyType EventType = CreateType();

    private readonly object _gate = new();
    private bool _flag;

    /// <inheritdoc/>
    public override PyType Type => EventType;

    /// <summary><c>is_set()</c>.</summary>
    public bool IsSet
    {
        get { lock (_gate) return _flag; }
    }

    /// <summary><c>set()</c>: wakes every waiter.</summary>
    public void Set()
    {
        lock (_gate)
        {
            _flag = true;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary><c>clear()</c>.</summary>
    public void Clear()
    {
        lock (_gate) _flag = false;
    }

    /// <summary><c>wait(timeout=None)</c>: the flag on return (false only when the timeout passed first).</summary>
    public bool Wait(ThreadState ts, WaitDeadline deadline)
    {
        lock (_gate)
        {
            if (_flag || deadline.HasPassed) return _flag;
        }
        using (ts.AllowThreads())
        {
            lock (_gate)
            {
                while (!_flag)
                {
                    int ms = deadline.RemainingMilliseconds;
                    if (ms == 0) return false;
                    Monitor.Wait(_gate, ms);
                }
                return true;
            }
        }
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) =>
        $"<threading.Event at 0x{ObjectId.Of(this):x}: {(IsSet ? "set" : "unset")}>";

    private static PyEvent Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyEvent e ? e : throw PyErr.TypeError("descriptor requires a 'threading.Event' object");

    private static PyType CreateType()
    {
        var type = new PyType("Event", PyType.Object, (ts, t, a, kw) =>
        {
            CallArguments.Bind("Event", a, kw, Array.Empty<string>(), 0);
            return PyValue.From(new PyEvent());
        }) { Module = "threading", IsBaseType = false };
        type.AddMethod("is_set", (ts, a, kw) => PyValue.Bool(Self(a).IsSet));
        type.AddMethod("isSet", (ts, a, kw) => PyValue.Bool(Self(a).IsSet));
        type.AddMethod("set", (ts, a, kw) => { Self(a).Set(); return PyValue.None; });
        type.AddMethod("clear", (ts, a, kw) => { Self(a).Clear(); return PyValue.None; });
        type.AddMethod("wait", (ts, a, kw) =>
        {
            PyValue[] p = CallArguments.Bind("wait", a, kw, new[] { "timeout" }, 0, skip: 1);
            WaitDeadline deadline = p[0].IsUnbound || p[0].IsNone ? WaitDeadline.Never : WaitDeadline.After(CallArguments.ToSeconds(p[0]));
            return PyValue.Bool(Self(a).Wait(ts, deadline));
        });
        return type;
    }
}
