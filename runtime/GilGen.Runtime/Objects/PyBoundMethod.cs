using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>A Python function bound to an instance (<c>obj.method</c>).</summary>
public sealed class PyBoundMethod : PyObject
{
    /// <summary>The function (owned).</summary>
    public readonly PyValue Function;
    /// <summary>The instance (owned).</summary>
    public readonly PyValue Self;
    /// <summary>Binds; takes new references to both.</summary>
    public PyBoundMethod(PyValue function, PyValue self) { function.IncRef(); self.IncRef(); Function = function; Self = self; }
    /// <inheritdoc/>
    public override PyType Type => PyType.Method;
    /// <inheritdoc/>
    public override void Dealloc() { _weakRefs?.ReleaseReferent(); Function.DecRefFromDealloc(); Self.DecRefFromDealloc(); }
    // The weak references to the method (bound methods can be weakly referenced), cleared first when it is released.
    private WeakRefList? _weakRefs;
    /// <inheritdoc/>
    internal override bool SupportsWeakRefs => true;
    /// <inheritdoc/>
    internal override WeakRefList? WeakRefs { get => _weakRefs; set => _weakRefs = value; }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        string qn = Function.Obj is PyFunction f ? f.QualName : "?";
        return $"<bound method {qn} of {Ops.ReprOf(ts, Self)}>";
    }
    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other) =>
        other.Obj is PyBoundMethod m ? Ops.Is(Self, m.Self) && ReferenceEquals(Function.Obj, m.Function.Obj) : null;

    /// <inheritdoc/>
    public override long Hash(ThreadState? ts) =>
        (Self.Obj is null ? Self.IntValue : ObjectId.Of(Self.Obj)) ^ Function.Obj!.Hash(ts);

    /// <inheritdoc/>
    public override PyValue Call(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        return Ops.CallWithSelf(ts, Function, Self, args, kwNames);
    }
    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => name switch
    {
        "__self__" => Self.NewRef(),
        "__func__" => Function.NewRef(),
        // method_getattro: the method class's own attributes first (__call__, __reduce__, object's), then the function's.
        _ => PyType.Method.Lookup(name) is PyValue found ? AttributeLookup.Get(ts, found, PyValue.From(this), PyType.Method) : Function.Obj!.GetAttrOrNull(ts, name),
    };
}
