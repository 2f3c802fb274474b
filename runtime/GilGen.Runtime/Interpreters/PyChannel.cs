using System;

namespace GilGen.Runtime;

/// <summary>
/// <c>_multiprocessing.Channel</c>: one process's handle on a <see cref="SharedChannel"/>, which
/// <c>multiprocessing.queues</c> sends items through. <c>send(obj)</c> copies <c>obj</c> as pickling copies it (so
/// what cannot be pickled raises pickle's error here), <c>recv(timeout=None)</c> returns a new object built from the
/// oldest copy in the calling process (None timeout: waits as long as it takes; raises <c>queue.Empty</c> when the
/// time ran out), <c>poll(timeout=0.0)</c> says whether something can be received. A copy of the handle sent to
/// another process is a handle on the same channel.
/// </summary>
internal sealed class PyChannel(SharedChannel shared) : PyObject
{
    /// <summary>The class of channels.</summary>
    public static readonly PyType ChannelType = CreateType();

    /// <summary>The channel all handles share.</summary>
    public SharedChannel Shared { get; } = shared;

    /// <inheritdoc/>
    public override PyType Type => ChannelType;

    private static PyChannel Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyChannel c ? c : throw PyErr.TypeError("descriptor requires a '_multiprocessing.Channel' object");

    private static WaitDeadline Deadline(ThreadState ts, PyValue timeout, WaitDeadline whenAbsent) =>
        timeout.IsUnbound ? whenAbsent
        : timeout.IsNone ? WaitDeadline.Never
        : WaitDeadline.After(Math.Max(0, CallArguments.ToSeconds(timeout)), ts.Interp.Clock);

    private static PyType CreateType()
    {
        var type = new PyType("Channel", PyType.Object, (ts, t, a, kw) =>
        {
            CallArguments.Bind("Channel", a, kw, Array.Empty<string>(), 0);
            return PyValue.From(new PyChannel(new SharedChannel()));
        }) { Module = "_multiprocessing", IsBaseType = false };
        type.AddMethod("send", (ts, a, kw) =>
        {
            var p = CallArguments.Bind("send", a, kw, new[] { "obj" }, 1, skip: 1);
            Self(a).Shared.Send(CrossInterpreterCopy.Export(ts, p[0]));
            return PyValue.None;
        });
        type.AddMethod("recv", (ts, a, kw) =>
        {
            var self = Self(a);
            var p = CallArguments.Bind("recv", a, kw, new[] { "timeout" }, 0, skip: 1);
            var copy = self.Shared.Receive(ts, Deadline(ts, p[0], WaitDeadline.Never));
            if (copy == null) throw EmptyError(ts);
            return CrossInterpreterCopy.Import(ts, copy);
        });
        type.AddMethod("poll", (ts, a, kw) =>
        {
            var self = Self(a);
            var p = CallArguments.Bind("poll", a, kw, new[] { "timeout" }, 0, skip: 1);
            return PyValue.Bool(self.Shared.Poll(ts, Deadline(ts, p[0], WaitDeadline.After(0))));
        });
        return type;
    }

    // queue.Empty, the exception Queue.get raises when nothing came in time.
    private static PyException EmptyError(ThreadState ts)
    {
        var queueModule = ts.Interp.Modules.Find("queue") ?? ts.Interp.Modules.Import(ts, "queue");
        var empty = Ops.GetAttr(ts, PyValue.From(queueModule), "Empty");
        try
        {
            var error = Ops.Call(ts, empty, ReadOnlySpan<PyValue>.Empty, null);
            if (error.Obj is PyBaseException e) return new PyException(e);
            error.DecRef();
            throw PyErr.TypeError("queue.Empty is not an exception class");
        }
        finally { empty.DecRef(); }
    }
}
