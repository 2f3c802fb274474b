using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// <c>_weakrefset.WeakSet</c> as far as GilGen has weak references: a set that does not keep its members alive and
/// forgets each when it goes. Only asynchronous generators can be members (asyncio's event loop keeps the ones it has
/// seen in one, to close them at shutdown, as CPython's loop does); adding anything else raises NotImplementedError.
/// Members are kept in the order they were added.
/// </summary>
public sealed class PyWeakSet : PyObject
{
    /// <summary>The class <c>WeakSet</c>.</summary>
    public static readonly PyType TypeObject = CreateType();

    // Borrowed: a member removes itself when it goes (PyGenerator's finalization).
    private readonly List<PyGenerator> _members = new();

    /// <inheritdoc/>
    public override PyType Type => TypeObject;

    /// <inheritdoc/>
    public override long Length(ThreadState ts) => _members.Count;

    /// <inheritdoc/>
    public override bool Contains(ThreadState ts, PyValue item) => item.Obj is PyGenerator g && _members.Contains(g);

    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts)
    {
        // A snapshot, as iterating CPython's WeakSet yields the members alive when each is reached.
        var items = new PyValueList();
        foreach (var g in _members) items.Add(PyValue.From(g).NewRef());
        var list = PyValue.From(new PyList(items));
        try { return Ops.GetIter(ts, list); }
        finally { list.DecRef(); }
    }

    /// <summary>The member went away: it is no longer in the set.</summary>
    internal void Forget(PyGenerator member) => _members.Remove(member);

    private void Add(PyValue item)
    {
        if (item.Obj is not PyGenerator { Kind: GeneratorKind.AsyncGenerator } g)
            throw PyErr.NotImplementedError($"GilGen's WeakSet holds asynchronous generators only, not '{item.Type.Name}' objects");
        if (_members.Contains(g)) return;
        _members.Add(g);
        g.AddedTo(this);
    }

    private void Discard(PyValue item)
    {
        if (item.Obj is PyGenerator g && _members.Remove(g)) g.RemovedFrom(this);
    }

    private void Clear()
    {
        foreach (var g in _members) g.RemovedFrom(this);
        _members.Clear();
    }

    /// <inheritdoc/>
    public override void Dealloc() => Clear();

    private static PyWeakSet Self(ReadOnlySpan<PyValue> a) =>
        a.Length > 0 && a[0].Obj is PyWeakSet s ? s : throw PyErr.TypeError("descriptor requires a 'WeakSet' object");

    private static PyType CreateType()
    {
        var type = new PyType("WeakSet", PyType.Object, (ts, t, a, kw) =>
        {
            CallArguments.Bind("WeakSet", a, kw, Array.Empty<string>(), 0);
            return PyValue.From(new PyWeakSet());
        }) { Module = "_weakrefset", IsBaseType = false };
        type.AddMethod("add", (ts, a, kw) =>
        {
            new BuiltinArguments("add", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            Self(a).Add(a[1]);
            return PyValue.None;
        });
        type.AddMethod("discard", (ts, a, kw) =>
        {
            new BuiltinArguments("discard", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            Self(a).Discard(a[1]);
            return PyValue.None;
        });
        type.AddMethod("clear", (ts, a, kw) =>
        {
            new BuiltinArguments("clear", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            Self(a).Clear();
            return PyValue.None;
        });
        return type;
    }
}
