using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// The storage of dict, laid out as CPython's compact dict (Objects/dictobject.c): an array of entries (hash, key,
/// value) in insertion order, and a power-of-two index table whose slots hold an entry's position, found by CPython's
/// probe sequence (<c>i = i * 5 + perturb + 1</c>, the hash's high bits shifted in). A deleted entry keeps its
/// position with an Unbound key until the next resize compacts the entries, so iteration positions stay put.
/// An empty table allocates nothing; a small one is two arrays (a .NET Dictionary with two lists took eight).
/// Holds no references itself; the owner counts them.
/// </summary>
public sealed class OrderedTable : IEntryTable
{
    private const int MinSize = 8;
    private const int PerturbShift = 5;
    private const int EmptySlot = -1, DummySlot = -2;

    private struct Entry
    {
        public long Hash;
        public PyValue Key;
        public PyValue Value;
    }

    private int[]? _indices;
    private Entry[] _entries = Array.Empty<Entry>();
    private int _entryCount;   // positions used in _entries, deleted ones included
    private int _used;         // live entries

    /// <summary>
    /// Set when this is a module's namespace dict: every write through the dict is passed on to the module's
    /// global slots (generated code reads those), so that <c>globals()["x"] = 1</c> binds x.
    /// </summary>
    internal ModuleNamespace? Namespace;

    /// <summary>Bumped on every insertion or deletion, so iterators detect a change of size.</summary>
    public int Version { get; private set; }

    /// <summary>Number of live entries.</summary>
    public int Count => _used;
    /// <summary>Number of entry positions, including deleted ones (Unbound keys).</summary>
    public int Capacity => _entryCount;
    /// <summary>The number of slots of the index table (a power of two), 0 while nothing was allocated.</summary>
    internal int IndexSize => _indices?.Length ?? 0;
    /// <summary>The key at an entry position (Unbound when deleted).</summary>
    public PyValue KeyAt(int i) => _entries[i].Key;
    /// <summary>The value at an entry position.</summary>
    public PyValue ValueAt(int i) => _entries[i].Value;

    private static long HashOf(PyValue key) => PyKeyComparer.HashOf(key);

    // USABLE_FRACTION: how many entries an index table of this size takes before it grows.
    private static int Usable(int size) => (size << 1) / 3;

