using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Text;

namespace GilGen.Runtime;

/// <summary>
/// set and frozenset, stored in CPython's hash-table layout (<see cref="SetTable"/>), so they iterate in CPython's order.
/// Not sealed: instances of Python subclasses derive from it (SubclassedBuiltins.cs).
/// </summary>
public class PySet : PyObject
{
    /// <summary>The items (values unused).</summary>
    public readonly SetTable Table = new();
    /// <summary>True for frozenset.</summary>
    public readonly bool Frozen;
    /// <summary>An empty set or frozenset.</summary>
    public PySet(bool frozen = false) => Frozen = frozen;
    /// <inheritdoc/>
    public override PyType Type => Frozen ? PyType.FrozenSet : PyType.Set;
    /// <summary>Number of items.</summary>
    public int Count => Table.Count;

    /// <summary>Adds an item (borrowed).</summary>
    public void Add(ThreadState? ts, PyValue item)
    {
        long hash = item.IsInt ? NumericHash.OfLong(item.IntValue) : Ops.HashOf(ts, item);
        using var section = FreeThreading.Lock(this);
        if (Table.AddWithHash(item, hash)) item.IncRef();
    }
    /// <summary>Removes an item; false when absent.</summary>
    public bool Discard(ThreadState? ts, PyValue item)
    {
        long hash = item.IsInt ? NumericHash.OfLong(item.IntValue) : Ops.HashOf(ts, item);
        using var section = FreeThreading.Lock(this);
        if (!Table.RemoveWithHash(item, hash, out var k)) return false;
        k.DecRef();
        return true;
    }
    /// <summary>The items in iteration order.</summary>
    public IEnumerable<PyValue> Items() { foreach (var (k, _) in Table.Entries()) yield return k; }

    /// <inheritdoc/>
    public override void Dealloc()
    {
        _weakRefs?.ReleaseReferent();
        Table.ReleaseKeysFromDealloc();
    }
    // The weak references to the set (sets and frozensets can be weakly referenced), cleared first when it is released.
    private WeakRefList? _weakRefs;
    /// <inheritdoc/>
    internal override bool SupportsWeakRefs => true;
    /// <inheritdoc/>
    internal override WeakRefList? WeakRefs { get => _weakRefs; set => _weakRefs = value; }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        // A subclass shows its own name around the items, as CPython's set_repr: MySet({1, 2}), MySet().
        string? name = GetType() != typeof(PySet) ? Type.Name : Frozen ? "frozenset" : null;
        using var section = FreeThreading.Lock(this);
        if (Count == 0) return (name ?? "set") + "()";
        if (!ReprGuard.Enter(this)) return (name ?? Type.Name) + "(...)";
        try
        {
            var sb = new StringBuilder(name == null ? "{" : name + "({");
            bool first = true;
            foreach (var k in Items()) { if (!first) sb.Append(", "); first = false; sb.Append(Ops.ReprOf(ts, k)); }
            return sb.Append(name == null ? "}" : "})").ToString();
        }
        finally { ReprGuard.Exit(this); }
    }
    /// <inheritdoc/>
    public override bool IsTrue(ThreadState ts) => Count != 0;
    /// <inheritdoc/>
    public override long Hash(ThreadState? ts)
    {
        if (!Frozen) throw PyErr.TypeError("unhashable type: 'set'");
        return Table.FrozenHash();
    }
    /// <inheritdoc/>
    public override long Length(ThreadState ts) => Count;
    /// <inheritdoc/>
    public override PyValue Iter(ThreadState ts) => PyValue.From(new PyTableIterator(this, Table, PyTableIterator.Kind.Keys, PyType.SetIterator));
    /// <inheritdoc/>
    public override bool Contains(ThreadState ts, PyValue item)
    {
        long hash = item.IsInt ? NumericHash.OfLong(item.IntValue) : Ops.HashOf(ts, item);
        using var section = FreeThreading.Lock(this);
        return Table.ContainsWithHash(item, hash);
    }
    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other)
    {
        if (other.Obj is not PySet s) return null;
        using var section = FreeThreading.Lock(this);
        if (s.Count != Count) return false;
        foreach (var k in Items()) if (!s.Table.ContainsKey(k)) return false;
        return true;
    }
    /// <inheritdoc/>
    public override int? CompareTo(ThreadState? ts, PyValue other) => null;

    /// <summary>True when every item of this set is in <paramref name="other"/>.</summary>
    public bool IsSubsetOf(PySet other)
    {
        if (Count > other.Count) return false;
        foreach (var k in Items()) if (!other.Table.ContainsKey(k)) return false;
        return true;
    }
}
