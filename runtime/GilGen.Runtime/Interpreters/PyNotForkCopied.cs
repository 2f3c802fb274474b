using System;

namespace GilGen.Runtime;

/// <summary>
/// What a process started by fork has in place of an object GilGen cannot copy into it (a thread, a generator, a
/// file, a pool's queue...; Interpreters/ForkSnapshot.cs): fork(2) would have copied it, so the child cannot go on
/// as if it were missing, and a child that never touches it (the usual case: the parent's pool or executor in a
/// global) must still start. Using it in the child (its attributes, calling it, iterating it, its truth, its
/// length or items) raises NotImplementedError naming what it stands for and where it was.
/// </summary>
public sealed class PyNotForkCopied : PyObject
{
    /// <summary>The class of the stand-ins (<c>_interpreters.NotForkCopied</c>).</summary>
    public static readonly PyType TypeObject = new("NotForkCopied", PyType.Object,
        (ts, t, a, kw) => throw PyErr.TypeError("cannot create '_interpreters.NotForkCopied' instances"))
    { Module = "_interpreters", IsBaseType = false };

    /// <summary>A stand-in for a <paramref name="typeName"/> object that was <paramref name="where"/> in the parent.</summary>
    public PyNotForkCopied(string typeName, string where)
    {
        TypeName = typeName;
        Where = where;
    }

    /// <summary>The name of the class of the object the parent had.</summary>
    public string TypeName { get; }

    /// <summary>Where the parent had it (the global that reached it).</summary>
    public string Where { get; }

    /// <inheritdoc/>
    public override PyType Type => TypeObject;

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => $"<'{TypeName}' object not copied into this process by fork>";

    private PyException Unusable() => PyErr.NotImplementedError(
        $"GilGen could not copy the '{TypeName}' object of {Where} into this process started by fork; " +
        "use the 'spawn' start method to use such an object in a child process");

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => name == "__class__" ? base.GetAttrOrNull(ts, name) : throw Unusable();
    /// <inheritdoc/>
    public override void SetAttr(ThreadState ts, string name, PyValue value) => throw Unusable();
    /// <inheritdoc/>
    public override void DelAttr(ThreadState ts, string name) => throw Unusable();
    /// <inheritdoc/>
    public override PyValue Call(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames) => throw Unusable();
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => throw Unusable();
    /// <inheritdoc/>
    public override bool IsTrue(ThreadState ts) => throw Unusable();
    /// <inheritdoc/>
    public override long Length(ThreadState ts) => throw Unusable();
    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key) => throw Unusable();
    /// <inheritdoc/>
    public override void SetItem(ThreadState ts, PyValue key, PyValue value) => throw Unusable();
    /// <inheritdoc/>
    public override bool Contains(ThreadState ts, PyValue item) => throw Unusable();
}
