namespace GilGen.Runtime;

/// <summary>What <c>sys.get_asyncgen_hooks()</c> returns: a tuple <c>(firstiter, finalizer)</c> with those names as attributes (CPython's struct sequence).</summary>
public sealed class PyAsyncGenHooks : PyTuple
{
    /// <summary>The class <c>asyncgen_hooks</c>, a subclass of tuple.</summary>
    public static readonly PyType TypeObject = new("asyncgen_hooks", PyType.Tuple) { Module = "sys", IsBaseType = false };

    /// <summary>The hooks (borrowed; None when unset).</summary>
    public PyAsyncGenHooks(PyValue firstIter, PyValue finalizer) : base(new[] { firstIter.NewRef(), finalizer.NewRef() }) { }

    /// <inheritdoc/>
    public override PyType Type => TypeObject;

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => $"asyncgen_hooks(firstiter={Ops.ReprOf(ts, Items[0])}, finalizer={Ops.ReprOf(ts, Items[1])})";

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => name switch
    {
        "firstiter" => Items[0].NewRef(),
        "finalizer" => Items[1].NewRef(),
        _ => base.GetAttrOrNull(ts, name),
    };
}
