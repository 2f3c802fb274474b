using System;

namespace GilGen.Runtime;

/// <summary>
/// The generated method that runs a generator or coroutine from where its frame stopped, until the
/// next yield (it returns the yielded value and leaves <see cref="GeneratorFrame.ResumePoint"/> above
/// zero) or to its end (it returns the return value and sets the resume point to -1).
/// </summary>
public delegate PyValue GeneratorResume(ThreadState ts, GeneratorFrame frame);

/// <summary>How a suspended frame is resumed (what gen_send_ex was asked to do).</summary>
public enum ResumeMode
{
    /// <summary>send(value) or next(): the yield evaluates to <see cref="GeneratorFrame.TakeSent"/>.</summary>
    Send,
    /// <summary>throw(exc) or close(): the exception is raised where the frame stopped.</summary>
    Throw,
    /// <summary>A throw forwarded to the <c>yield from</c> subiterator made it return: the sent value is its result.</summary>
    DelegateReturned,
    /// <summary>A throw forwarded to the subiterator made it raise: the exception continues in this frame.</summary>
    DelegateRaised,
}

/// <summary>
/// The state of a suspended generator or coroutine frame: its Python locals and cells, the stack
/// slots live at the yield, the exceptions its handlers were handling, and where to resume. The
/// generated resume method moves everything out on entry and back in at each yield, so between two
/// resumptions the frame owns these references and releases them when it is discarded.
/// </summary>
public sealed class GeneratorFrame
{
    // The two arrays of the handlers' exceptions are made on first use: only a frame that yields inside an except
    // handler needs them, and every generator expression would otherwise allocate two.
    private readonly int _handlerSlots;
    private PyException?[]? _caught;
    private PyException?[]? _handled;
    private int _handledCount;
    private PyValue _sent;
    private PyException? _thrown;

    /// <summary>A frame for <paramref name="function"/> (a new reference is taken) with room for its locals, cells, stack and handlers.</summary>
    public GeneratorFrame(ThreadState ts, PyFunction function, int locals, int cells, int stack, int handlers)
    {
        Interp = ts.Interp;
        Function = function;
        PyValue.From(function).IncRef();
        Locals = locals == 0 ? Array.Empty<PyValue>() : new PyValue[locals];
        Cells = cells == 0 ? Array.Empty<PyCell?>() : new PyCell?[cells];
        Stack = stack == 0 ? Array.Empty<PyValue>() : new PyValue[stack];
        _handlerSlots = handlers;
    }

    /// <summary>The interpreter the frame runs in (its finalizer needs a thread state).</summary>
    public GilInterpreter Interp { get; }

    /// <summary>The function whose code this frame runs (owned): globals, closure, names.</summary>
    public PyFunction Function { get; }

    /// <summary>Python locals while suspended (owned; Unbound when unassigned).</summary>
    public readonly PyValue[] Locals;

    /// <summary>The frame's own cells while suspended (owned).</summary>
    public readonly PyCell?[] Cells;

    /// <summary>Stack slots live at the yield, bottom first (owned).</summary>
    public readonly PyValue[] Stack;

    /// <summary>The exception each enclosing handler caught (the emitted code's <c>__x</c> variables).</summary>
    public PyException?[] Caught => _caught ??= new PyException?[_handlerSlots];

    /// <summary>0 before the first run, the yield's resume id while suspended, -1 once finished.</summary>
    public int ResumePoint;

    /// <summary>The line the frame stopped at.</summary>
    public int Line;

    /// <summary>How the next resumption enters the frame.</summary>
    public ResumeMode Mode;

    /// <summary>The <c>yield from</c>/<c>await</c> subiterator while suspended in one (borrowed from <see cref="Stack"/>), else default.</summary>
    public PyValue Delegate;

    /// <summary>
    /// In an asynchronous generator: true when the frame suspended at a <c>yield</c> (its value is what the awaited
    /// <c>__anext__()</c> or <c>asend()</c> returns: CPython wraps it in an <c>_PyAsyncGenWrappedValue</c>), false when it
    /// suspended in an <c>await</c> (the value goes on to whatever drives the awaitable, the event loop). The emitted
    /// YIELD_VALUE and YIELD_FROM of an asynchronous generator set it (no other code reads it).
    /// </summary>
    public bool YieldedValue;

    /// <summary>True while the frame is suspended at a yield.</summary>
    public bool IsSuspended => ResumePoint > 0;

    /// <summary>Sets how the next resumption enters: the value sent (borrowed) or the exception to raise.</summary>
    internal void Prepare(ResumeMode mode, PyValue sent, PyException? thrown)
    {
        Mode = mode;
        _sent = sent.NewRef();
        _thrown = thrown;
    }

    /// <summary>The value the yield evaluates to (a new reference, moved out of the frame).</summary>
    public PyValue TakeSent()
    {
        var v = _sent;
        _sent = PyValue.None;
        return v;
    }

    /// <summary>The exception to raise at the resume point, moved out of the frame.</summary>
    public PyException TakeThrown()
    {
        var e = _thrown ?? PyErr.New(ExceptionTypes.SystemError, "generator resumed to raise without an exception");
        _thrown = null;
        _sent.DecRef();
        _sent = PyValue.None;
        return e;
    }

    /// <summary>True when this resumption raises instead of sending a value.</summary>
    public bool HasThrown => _thrown != null;

    /// <summary>At a yield inside except handlers: the <paramref name="count"/> innermost handled exceptions leave the thread with the frame.</summary>
    public void SaveHandled(ThreadState ts, int count)
    {
        _handled ??= new PyException?[_handlerSlots];
        for (int i = count - 1; i >= 0; i--)
        {
            _handled[i] = ts.TakeHandledException();
        }
        _handledCount = count;
    }

    /// <summary>On resumption: the frame's handled exceptions become the thread's innermost again.</summary>
    public void RestoreHandled(ThreadState ts)
    {
        for (int i = 0; i < _handledCount; i++)
        {
            if (_handled![i] is PyException e) ts.PushHandledException(e);
            _handled[i] = null;
        }
        _handledCount = 0;
    }

    /// <summary>Releases what a frame that will never run again still holds.</summary>
    internal void Release()
    {
        for (int i = 0; i < Locals.Length; i++) { var v = Locals[i]; Locals[i] = default; v.DecRefFromDealloc(); }
        for (int i = 0; i < Cells.Length; i++) { var c = Cells[i]; Cells[i] = null; if (c != null) PyValue.From(c).DecRefFromDealloc(); }
        for (int i = 0; i < Stack.Length; i++) { var v = Stack[i]; Stack[i] = default; v.DecRefFromDealloc(); }
        if (_caught != null) Array.Clear(_caught);
        if (_handled != null)
            for (int i = 0; i < _handled.Length; i++) { var e = _handled[i]; _handled[i] = null; e?.Value.DecRefFromDealloc(); }
        _handledCount = 0;
        Delegate = default;
        var s = _sent; _sent = PyValue.None; s.DecRefFromDealloc();
        _thrown = null;
        ResumePoint = -1;
    }

    /// <summary>Drops the reference to the function (once, when the generator object goes away).</summary>
    internal void ReleaseFunction() => PyValue.From(Function).DecRef();
}
