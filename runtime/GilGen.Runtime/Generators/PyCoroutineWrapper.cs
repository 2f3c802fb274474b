using System;

namespace GilGen.Runtime;

/// <summary>What <c>coroutine.__await__()</c> returns: an iterator that drives the coroutine (coroutine_wrapper).</summary>
public sealed class PyCoroutineWrapper : PyObject
{
    /// <summary>The type of the wrapper.</summary>
    public static readonly PyType WrapperType = new("coroutine_wrapper", PyType.Object) { IsBaseType = false };

    private PyGenerator? _coroutine;

    static PyCoroutineWrapper()
    {
        WrapperType.AddMethod("send", (ts, a, kw) => Of(a).Send(ts, a.Length > 1 ? a[1] : throw PyErr.TypeError("send() takes exactly one argument (0 given)")));
        WrapperType.AddMethod("throw", (ts, a, kw) =>
        {
            if (a.Length < 2) throw PyErr.TypeError("throw expected at least 1 argument, got 0");
            return Of(a).Throw(ts, GeneratorMethods.ExceptionToThrow(ts, a.Slice(1)));
        });
        WrapperType.AddMethod("close", (ts, a, kw) => Of(a).Close(ts));
        WrapperType.AddMethod("__next__", (ts, a, kw) => Of(a).NextOrStop(ts));
        WrapperType.AddMethod("__iter__", (ts, a, kw) => a[0].NewRef());
    }

    /// <summary>Wraps <paramref name="coroutine"/> (a new reference is taken).</summary>
    public PyCoroutineWrapper(PyGenerator coroutine)
    {
        PyValue.From(coroutine).IncRef();
        _coroutine = coroutine;
    }

    /// <summary>The coroutine this wrapper drives (null once released).</summary>
    public PyGenerator? Coroutine => _coroutine;

    private static PyGenerator Of(ReadOnlySpan<PyValue> a) =>
        (a.Length > 0 && a[0].Obj is PyCoroutineWrapper w ? w._coroutine : null) ?? throw PyErr.TypeError("expected a coroutine_wrapper");

    /// <inheritdoc/>
    public override PyType Type => WrapperType;

    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(this).NewRef();

    /// <inheritdoc/>
    public override bool Next(ThreadState ts, out PyValue next)
    {
        var c = _coroutine!;
        if (c.Resume(ts, ResumeMode.Send, PyValue.None, null, closing: false, argIsNull: true, out next)) return true;
        next.DecRef();
        next = default;
        return false;
    }

    /// <inheritdoc/>
    public override void Dealloc()
    {
        var c = _coroutine;
        _coroutine = null;
        if (c != null) PyValue.From(c).DecRefFromDealloc();
    }
}
