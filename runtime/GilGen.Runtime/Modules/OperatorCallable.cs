using System;
using System.Collections.Generic;
using System.Text;

namespace GilGen.Runtime;

/// <summary>operator.itemgetter, attrgetter and methodcaller: callables that fetch or call what they were made with.</summary>
public sealed class OperatorCallable : PyObject
{
    private enum Kind { ItemGetter, AttrGetter, MethodCaller }

    /// <summary>The class operator.itemgetter.</summary>
    public static readonly PyType ItemGetterType = new("itemgetter", PyType.Object, (ts, t, a, kw) =>
    {
        if (kw is { Length: > 0 }) throw PyErr.TypeError("itemgetter() takes no keyword arguments");
        if (a.Length == 0) throw PyErr.TypeError("itemgetter expected 1 argument, got 0");
        return PyValue.From(new OperatorCallable(Kind.ItemGetter, a.ToArray(), null));
    }) { Module = "operator", IsBaseType = false };

    /// <summary>The class operator.attrgetter.</summary>
    public static readonly PyType AttrGetterType = new("attrgetter", PyType.Object, (ts, t, a, kw) =>
    {
        if (kw is { Length: > 0 }) throw PyErr.TypeError("attrgetter() takes no keyword arguments");
        if (a.Length == 0) throw PyErr.TypeError("attrgetter expected 1 argument, got 0");
        foreach (var v in a) if (v.Obj is not PyStr) throw PyErr.TypeError("attribute name must be a string");
        return PyValue.From(new OperatorCallable(Kind.AttrGetter, a.ToArray(), null));
    }) { Module = "operator", IsBaseType = false };

    /// <summary>The class operator.methodcaller.</summary>
    public static readonly PyType MethodCallerType = new("methodcaller", PyType.Object, (ts, t, a, kw) =>
    {
        int nkw = kw?.Length ?? 0;
        if (a.Length - nkw < 1) throw PyErr.TypeError("methodcaller needs at least one argument, the method name");
        if (a[0].Obj is not PyStr) throw PyErr.TypeError("method name must be a string");
        return PyValue.From(new OperatorCallable(Kind.MethodCaller, a.ToArray(), kw));
    }) { Module = "operator", IsBaseType = false };

    private readonly Kind _kind;
    private PyValue[] _args;
    private readonly string[]? _kwNames;

    private OperatorCallable(Kind kind, PyValue[] args, string[]? kwNames)
    {
        _kind = kind; _kwNames = kwNames; _args = args;
        foreach (var v in args) v.IncRef();
    }

    /// <inheritdoc/>
    public override PyType Type => _kind switch { Kind.ItemGetter => ItemGetterType, Kind.AttrGetter => AttrGetterType, _ => MethodCallerType };

    /// <inheritdoc/>
    public override void Dealloc() { var a = _args; _args = Array.Empty<PyValue>(); foreach (var v in a) v.DecRefFromDealloc(); }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        var sb = new StringBuilder("operator.").Append(Type.Name).Append('(');
        int nkw = _kwNames?.Length ?? 0;
        for (int i = 0; i < _args.Length - nkw; i++) { if (i > 0) sb.Append(", "); sb.Append(Ops.ReprOf(ts, _args[i])); }
        for (int k = 0; k < nkw; k++) sb.Append(", ").Append(_kwNames![k]).Append('=').Append(Ops.ReprOf(ts, _args[_args.Length - nkw + k]));
        return sb.Append(')').ToString();
    }

    /// <inheritdoc/>
    public override PyValue Call(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 }) throw PyErr.TypeError($"{Type.Name}() takes no keyword arguments");
        if (args.Length != 1) throw PyErr.TypeError($"{Type.Name} expected 1 argument, got {args.Length}");
        var obj = args[0];
        switch (_kind)
        {
            case Kind.ItemGetter:
                if (_args.Length == 1) return Ops.GetItem(ts, obj, _args[0]);
                return Gather(ts, obj, (t, o, k) => Ops.GetItem(t, o, k));
            case Kind.AttrGetter:
                if (_args.Length == 1) return DottedAttr(ts, obj, ((PyStr)_args[0].Obj!).Value);
                return Gather(ts, obj, (t, o, k) => DottedAttr(t, o, ((PyStr)k.Obj!).Value));
            default:
                var method = Ops.GetAttr(ts, obj, ((PyStr)_args[0].Obj!).Value);
                try { return Ops.Call(ts, method, _args.AsSpan(1), _kwNames); }
                finally { method.DecRef(); }
        }
    }

    private PyValue Gather(ThreadState ts, PyValue obj, Func<ThreadState, PyValue, PyValue, PyValue> get)
    {
        var items = new PyValue[_args.Length];
        int done = 0;
        try
        {
            for (; done < items.Length; done++) items[done] = get(ts, obj, _args[done]);
        }
        finally { if (done < items.Length) for (int i = 0; i < done; i++) items[i].DecRef(); }
        return PyValue.From(new PyTuple(items));
    }

    private static PyValue DottedAttr(ThreadState ts, PyValue obj, string name)
    {
        var current = obj.NewRef();
        foreach (var part in name.Split('.'))
        {
            bool done = false;
            try
            {
                var next = Ops.GetAttr(ts, current, part);
                current.DecRef();
                current = next;
                done = true;
            }
            finally { if (!done) current.DecRef(); }
        }
        return current;
    }
}
