using System;

namespace GilGen.Runtime;

/// <summary>
/// What an enum class's <c>__members__</c> gives: CPython's <c>mappingproxy</c>, a read-only view of the class's
/// <c>_member_map_</c> (so later pseudo-members of a flag show in it too).
/// </summary>
public sealed class EnumMembersProxy : PyObject
{
    /// <summary>The class <c>mappingproxy</c>.</summary>
    public static readonly PyType TypeObject = CreateType();

    private readonly PyDict _map;

    /// <summary>A view of <paramref name="map"/> (referenced).</summary>
    public EnumMembersProxy(PyDict map) { PyValue.From(map).IncRef(); _map = map; }

    /// <inheritdoc/>
    public override PyType Type => TypeObject;
    /// <inheritdoc/>
    public override void Dealloc() => PyValue.From(_map).DecRefFromDealloc();
    /// <inheritdoc/>
    public override long Length(ThreadState ts) => _map.Count;
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => _map.Iter(ts);
    /// <inheritdoc/>
    public override bool Contains(ThreadState ts, PyValue item) => _map.Contains(ts, item);
    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key) => _map.GetItem(ts, key);
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => "mappingproxy(" + Ops.ReprOf(ts, PyValue.From(_map)) + ")";
    /// <inheritdoc/>
    public override string StrString(ThreadState? ts) => Ops.ReprOf(ts, PyValue.From(_map));
    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other) =>
        _map.EqualsValue(ts, other.Obj is EnumMembersProxy p ? PyValue.From(p._map) : other);

    private static PyType CreateType()
    {
        var t = new PyType("mappingproxy", PyType.Object) { IsBaseType = false };
        // The read-only methods of dict, called on the mapping the proxy shows.
        foreach (var name in new[] { "keys", "values", "items", "get", "copy" })
        {
            string method = name;
            t.AddMethod(method, (ts, a, kw) =>
            {
                if (a.Length == 0 || a[0].Obj is not EnumMembersProxy p)
                    throw PyErr.TypeError($"descriptor '{method}' requires a 'mappingproxy' object");
                var bound = Ops.GetAttr(ts, PyValue.From(p._map), method);
                try { return Ops.Call(ts, bound, a.Slice(1), kw); }
                finally { bound.DecRef(); }
            });
        }
        return t;
    }
}
