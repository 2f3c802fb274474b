using System;
using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// <c>threading.Semaphore(value=1)</c> and its subclass <c>threading.BoundedSemaphore</c>, which refuses to be
/// released above its initial value. Waiting gives up the GIL.
/// </summary>
public sealed class PySemaphore : PyObject
{
    /// <summary>The class <c>threading.Semaphore</c>.</summary>
    public static readonly PyType SemaphoreType = CreateType();

    /// <summary>The class <c>threading.BoundedSemaphore</c>.</summary>
    public static readonly PyType BoundedSemaphoreType = CreateBoundedType();

    private readonly PyType _type;
    private readonly object _gate = new();
    private long _value;
    private readonly long? _bound;

    private PySemaphore(PyType type, long value, bool bounded)
    {
        _type = type;
        _value = value;
        _bound = bounded ? value : null;
    }

    /// <inheritdoc/>
    public override PyType Type => _type;

    /// <summary>The current counter (<c>_value</c>).</summary>
    public long Value
    {
        get { lock (_gate) return _value; }
    }

    /// <summary><c>acquire(blocking=True, timeout=None)</c>: false when it could not decrement in time.</summary>
    public bool Acquire(ThreadState ts, WaitDeadline deadline)
    {
        lock (_gate)
        {
            if (_value > 0)
            {
                _value--;
                return true;
            }
        }
        if (deadline.HasPassed) return false;
        using (ts.AllowThreads())
        {
            lock (_gate)
            {
                while (_value == 0)
                {
                    int ms = deadline.RemainingMilliseconds;
                    if (ms == 0) return false;
                    Monitor.Wait(_gate, ms);
                }
                _value--;
                return true;
            }
        }
    }

    /// <summary><c>release(n=1)</c>, with ValueError "Semaphore released too many times" past a bound.</summary>
    public void Release(long n)
    {
        if (n < 1) throw PyErr.ValueError("n must be one or more");
        lock (_gate)
        {
            if (_bound is long bound && _value + n > bound) throw PyErr.ValueError("Semaphore released too many times");
            _value += n;
            for (long i = 0; i < n; i++) Monitor.Pulse(_gate);
        }
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        string extra = _bound is long b ? $"value={Value}/{b}" : $"value={Value}";
        return $"<threading.{_type.Name} at 0x{ObjectId.Of(this):x}: {extra}>";
    }

    private static PySemaphore Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PySemaphore s ? s : throw PyErr.TypeError("descriptor requires a 'threading.Semaphore' object");

    private static PyValue Construct(ThreadState ts, PyType type, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        PyValue[] p = CallArguments.Bind(type.Name, a, kw, new[] { "value" }, 0);
        long value = p[0].IsUnbound ? 1 : CallArguments.ToInteger(p[0]);
        if (value < 0) throw PyErr.ValueError("semaphore initial value must be >= 0");
        return PyValue.From(new PySemaphore(type, value, type.IsSubtypeOf(BoundedSemaphoreType)));
    }

    private static PyValue AcquireMethod(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        PyValue[] p = CallArguments.Bind("acquire", a, kw, new[] { "blocking", "timeout" }, 0, skip: 1);
        bool blocking = p[0].IsUnbound || Ops.IsTrue(ts, p[0]);
        bool hasTimeout = !p[1].IsUnbound && !p[1].IsNone;
        if (!blocking && hasTimeout) throw PyErr.ValueError("can't specify timeout for non-blocking acquire");
        WaitDeadline deadline = !blocking ? WaitDeadline.After(0)
            : hasTimeout ? WaitDeadline.After(CallArguments.ToSeconds(p[1])) : WaitDeadline.Never;
        return PyValue.Bool(Self(a).Acquire(ts, deadline));
    }

    private static PyType CreateType()
    {
        var type = new PyType("Semaphore", PyType.Object, Construct) { Module = "threading", IsBaseType = false };
        type.AddMethod("acquire", AcquireMethod);
        type.AddMethod("__enter__", AcquireMethod);
        type.AddMethod("release", (ts, a, kw) =>
        {
            PyValue[] p = CallArguments.Bind("release", a, kw, new[] { "n" }, 0, skip: 1);
            Self(a).Release(p[0].IsUnbound ? 1 : CallArguments.ToInteger(p[0]));
            return PyValue.None;
        });
        type.AddMethod("__exit__", (ts, a, kw) => { Self(a).Release(1); return PyValue.None; });
        return type;
    }

    private static PyType CreateBoundedType() =>
        new("BoundedSemaphore", SemaphoreType, Construct) { Module = "threading", IsBaseType = false };
}
