namespace GilGen.Runtime;

/// <summary>
/// An instance of BaseExceptionGroup or a subclass (PEP 654): besides args, the message and the tuple of grouped
/// exceptions, read-only as CPython's member descriptors are.
/// </summary>
public sealed class PyExceptionGroup : PyBaseException
{
    /// <summary><c>message</c>: the str given to the constructor (owned).</summary>
    public PyValue Message { get; private set; }
    /// <summary><c>exceptions</c>: the grouped exceptions (owned), never empty.</summary>
    public PyTuple Exceptions { get; private set; }

    /// <summary>A group of <paramref name="type"/>; steals <paramref name="args"/>, <paramref name="message"/> and <paramref name="exceptions"/>.</summary>
    public PyExceptionGroup(PyType type, PyTuple args, PyValue message, PyTuple exceptions) : base(type, args)
    {
        Message = message;
        Exceptions = exceptions;
    }

    /// <inheritdoc/>
    public override void Dealloc()
    {
        var m = Message; Message = PyValue.None; m.DecRefFromDealloc();
        var e = Exceptions; Exceptions = PyTuple.Empty; PyValue.From(e).DecRefFromDealloc();
        base.Dealloc();
    }

    /// <summary>CPython's BaseExceptionGroup_str: "message (N sub-exception(s))".</summary>
    public override string StrString(ThreadState? ts)
    {
        int n = Exceptions.Items.Length;
        return $"{Ops.StrOf(ts, Message)} ({n} sub-exception{(n > 1 ? "s" : "")})";
    }

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => name switch
    {
        "message" => Message.NewRef(),
        "exceptions" => PyValue.From(Exceptions).NewRef(),
        _ => base.GetAttrOrNull(ts, name),
    };

    /// <inheritdoc/>
    public override void SetAttr(ThreadState ts, string name, PyValue value)
    {
        if (name is "message" or "exceptions") throw PyErr.AttributeError("readonly attribute");
        base.SetAttr(ts, name, value);
    }
}
