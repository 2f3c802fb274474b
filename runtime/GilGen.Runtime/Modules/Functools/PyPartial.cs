using System;
using System.Collections.Generic;
using System.Text;

namespace GilGen.Runtime;

/// <summary>functools.partial: a callable that prepends stored positional arguments and merges stored keywords.</summary>
public sealed class PyPartial : PyObject
{
    /// <summary>The class functools.partial.</summary>
    public static readonly PyType PartialType = CreateType();

    private PyValue _func;
    private PyValue[] _args;
    private readonly List<(string Name, PyValue Value)> _keywords = new();

    private PyPartial(PyValue func, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        int nkw = kwNames?.Length ?? 0;
        // partial(partial(f, 1), 2) flattens, as CPython does.
        if (func.Obj is PyPartial inner)
        {
            _func = inner._func.NewRef();
            var all = new PyValueList();
            foreach (var v in inner._args) all.Add(v.NewRef());
            for (int i = 0; i < args.Length - nkw; i++) all.Add(args[i].NewRef());
            _args = all.ToArray();
            foreach (var (n, v) in inner._keywords) SetKeyword(n, v);
        }
        else
        {
            _func = func.NewRef();
            _args = new PyValue[args.Length - nkw];
            for (int i = 0; i < _args.Length; i++) _args[i] = args[i].NewRef();
        }
        for (int k = 0; k < nkw; k++) SetKeyword(kwNames![k], args[args.Length - nkw + k]);
    }

    private void SetKeyword(string name, PyValue v)
    {
        v.IncRef();
        int at = _keywords.FindIndex(e => e.Name == name);
        if (at >= 0) { _keywords[at].Value.DecRef(); _keywords[at] = (name, v); }
        else _keywords.Add((name, v));
    }

    private static PyType CreateType() => new("partial", PyType.Object, (ts, t, a, kw) =>
    {
        if (a.Length - (kw?.Length ?? 0) < 1) throw PyErr.TypeError("type 'partial' takes at least one argument");
        var f = a[0];
        if (f.Obj is null || !(f.Obj is PyFunction or PyBuiltinFunction or PyType or PyBoundMethod or PyPartial or PyLruCache or OperatorCallable or PyCmpToKey
                               || f.Type.Lookup("__call__") is not null))
            throw PyErr.TypeError("the first argument must be callable");
        return PyValue.From(new PyPartial(f, a.Slice(1), kw));
    }) { Module = "functools", IsBaseType = false };

    /// <inheritdoc/>
    public override PyType Type => PartialType;

    /// <inheritdoc/>
    public override void Dealloc()
    {
        var f = _func; _func = PyValue.None; f.DecRefFromDealloc();
        var a = _args; _args = Array.Empty<PyValue>(); foreach (var v in a) v.DecRefFromDealloc();
        foreach (var (_, v) in _keywords) v.DecRefFromDealloc();
        _keywords.Clear();
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        var sb = new StringBuilder("functools.partial(").Append(Ops.ReprOf(ts, _func));
        foreach (var v in _args) sb.Append(", ").Append(Ops.ReprOf(ts, v));
        foreach (var (n, v) in _keywords) sb.Append(", ").Append(n).Append('=').Append(Ops.ReprOf(ts, v));
        return sb.Append(')').ToString();
    }

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        switch (name)
        {
            case "func": return _func.NewRef();
            case "args": return PyValue.From(PyTuple.FromBorrowed(_args));
            case "keywords":
                var d = new PyDict();
                foreach (var (n, v) in _keywords) { var k = PyValue.Str(n); d.Set(ts, k, v); k.DecRef(); }
                return PyValue.From(d);
        }
        return base.GetAttrOrNull(ts, name);
    }

    /// <inheritdoc/>
    public override PyValue Call(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        int nkw = kwNames?.Length ?? 0;
        int npos = args.Length - nkw;
        var names = new List<string>();
        var values = new PyValueList();
        foreach (var (n, v) in _keywords) { names.Add(n); values.Add(v); }
        for (int k = 0; k < nkw; k++)
        {
            int at = names.IndexOf(kwNames![k]);
            if (at >= 0) values[at] = args[npos + k];
            else { names.Add(kwNames[k]); values.Add(args[npos + k]); }
        }
        var all = new PyValue[_args.Length + npos + values.Count];
        _args.CopyTo(all, 0);
        args.Slice(0, npos).CopyTo(all.AsSpan(_args.Length));
        values.CopyTo(all, _args.Length + npos);
        return Ops.Call(ts, _func, all, names.Count == 0 ? null : names.ToArray());
    }
}
