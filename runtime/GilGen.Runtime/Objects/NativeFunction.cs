using System;

namespace GilGen.Runtime;

/// <summary>
/// The body of a <see cref="NativeFunction"/>: the parameters bound as a def would bind them (borrowed,
/// in the order of the parameter names, then *args and **kwargs); returns a new reference.
/// </summary>
public delegate PyValue NativeFunctionBody(ThreadState ts, ReadOnlySpan<PyValue> parameters);

/// <summary>
/// Makes Python functions (<see cref="PyFunction"/>) whose body is C#: the methods that namedtuple and
/// dataclasses write as source and exec in CPython (<c>Point.__new__</c>, <c>C.__init__</c>, <c>C.__eq__</c>).
/// Being real functions they bind arguments with CPython's TypeErrors, bind as methods, show their
/// qualified name, and every dunder dispatch that looks for a Python function finds them.
/// </summary>
public static class NativeFunction
{
    private static readonly SourceText NoSource = new("<native>", "");

    /// <summary>
    /// A function named <paramref name="qualName"/> (its last dotted part is <c>__name__</c>) of
    /// <paramref name="module"/> with the positional parameters <paramref name="argNames"/> (the last
    /// <paramref name="kwOnly"/> of them keyword-only); <paramref name="defaults"/> (owned) are the
    /// positional defaults, <paramref name="kwDefaults"/> (owned) the keyword-only ones.
    /// </summary>
    public static PyFunction Create(PyModule module, string qualName, string[] argNames, NativeFunctionBody body,
                                    PyValue[]? defaults = null, int kwOnly = 0, bool varArgs = false, bool varKw = false,
                                    PyDict? kwDefaults = null, string? doc = null, int posOnly = 0)
    {
        int dot = qualName.LastIndexOf('.');
        string name = dot < 0 ? qualName : qualName.Substring(dot + 1);
        var code = new CodeInfo(name, qualName, NoSource, 0, "", doc);
        var spec = new ArgSpec(argNames, posOnly, argNames.Length - kwOnly, kwOnly, varArgs, varKw);
        return new PyFunction(code, module, (ts, fn, args, kw) => Invoke(ts, fn, args, kw, body), spec,
                              defaults is { Length: > 0 } ? defaults : null, kwDefaults, null, qualName);
    }

    private static PyValue Invoke(ThreadState ts, PyFunction fn, ReadOnlySpan<PyValue> args, string[]? kw, NativeFunctionBody body)
    {
        // The common call, exactly the positional parameters, binds without allocating, as generated code does;
        // the parameters' references are this call's (FunctionBody), released when it returns.
        if (kw == null && fn.Spec.IsSimple && args.Length == fn.Spec.ArgCount)
        {
            try { return body(ts, args); }
            finally { Ops.ReleaseAll(args); }
        }
        var bound = ArgBinder.BindConsuming(ts, fn, args, kw);
        try { return body(ts, bound); }
        finally { Ops.ReleaseAll(bound); }
    }
}
