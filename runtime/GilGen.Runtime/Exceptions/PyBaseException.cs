using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>An instance of BaseException or a subclass: args, cause, context and the traceback frames so far.</summary>
public class PyBaseException : PyInstance
{
    /// <summary>The constructor arguments (owned).</summary>
    public PyTuple Args;
    /// <summary>__cause__ (owned), None when not set.</summary>
    public PyValue Cause = PyValue.None;
    /// <summary>__context__ (owned), None when not set.</summary>
    public PyValue Context = PyValue.None;
    /// <summary>__suppress_context__.</summary>
    public bool SuppressContext;
    /// <summary>Traceback frames, innermost last (as CPython's tb chain, outermost first).</summary>
    public readonly List<TracebackEntry> Traceback = new();

    // __traceback__ as objects, made on demand: the chain for the last _tracebackCovered entries of Traceback (owned).
    // Frames are only ever put in front of Traceback as the exception unwinds, so the chain is extended, not rebuilt.
    private PyTraceback? _tracebackObject;
    private int _tracebackCovered;

    // OSError's filename and filename2: CPython keeps them out of args (OSError(2, "msg", "f").args == (2, "msg")).
    private PyValue _filename = PyValue.None, _filename2 = PyValue.None;

    /// <summary>An exception of <paramref name="type"/> with <paramref name="args"/> (steals the tuple reference).</summary>
    public PyBaseException(PyType type, PyTuple args) : base(type)
    {
        Args = args;
        SplitOSErrorArgs();
    }

    /// <summary>
    /// OSError(errno, strerror[, filename[, winerror[, filename2]]]), as CPython's OSError_init parses it: with
    /// three to five arguments the filenames move out of args into their attributes. Call after setting Args.
    /// </summary>
    internal void SplitOSErrorArgs()
    {
        var items = Args.Items;
        if (items.Length is < 3 or > 5 || !Type.IsSubtypeOf(ExceptionTypes.OSError)) return;
        var (f, f2) = (_filename, _filename2);
        _filename = items[2].NewRef();
        _filename2 = items.Length == 5 ? items[4].NewRef() : PyValue.None;
        f.DecRef();
        f2.DecRef();
        var old = Args;
        Args = PyTuple.FromBorrowed(items.AsSpan(0, 2));
        PyValue.From(old).DecRef();
    }

    private bool IsOSErrorWithErrno => Args.Items.Length == 2 && Type.IsSubtypeOf(ExceptionTypes.OSError);

    /// <inheritdoc/>
    public override void Dealloc()
    {
        var a = Args; Args = PyTuple.Empty; PyValue.From(a).DecRefFromDealloc();
        // The traceback before the cause and the context, as CPython's BaseException_clear: its frames' locals go
        // innermost first (tb_dealloc releases tb_next before tb_frame).
        // (The entries stay, without their locals, for a traceback printed after the release.)
        for (int i = Traceback.Count - 1; i >= 0; i--)
        {
            if (Traceback[i].Locals is not FrameLocals locals) continue;
            Traceback[i] = Traceback[i] with { Locals = null };
            locals.Release();
        }
        var tb = _tracebackObject; _tracebackObject = null; if (tb != null) PyValue.From(tb).DecRefFromDealloc();
        var c = Cause; Cause = PyValue.None; c.DecRefFromDealloc();
        var x = Context; Context = PyValue.None; x.DecRefFromDealloc();
        var f = _filename; _filename = PyValue.None; f.DecRefFromDealloc();
        var f2 = _filename2; _filename2 = PyValue.None; f2.DecRefFromDealloc();
        base.Dealloc();
    }

    /// <summary>
    /// <c>__traceback__</c>: the chain of traceback objects for <see cref="Traceback"/>, outermost frame first, or
    /// null when the exception has passed through no frame. The same objects are returned until new frames are added.
    /// </summary>
    public PyTraceback? TracebackObject()
    {
        for (int i = Traceback.Count - _tracebackCovered - 1; i >= 0; i--)
        {
            var head = new PyTraceback(Traceback[i], _tracebackObject);
            if (_tracebackObject != null) PyValue.From(_tracebackObject).DecRef();
            _tracebackObject = head;
        }
        _tracebackCovered = Traceback.Count;
        return _tracebackObject;
    }

    /// <summary>Replaces the traceback (<c>exc.__traceback__ = tb</c>, <c>with_traceback(tb)</c>); <paramref name="value"/> is a traceback or None.</summary>
    public void SetTraceback(PyValue value)
    {
        if (!value.IsNone && value.Obj is not PyTraceback) throw PyErr.TypeError("__traceback__ must be a traceback or None");
        var tb = value.Obj as PyTraceback;
        if (tb != null) value.IncRef();
        var old = _tracebackObject;
        var oldEntries = Traceback.ToArray();
        _tracebackObject = tb;
        Traceback.Clear();
        Traceback.AddRange(PyTraceback.Entries(tb));
        foreach (TracebackEntry entry in Traceback) entry.Locals?.Hold();
        _tracebackCovered = Traceback.Count;
        for (int i = oldEntries.Length - 1; i >= 0; i--) oldEntries[i].Locals?.Release();
        if (old != null) PyValue.From(old).DecRef();
    }