    /// <summary>
    /// The position of the entry holding <paramref name="key"/>, or -1; <paramref name="slot"/> is its index slot.
    /// A key of a Python class compares with its __eq__, which may change this dict: then the search starts again,
    /// as CPython's lookdict does.
    /// </summary>
    private int Find(PyValue key, long hash, out int slot)
    {
    restart:
        var indices = _indices;
        if (indices == null) { slot = -1; return -1; }
        var entries = _entries;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int ix = indices[i];
            if (ix == EmptySlot) { slot = -1; return -1; }
            if (ix >= 0)
            {
                var stored = entries[ix].Key;
                if (SameKey(stored, key))
                {
                    slot = i;
                    return ix;
                }
                if (entries[ix].Hash == hash && !stored.IsUnbound)
                {
                    bool equal = PyKeyComparer.Instance.Equals(stored, key);
                    if (!ReferenceEquals(entries, _entries) || !ReferenceEquals(indices, _indices) || !SameKey(entries[ix].Key, stored))
                        goto restart;
                    if (equal)
                    {
                        slot = i;
                        return ix;
                    }
                }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    // The same key: one object, or one inline int (the identity test CPython's lookdict makes before __eq__).
    private static bool SameKey(PyValue a, PyValue b) =>
        a.Obj is null ? b.Obj is null && a.IntValue == b.IntValue : ReferenceEquals(a.Obj, b.Obj);

    /// <summary>Looks a key up.</summary>
    public bool TryGet(PyValue key, out PyValue value)
    {
        int ix = Find(key, HashOf(key), out _);
        if (ix >= 0) { value = _entries[ix].Value; return true; }
        value = default;
        return false;
    }

    /// <summary>True when the key is present.</summary>
    public bool ContainsKey(PyValue key) => Find(key, HashOf(key), out _) >= 0;

    /// <summary>Inserts or replaces; returns the previous value (to DecRef) when replacing, and the old key is kept as CPython does.</summary>
    public bool Set(PyValue key, PyValue value, out PyValue previous)
    {
        bool replaced = SetUnobserved(key, value, out previous);
        Namespace?.TableStored(key, value);
        return replaced;
    }

    /// <summary><see cref="Set"/> without telling a module namespace: the module's own stores come this way.</summary>
    internal bool SetUnobserved(PyValue key, PyValue value, out PyValue previous)
    {
        long hash = HashOf(key);
        int ix = Find(key, hash, out _);
        if (ix >= 0)
        {
            previous = _entries[ix].Value;
            _entries[ix].Value = value;
            return true;
        }
        if (_indices == null || _entryCount == _entries.Length) Resize(GrowthRate());
        ref var entry = ref _entries[_entryCount];
        entry.Hash = hash;
        entry.Key = key;
        entry.Value = value;
        _indices![FreeSlot(_indices, hash)] = _entryCount;
        _entryCount++;
        _used++;
        Version++;
        previous = default;
        return false;
    }

    // GROWTH_RATE: the live entries times three, so that a table that only grows doubles.
    private int GrowthRate() => _used * 3;

    // The first slot of the probe sequence that holds no entry (empty or a deleted one's).
    private static int FreeSlot(int[] indices, long hash)
    {
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (indices[i] >= 0)
        {
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        return i;
    }

    /// <summary>A table of at least <paramref name="minUsed"/> slots (a power of two, eight or more), the live entries compacted in order.</summary>
    private void Resize(int minUsed)
    {
        int size = MinSize;
        while (size < minUsed) size <<= 1;
        var indices = new int[size];
        indices.AsSpan().Fill(EmptySlot);
        var entries = new Entry[Usable(size)];
        int n = 0;
        for (int i = 0; i < _entryCount; i++)
        {
            if (_entries[i].Key.IsUnbound) continue;
            entries[n] = _entries[i];
            indices[FreeSlot(indices, entries[n].Hash)] = n;
            n++;
        }
        _indices = indices;
        _entries = entries;
        _entryCount = n;
    }

    /// <summary>Removes a key; returns the stored key and value (to DecRef).</summary>
    public bool Remove(PyValue key, out PyValue storedKey, out PyValue value)
    {
        if (!RemoveUnobserved(key, out storedKey, out value)) return false;
        Namespace?.TableRemoved(storedKey);
        return true;
    }

    /// <summary><see cref="Remove"/> without telling a module namespace: the module's own deletions come this way.</summary>
    internal bool RemoveUnobserved(PyValue key, out PyValue storedKey, out PyValue value)
    {
        int ix = Find(key, HashOf(key), out int slot);
        if (ix < 0) { storedKey = default; value = default; return false; }
        RemoveAt(ix, slot, out storedKey, out value);
        return true;
    }

    private void RemoveAt(int ix, int slot, out PyValue storedKey, out PyValue value)
    {
        ref var entry = ref _entries[ix];
        storedKey = entry.Key;
        value = entry.Value;
        entry.Key = PyValue.Unbound;
        entry.Value = PyValue.Unbound;
        _indices![slot] = DummySlot;
        _used--;
        Version++;
    }

    /// <summary>Removes the last inserted entry (dict.popitem).</summary>
    public bool RemoveLast(out PyValue key, out PyValue value)
    {
        for (int i = _entryCount - 1; i >= 0; i--)
            if (!_entries[i].Key.IsUnbound) return Remove(_entries[i].Key, out key, out value);
        key = default; value = default;
        return false;
    }

    /// <summary>Empties the table, returning what it held (to DecRef).</summary>
    public PyValueList Clear()
    {
        var held = new PyValueList(_used * 2);
        for (int i = 0; i < _entryCount; i++)
            if (!_entries[i].Key.IsUnbound) { held.Add(_entries[i].Key); held.Add(_entries[i].Value); }
        Reset();
        Namespace?.TableCleared();
        return held;
    }

    private void Reset()
    {
        _indices = null;
        _entries = Array.Empty<Entry>();
        _entryCount = _used = 0;
        Version++;
    }

    /// <summary>
    /// The owner's Dealloc: releases every key and value in order, as CPython's dict_dealloc, leaving the table empty.
    /// Unlike <see cref="Clear"/> it allocates no list of what it held.
    /// </summary>
    public void ReleaseFromDealloc()
    {
        var entries = _entries;
        int count = _entryCount;
        Reset();
        for (int i = 0; i < count; i++)
        {
            var key = entries[i].Key;
            if (key.IsUnbound) continue;
            var value = entries[i].Value;
            entries[i] = default;
            key.DecRefFromDealloc();
            value.DecRefFromDealloc();
        }
        Namespace?.TableCleared();
    }

    /// <summary>Live entries in order.</summary>
    public IEnumerable<(PyValue Key, PyValue Value)> Entries()
    {
        for (int i = 0; i < _entryCount; i++)
            if (!_entries[i].Key.IsUnbound) yield return (_entries[i].Key, _entries[i].Value);
    }
}
