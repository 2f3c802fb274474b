using System;
using System.Collections.Generic;
using System.Threading;

namespace GilGen.Runtime;

/// <summary>
/// CPython's <c>mappingproxy</c> (<c>types.MappingProxyType</c>): a read-only view of a mapping. A class's
/// <c>__dict__</c> is one over the class's own namespace, read live each time (the runtime changes a class through
/// <see cref="PyType.Dict"/>, never through the proxy); an enum class's <c>__members__</c> is one over its
/// <c>_member_map_</c>; <c>mappingproxy(m)</c> makes one over any mapping.
/// </summary>
public sealed class PyMappingProxy : PyObject
{
    /// <summary>The class <c>mappingproxy</c>.</summary>
    public static readonly PyType TypeObject = CreateType();

    // Exactly one of the two: the mapping shown, or the class whose namespace is shown.
    private PyValue _mapping;
    private PyType? _class;

    /// <summary>A view of <paramref name="mapping"/> (borrowed; the proxy takes its own reference).</summary>
    public PyMappingProxy(PyValue mapping) { mapping.IncRef(); _mapping = mapping; }

    /// <summary>A view of <paramref name="map"/> (referenced).</summary>
    public PyMappingProxy(PyDict map) : this(PyValue.From(map)) { }

    /// <summary>
    /// A live view of the namespace of <paramref name="cls"/>: a class's <c>__dict__</c>. CPython's view holds the
    /// class's dict, not the class, so it does not count as a reference to the class (sys.getrefcount shows none); a
    /// class released while a view of it lives leaves the view its namespace as it was (see <see cref="Detach"/>).
    /// </summary>
    public static PyMappingProxy OfClass(PyType cls)
    {
        var view = new PyMappingProxy(cls);
        if (cls.IsHeapType)
        {
            var views = cls.DictViews ?? Interlocked.CompareExchange(ref cls.DictViews, new List<PyMappingProxy>(), null) ?? cls.DictViews;
            lock (views) views.Add(view);
        }
        return view;
    }

    private PyMappingProxy(PyType cls) { _class = cls; _mapping = PyValue.None; }

    /// <summary>The class of a view is being released: the view keeps a dict of the namespace as it is now.</summary>
    internal void Detach()
    {
        if (_class == null) return;
        _mapping = MappingNewRef(null);
        _class = null;
    }

    /// <inheritdoc/>
    public override PyType Type => TypeObject;

    /// <inheritdoc/>
    public override void Dealloc()
    {
        if (_class is PyType cls) { if (cls.DictViews is { } views) lock (views) views.Remove(this); }
        else _mapping.DecRefFromDealloc();
        _class = null;
        _mapping = PyValue.None;
    }

    /// <summary>
    /// The mapping shown (new reference): for a class, a dict of its namespace as it is now (CPython's proxy holds the
    /// class's dict object; GilGen's class namespace is not one, so each read that needs a whole mapping copies it).
    /// </summary>
    internal PyValue MappingNewRef(ThreadState? ts)
    {
        if (_class is not PyType cls) return _mapping.NewRef();
        var d = new PyDict();
        foreach (var (k, item) in cls.Dict)
        {
            var key = PyValue.Str(k);
            d.Set(ts, key, item);
            key.DecRef();
        }
        return PyValue.From(d);
    }

    // Runs f on the mapping shown, releasing the copy a class's view makes.
    private T WithMapping<T>(ThreadState? ts, Func<PyValue, T> f)
    {
        var m = MappingNewRef(ts);
        try { return f(m); }
        finally { m.DecRef(); }
    }

    /// <inheritdoc/>
    public override long Length(ThreadState ts) => _class is PyType cls ? cls.Dict.Count : Ops.Length(ts, _mapping);

    /// <inheritdoc/>
    public override bool IsTrue(ThreadState ts) => Length(ts) != 0;

    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => WithMapping(ts, m => Ops.GetIter(ts, m));

