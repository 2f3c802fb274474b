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
        var a = Args; Args = PyTuple.Empty; PyValue.From(a).DecRef();
        var c = Cause; Cause = PyValue.None; c.DecRef();
        var x = Context; Context = PyValue.None; x.DecRef();
        var f = _filename; _filename = PyValue.None; f.DecRef();
        var f2 = _filename2; _filename2 = PyValue.None; f2.DecRef();
        base.Dealloc();
    }

    /// <inheritdoc/>
    public override string StrString(ThreadState? ts)
    {
        if (Type.IsSubtypeOf(ExceptionTypes.KeyError) && Args.Items.Length == 1) return Ops.ReprOf(ts, Args.Items[0]);
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
            case "__traceback__": return PyValue.None;
            case "code" when Type.IsSubtypeOf(ExceptionTypes.SystemExit):
                return Args.Items.Length == 0 ? PyValue.None : Args.Items.Length == 1 ? Args.Items[0].NewRef() : PyValue.From(Args).NewRef();
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
        }
        base.SetAttr(ts, name, value);
    }
}
