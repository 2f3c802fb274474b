using System;

namespace GilGen.Runtime;

/// <summary><c>classmethod(f)</c>: a class attribute that binds <c>f</c> to the class, from the class or an instance.</summary>
public sealed class PyClassMethod : PyObject
{
    /// <summary>The class <c>classmethod</c>.</summary>
    public static readonly PyType TypeObject = new("classmethod", PyType.Object, (ts, t, a, kw) =>
    {
        var args = new BuiltinArguments("classmethod", a, kw).NoKeywords().Expect(1, 1);
        return PyValue.From(new PyClassMethod(args[0]));
    });

    /// <summary>The wrapped callable (owned).</summary>
    public readonly PyValue Function;

    /// <summary>Wraps <paramref name="function"/> (borrowed; a reference is taken).</summary>
    public PyClassMethod(PyValue function) { function.IncRef(); Function = function; }

    /// <inheritdoc/>
    public override PyType Type => TypeObject;

    /// <inheritdoc/>
    public override void Dealloc() => Function.DecRefFromDealloc();

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => $"<classmethod({Ops.ReprOf(ts, Function)})>";

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => name switch
    {
        "__func__" or "__wrapped__" => Function.NewRef(),
        // Its class's own methods (__get__) first; the rest is the wrapped function's, as CPython 3.10+ copies them.
        _ when TypeObject.Lookup(name) is not null => base.GetAttrOrNull(ts, name),
        _ => Function.Obj?.GetAttrOrNull(ts, name),
    };
}