    /// <summary>
    /// Gives the traceback entry at <paramref name="index"/> the locals of the frame it names, which an exception is
    /// leaving (<see cref="FrameLocals"/>): their references move here. An entry that cannot take them (none there, or
    /// one that has locals already) leaves them released at once, as frames released them before tracebacks kept them.
    /// </summary>
    internal void KeepFrameLocals(int index, PyValue[] locals)
    {
        if ((uint)index >= (uint)Traceback.Count || Traceback[index].Locals != null)
        {
            Ops.ReleaseAll(locals);
            return;
        }
        Traceback[index] = Traceback[index] with { Locals = new FrameLocals(locals) };
    }

    /// <inheritdoc/>
    public override string StrString(ThreadState? ts)
    {
        if (Type.IsSubtypeOf(ExceptionTypes.KeyError) && Args.Items.Length == 1) return Ops.ReprOf(ts, Args.Items[0]);
        if (Type.IsSubtypeOf(ExceptionTypes.SyntaxError)) return SyntaxErrorDetails.Str(ts, this);
        if (IsOSErrorWithErrno)
        {
            // CPython's OSError_str: "[Errno e] strerror", then ": 'filename'" and " -> 'filename2'" when set.
            string text = $"[Errno {Ops.StrOf(ts, Args.Items[0])}] {Ops.StrOf(ts, Args.Items[1])}";
            if (_filename.IsNone) return text;
            text += ": " + Ops.ReprOf(ts, _filename);
            return _filename2.IsNone ? text : text + " -> " + Ops.ReprOf(ts, _filename2);
        }
        return Args.Items.Length switch
        {
            0 => "",
            1 => Ops.StrOf(ts, Args.Items[0]),
            _ => Args.ReprString(ts),
        };
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        if (Args.Items.Length == 1) return $"{Type.Name}({Ops.ReprOf(ts, Args.Items[0])})";
        return Type.Name + (Args.Items.Length == 0 ? "()" : Args.ReprString(ts));
    }

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        switch (name)
        {
            case "args": return PyValue.From(Args).NewRef();
            case "__cause__": return Cause.NewRef();
            case "__context__": return Context.NewRef();
            case "__suppress_context__": return PyValue.Bool(SuppressContext);
            case "__traceback__": return TracebackObject() is PyTraceback tb ? PyValue.From(tb).NewRef() : PyValue.None;
            case "code" when Type.IsSubtypeOf(ExceptionTypes.SystemExit):
                return Args.Items.Length == 0 ? PyValue.None : Args.Items.Length == 1 ? Args.Items[0].NewRef() : PyValue.From(Args).NewRef();
            case var detail when Type.IsSubtypeOf(ExceptionTypes.SyntaxError) && SyntaxErrorDetails.IsAttribute(detail):
                return SyntaxErrorDetails.Get(this, detail);
            case "value" when Type.IsSubtypeOf(ExceptionTypes.StopIteration):
                return Args.Items.Length == 0 ? PyValue.None : Args.Items[0].NewRef();
            case "errno" or "strerror" or "filename" or "filename2" when Type.IsSubtypeOf(ExceptionTypes.OSError):
                return name switch
                {
                    "errno" => IsOSErrorWithErrno ? Args.Items[0].NewRef() : PyValue.None,
                    "strerror" => IsOSErrorWithErrno ? Args.Items[1].NewRef() : PyValue.None,
                    "filename" => _filename.NewRef(),
                    _ => _filename2.NewRef(),
                };
        }
        return base.GetAttrOrNull(ts, name);
    }

    /// <inheritdoc/>
    public override void SetAttr(ThreadState ts, string name, PyValue value)
    {
        switch (name)
        {
            case "args":
            {
                var list = Ops.ToList(ts, value);
                var old = Args; Args = new PyTuple(list.ToArray()); PyValue.From(old).DecRef();
                return;
            }
            case "__cause__": { value.IncRef(); var old = Cause; Cause = value; old.DecRef(); SuppressContext = true; return; }
            case "__context__": { value.IncRef(); var old = Context; Context = value; old.DecRef(); return; }
            case "__suppress_context__": SuppressContext = Ops.IsTrue(ts, value); return;
            case "__traceback__": SetTraceback(value); return;
        }
        base.SetAttr(ts, name, value);
    }
}
