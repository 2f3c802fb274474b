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

    /// <summary>An exception of <paramref name="type"/> with <paramref name="args"/> (steals the tuple reference).</summary>
    public PyBaseException(PyType type, PyTuple args) : base(type) => Args = args;

    /// <inheritdoc/>
    public override void Dealloc()
    {
        var a = Args; Args = PyTuple.Empty; PyValue.From(a).DecRef();
        var c = Cause; Cause = PyValue.None; c.DecRef();
        var x = Context; Context = PyValue.None; x.DecRef();
        base.Dealloc();
    }

    /// <inheritdoc/>
    public override string StrString(ThreadState? ts)
    {
        if (Type.IsSubtypeOf(ExceptionTypes.KeyError) && Args.Items.Length == 1) return Ops.ReprOf(ts, Args.Items[0]);
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
