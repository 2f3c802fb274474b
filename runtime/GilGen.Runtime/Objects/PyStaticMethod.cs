using System;

namespace GilGen.Runtime;

/// <summary><c>staticmethod(f)</c>: a class attribute that gives back <c>f</c> itself, from the class or an instance.</summary>
public sealed class PyStaticMethod : PyObject
{
    /// <summary>The class <c>staticmethod</c>.</summary>
    public static readonly PyType TypeObject = new("staticmethod", PyType.Object, (ts, t, a, kw) =>
    {
        var args = new BuiltinArguments("staticmethod", a, kw).NoKeywords().Expect(1, 1);
        return PyValue.From(new PyStaticMethod(args[0]));
    });

    /// <summary>The wrapped callable (owned).</summary>
    public readonly PyValue Function;

    /// <summary>Wraps <paramref name="function"/> (borrowed; a reference is taken).</summary>
    public PyStaticMethod(PyValue function) { function.IncRef(); Function = function; }

    /// <inheritdoc/>
    public override PyType Type => TypeObject;

    /// <inheritdoc/>
    public override void Dealloc() => Function.DecRefFromDealloc();

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => $"<staticmethod({Ops.ReprOf(ts, Function)})>";

    /// <inheritdoc/>
    public override PyValue Call(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames) => Ops.Call(ts, Function, args, kwNames);

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => name switch
    {
        "__func__" or "__wrapped__" => Function.NewRef(),
        // Its class's own methods (__get__) first; the rest is the wrapped function's, as CPython 3.10+ copies them.
        _ when TypeObject.Lookup(name) is not null => base.GetAttrOrNull(ts, name),
        _ => Function.Obj?.GetAttrOrNull(ts, name),
    };
}
