using System;

namespace GilGen.Runtime;

/// <summary>
/// An awaitable that is its own iterator, as CPython's C awaitables are (<c>anext_awaitable</c>,
/// <c>async_generator_asend</c>, <c>async_generator_athrow</c>): <c>__await__</c> and <c>__iter__</c> return it,
/// <c>__next__</c> is <c>send(None)</c>, and <c>send</c>, <c>throw</c> and <c>close</c> are what each kind does.
/// </summary>
public abstract class PyAwaitableIterator : PyObject
{
    /// <summary>A class of such awaitables, with the methods every one has.</summary>
    protected static PyType NewType(string name)
    {
        var type = new PyType(name, PyType.Object) { IsBaseType = false };
        type.AddMethod("__await__", (ts, a, kw) => Of(a, name).NewRefToSelf());
        type.AddMethod("__iter__", (ts, a, kw) => Of(a, name).NewRefToSelf());
        type.AddMethod("__next__", (ts, a, kw) => Of(a, name).Send(ts, PyValue.None));
        type.AddMethod("send", (ts, a, kw) =>
        {
            new BuiltinArguments("send", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            return Of(a, name).Send(ts, a[1]);
        });
        type.AddMethod("throw", (ts, a, kw) =>
        {
            var self = Of(a, name);
            if (a.Length < 2) throw PyErr.TypeError("throw expected at least 1 argument, got 0");
            if (a.Length > 4) throw PyErr.TypeError($"throw expected at most 3 arguments, got {a.Length - 1}");
            return self.Throw(ts, GeneratorMethods.ExceptionToThrow(ts, a.Slice(1)));
        });
        type.AddMethod("close", (ts, a, kw) => Of(a, name).Close(ts));
        return type;
    }

    private static PyAwaitableIterator Of(ReadOnlySpan<PyValue> a, string name) =>
        a.Length > 0 && a[0].Obj is PyAwaitableIterator it && it.Type.Name == name ? it : throw PyErr.TypeError($"descriptor requires a '{name}' object");

    private PyValue NewRefToSelf() => PyValue.From(this).NewRef();

    /// <summary>send(value) (borrowed): the value the awaitable yields, or StopIteration with the await's result.</summary>
    protected abstract PyValue Send(ThreadState ts, PyValue value);

    /// <summary>throw(exc) (owned): raises it where the awaitable stopped.</summary>
    protected abstract PyValue Throw(ThreadState ts, PyException exc);

    /// <summary>close().</summary>
    protected abstract PyValue Close(ThreadState ts);

    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => NewRefToSelf();

    /// <inheritdoc/>
    public override bool Next(ThreadState ts, out PyValue next)
    {
        // The end raises StopIteration carrying the value: YIELD_FROM reads the await's value from it.
        next = Send(ts, PyValue.None);
        return true;
    }
}