    /// <inheritdoc/>
    public override bool Contains(ThreadState ts, PyValue item)
    {
        if (_class is not PyType cls) return Ops.Contains(ts, _mapping, item);
        Ops.HashOf(ts, item);
        return item.Obj is PyStr s && cls.Dict.ContainsKey(s.Value);
    }

    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key)
    {
        if (_class is not PyType cls) return Ops.GetItem(ts, _mapping, key);
        Ops.HashOf(ts, key);
        if (key.Obj is PyStr s && cls.Dict.TryGetValue(s.Value, out var v)) return v.NewRef();
        throw PyErr.KeyError(key);
    }

    /// <inheritdoc/>
    public override void SetItem(ThreadState ts, PyValue key, PyValue value) =>
        throw PyErr.TypeError("'mappingproxy' object does not support item assignment");

    /// <inheritdoc/>
    public override void DelItem(ThreadState ts, PyValue key) =>
        throw PyErr.TypeError("'mappingproxy' object does not support item deletion");

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => WithMapping(ts, m => "mappingproxy(" + Ops.ReprOf(ts, m) + ")");

    /// <inheritdoc/>
    public override string StrString(ThreadState? ts) => WithMapping(ts, m => Ops.StrOf(ts, m));

    /// <inheritdoc/>
    public override long Hash(ThreadState? ts) => WithMapping(ts, m => Ops.HashOf(ts, m));

    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other) =>
        WithMapping(ts, m => other.Obj is PyMappingProxy p
            ? p.WithMapping(ts, om => Ops.EqualsBool(ts, m, om))
            : Ops.EqualsBool(ts, m, other));

    /// <summary>
    /// <c>a | b</c> where either is a proxy (mappingproxy_or): the mappings' own <c>|</c>, so the result is a dict;
    /// <c>proxy |= x</c> is refused, as CPython's mappingproxy_ior.
    /// </summary>
    internal static PyValue Or(ThreadState ts, PyValue a, PyValue b, bool inplace)
    {
        if (inplace && a.Obj is PyMappingProxy) throw PyErr.TypeError("'|=' is not supported by mappingproxy; use '|' instead");
        var left = a.Obj is PyMappingProxy pa ? pa.MappingNewRef(ts) : a.NewRef();
        try
        {
            var right = b.Obj is PyMappingProxy pb ? pb.MappingNewRef(ts) : b.NewRef();
            try { return Ops.Binary(ts, left, right, BinaryOp.Or, inplace); }
            finally { right.DecRef(); }
        }
        finally { left.DecRef(); }
    }

    /// <summary><c>reversed(proxy)</c>: the mapping's reverse iterator (new reference).</summary>
    internal PyValue Reversed(ThreadState ts) =>
        WithMapping(ts, m => BuiltinConstructors.Reversed(ts, PyType.Reversed, new[] { m }, null));

    // mappingproxy(mapping): anything with __getitem__ but a list or a tuple (mappingproxy_check_mapping).
    private static PyValue Construct(ThreadState ts, PyType type, ReadOnlySpan<PyValue> args, string[]? kw)
    {
        var a = new BuiltinArguments("mappingproxy", args, kw).OnlyKeywords("mapping");
        if (a.Count > 1) throw PyErr.TypeError($"mappingproxy() takes at most 1 argument ({a.Count} given)");
        if (a.Get(0, "mapping") is not PyValue mapping) throw PyErr.TypeError("mappingproxy() missing required argument 'mapping' (pos 1)");
        if (mapping.Obj is null || mapping.Obj is PyList or PyTuple || mapping.Type.Lookup("__getitem__") is null)
            throw PyErr.TypeError($"mappingproxy() argument must be a mapping, not {mapping.Type.Name}");
        return PyValue.From(new PyMappingProxy(mapping));
    }

    private static PyType CreateType()
    {
        var t = new PyType("mappingproxy", PyType.Object, Construct) { IsBaseType = false };
        // The read-only methods of a mapping, called on the mapping the proxy shows (a dict's for a class's proxy).
        foreach (var name in new[] { "keys", "values", "items", "get", "copy" })
        {
            string method = name;
            t.AddMethod(method, (ts, a, kw) =>
            {
                if (a.Length == 0 || a[0].Obj is not PyMappingProxy p)
                    throw PyErr.TypeError($"descriptor '{method}' requires a 'mappingproxy' object");
                var mapping = p.MappingNewRef(ts);
                try
                {
                    var bound = Ops.GetAttr(ts, mapping, method);
                    try { return Ops.Call(ts, bound, a.Slice(1), kw); }
                    finally { bound.DecRef(); }
                }
                finally { mapping.DecRef(); }
            });
        }
        t.AddMethod("__reversed__", (ts, a, kw) =>
        {
            new BuiltinArguments("__reversed__", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            return ((PyMappingProxy)a[0].Obj!).Reversed(ts);
        });
        ContainerMethods.Install(t, indexed: true);
        PyGenericAlias.InstallClassGetItem(t);
        return t;
    }
}
