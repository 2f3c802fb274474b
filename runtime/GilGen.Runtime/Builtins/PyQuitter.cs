using System;

namespace GilGen.Runtime;

/// <summary>
/// The builtins <c>exit</c> and <c>quit</c>: instances of the site module's <c>_sitebuiltins.Quitter</c>, which
/// CPython's site module installs for every script. Calling one raises SystemExit(code), code None by default.
/// </summary>
public sealed class PyQuitter : PyObject
{
    /// <summary>The class <c>_sitebuiltins.Quitter</c>.</summary>
    public static readonly PyType TypeObject = new("Quitter", PyType.Object) { Module = "_sitebuiltins", IsBaseType = false };

    // What CPython's site module passes as eof on a POSIX system.
    private const string Eof = "Ctrl-D (i.e. EOF)";

    private readonly string _name;

    static PyQuitter()
    {
        // A __call__ in the class makes callable(exit) true, as for CPython's Python-level class.
        TypeObject.AddMethod("__call__", (ts, a, kw) => a.Length > 0 && a[0].Obj is PyQuitter q
            ? q.Call(ts, a.Slice(1), kw)
            : throw PyErr.TypeError("descriptor '__call__' requires a 'Quitter' object"));
    }

    /// <summary>The quitter named <paramref name="name"/> (exit or quit).</summary>
    public PyQuitter(string name)
    {
        _name = name;
        MakeImmortal();
    }

    /// <inheritdoc/>
    public override PyType Type => TypeObject;

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => $"Use {_name}() or {Eof} to exit";

    /// <inheritdoc/>
    public override PyValue Call(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        int positional = args.Length - (kwNames?.Length ?? 0);
        if (positional > 1)
            throw PyErr.TypeError($"Quitter.__call__() takes from 1 to 2 positional arguments but {positional + 1} were given");
        var parsed = new BuiltinArguments("__call__", args, kwNames).OnlyKeywords("code");
        var code = parsed.Get(0, "code") ?? PyValue.None;
        // CPython raises SystemExit(code): its args are (code,) even when code is None.
        throw new PyException(new PyBaseException(ExceptionTypes.SystemExit, PyTuple.FromBorrowed(new ReadOnlySpan<PyValue>(in code))));
    }

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => name switch
    {
        "name" => PyValue.Str(_name),
        "eof" => PyValue.Str(Eof),
        _ => base.GetAttrOrNull(ts, name),
    };
}
