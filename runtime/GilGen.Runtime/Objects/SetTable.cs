using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// The storage of set and frozenset, laid out as CPython's setobject.c lays it out: open addressing over a power-of-two
/// table, runs of <see cref="LinearProbes"/> slots then perturbed jumps, dummy slots left by deletions, and the same
/// growth rule, so that iteration (slot order) matches CPython's for keys whose hashes match (ints, floats, tuples,
/// None, bools). The owning set counts the references; <see cref="Merge"/> adds the ones for the keys it copies.
/// </summary>
public sealed class SetTable : IEntryTable
{
    private const int MinSize = 8;
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;
    private const byte Unused = 0, Active = 1, Dummy = 2;

    // A slot: the key, its hash and whether it is unused, active or a deleted key's dummy. One array of these instead
    // of one per field: a set and each of its resizes are one allocation instead of three.
    private struct Slot
    {
        public PyValue Key;
        public long Hash;
        public byte State;
    }

    // Every empty table shares these eight unused slots until its first key (nothing writes to them: Place and the
    // merges take their own first), so set(), a set literal's start and clear() allocate no table.
    private static readonly Slot[] SharedEmpty = new Slot[MinSize];

    private Slot[] _slots = SharedEmpty;
    private int _mask = MinSize - 1;
    private int _fill;   // active + dummy slots
    private int _used;   // active slots
    private int _finger; // where set.pop() looks next

    /// <inheritdoc/>
    public int Version { get; private set; }
    /// <summary>Number of live entries.</summary>
    public int Count => _used;
    /// <inheritdoc/>
    public int Capacity => _mask + 1;
    /// <inheritdoc/>
    public PyValue KeyAt(int i) => _slots[i].State == Active ? _slots[i].Key : PyValue.Unbound;
    /// <inheritdoc/>
    public PyValue ValueAt(int i) => PyValue.None;

    private static long HashOf(PyValue key) => PyKeyComparer.HashOf(key);

    /// <summary>The slot holding <paramref name="key"/>, or -1.</summary>
    private int Find(PyValue key, long hash)
    {
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)_mask);
        while (true)
        {
            int probes = i + LinearProbes <= _mask ? LinearProbes : 0;
            int j = i;
            do
            {
                ref var slot = ref _slots[j];
                byte st = slot.State;
                if (st == Unused) return -1;
                if (st == Active && slot.Hash == hash && PyKeyComparer.Instance.Equals(slot.Key, key)) return j;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)_mask);
        }
    }

    /// <summary>True when the key is present.</summary>
    public bool ContainsKey(PyValue key) => Find(key, HashOf(key)) >= 0;

    /// <summary>Inserts the key (the value is ignored: sets have none); true, with previous None, when it was present already.</summary>
    public bool Set(PyValue key, PyValue value, out PyValue previous)
    {
        previous = PyValue.None;
        return !Add(key, HashOf(key));
    }

    /// <summary>CPython's set_add_entry: false when the key was present (the table keeps its key).</summary>
    private bool Add(PyValue key, long hash)
    {
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)_mask);
        int freeSlot = -1;
        while (true)
        {
            int probes = i + LinearProbes <= _mask ? LinearProbes : 0;
            int j = i;
            do
            {
                byte st = _slots[j].State;
                if (st == Unused)
                {
                    if (freeSlot >= 0)
                    {
                        Place(freeSlot, key, hash);
                        _used++;
                        Version++;
                        return true;
                    }
                    Place(j, key, hash);
                    _fill++;
                    _used++;
                    Version++;
                    if ((long)_fill * 5 >= (long)_mask * 3) Resize(_used > 50000 ? _used * 2 : _used * 4);
                    return true;
                }
                if (st == Active)
                {
                    if (_slots[j].Hash == hash && PyKeyComparer.Instance.Equals(_slots[j].Key, key)) return false;
                }
                // The last dummy of the probe, not the first: CPython 3.10+'s set_add_entry overwrites freeslot at
                // every dummy, and the slot a key lands in decides the iteration order.
                else freeSlot = j;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)_mask);
        }
    }

    private void Place(int slot, PyValue key, long hash)
    {
        if (ReferenceEquals(_slots, SharedEmpty)) _slots = new Slot[MinSize];
        ref var s = ref _slots[slot];
        s.Key = key;
        s.Hash = hash;
        s.State = Active;
    }

    /// <summary>CPython's set_insert_clean: into a table known to hold no equal key and no dummies.</summary>
    private static void InsertClean(Slot[] slots, int mask, PyValue key, long hash)
    {
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (slots[i].State == Unused) { slots[i] = new Slot { Key = key, Hash = hash, State = Active }; return; }
            if (i + LinearProbes <= mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                    if (slots[i + j].State == Unused) { slots[i + j] = new Slot { Key = key, Hash = hash, State = Active }; return; }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>CPython's set_table_resize: the smallest power of two above <paramref name="minUsed"/> (at least 8), dummies dropped.</summary>
    private void Resize(int minUsed)
    {
        int size = MinSize;
        while (size <= minUsed) size <<= 1;
        var slots = new Slot[size];
        for (int i = 0; i <= _mask; i++)
            if (_slots[i].State == Active) InsertClean(slots, size - 1, _slots[i].Key, _slots[i].Hash);
        _slots = slots; _mask = size - 1;
        _fill = _used;
    }

    /// <summary>CPython's set_merge: adds every key of <paramref name="other"/> (with a new reference), copying its layout when this table is empty.</summary>
    public void Merge(SetTable other)
    {
        MergeSlots(other);
        Version++;
    }

    private void MergeSlots(SetTable other)
    {
        if (ReferenceEquals(other, this) || other._used == 0) return;
        if ((long)(_fill + other._used) * 5 >= (long)_mask * 3) Resize((_used + other._used) * 2);
        if (_fill == 0 && ReferenceEquals(_slots, SharedEmpty)) _slots = new Slot[_mask + 1];
        if (_fill == 0 && _mask == other._mask && other._fill == other._used)
        {
            Array.Copy(other._slots, _slots, _slots.Length);
            for (int i = 0; i <= _mask; i++) if (_slots[i].State == Active) _slots[i].Key.IncRef();
            _fill = other._fill; _used = other._used;
            return;
        }
        if (_fill == 0)
        {
            for (int i = 0; i <= other._mask; i++)
                if (other._slots[i].State == Active)
                {
                    other._slots[i].Key.IncRef();
                    InsertClean(_slots, _mask, other._slots[i].Key, other._slots[i].Hash);
                }
            _fill = _used = other._used;
            return;
        }
        for (int i = 0; i <= other._mask; i++)
            if (other._slots[i].State == Active && Add(other._slots[i].Key, other._slots[i].Hash)) other._slots[i].Key.IncRef();
    }

    /// <summary>After a bulk removal: more than a quarter of the slots dummies means a rebuild (set_difference_update_internal).</summary>
    public void DropDummies()
    {
        if (_fill - _used <= _mask / 4) return;
        Resize(_used > 50000 ? _used * 2 : _used * 4);
        Version++;
    }

    /// <summary>Makes room for <paramref name="incoming"/> more keys at once, as set_update_internal does before adding a dict's keys.</summary>
    public void Reserve(int incoming)
    {
        if ((long)(_fill + incoming) * 5 >= (long)_mask * 3) Resize((_used + incoming) * 2);
    }

    /// <summary>Removes a key (leaving a dummy); returns the stored key (to DecRef) and None.</summary>
    public bool Remove(PyValue key, out PyValue storedKey, out PyValue value)
    {
        value = PyValue.None;
        return RemoveWithHash(key, HashOf(key), out storedKey);
    }

    /// <summary>CPython's set_pop: the first active slot from the finger on; the key is the caller's reference.</summary>
    public bool Pop(out PyValue key)
    {
        if (_used == 0) { key = default; return false; }
        int i = _finger & _mask;
        while (_slots[i].State != Active) i = i == _mask ? 0 : i + 1;
        key = _slots[i].Key;
        _slots[i] = new Slot { Hash = -1, State = Dummy };
        _used--;
        _finger = i + 1;
        Version++;
        return true;
    }

    /// <summary>Empties the table back to eight slots, returning the keys it held (to DecRef).</summary>
    public PyValueList Clear()
    {
        var held = new PyValueList(_used);
        for (int i = 0; i <= _mask; i++) if (_slots[i].State == Active) held.Add(_slots[i].Key);
        _slots = SharedEmpty;
        _mask = MinSize - 1; _fill = _used = 0; _finger = 0;
        Version++;
        return held;
    }

    /// <summary>
    /// The owner's Dealloc: releases every key in slot order, as CPython's set_dealloc, leaving the table empty in
    /// place. Unlike <see cref="Clear"/> it allocates nothing: no list of the keys, no fresh arrays for a table that is
    /// going away.
    /// </summary>
    public void ReleaseKeysFromDealloc()
    {
        var slots = _slots;
        int mask = _mask;
        _slots = SharedEmpty;
        _mask = MinSize - 1;
        _used = _fill = _finger = 0;
        Version++;
        for (int i = 0; i <= mask; i++)
        {
            if (slots[i].State != Active) continue;
            var key = slots[i].Key;
            slots[i] = default;
            key.DecRefFromDealloc();
        }
    }

    /// <summary>Gives this table the contents of <paramref name="other"/> and the other its own (CPython's set_swap_bodies).</summary>
    public void Swap(SetTable other)
    {
        (_slots, other._slots) = (other._slots, _slots);
        (_mask, other._mask) = (other._mask, _mask);
        (_fill, other._fill) = (other._fill, _fill);
        (_used, other._used) = (other._used, _used);
        Version++; other.Version++;
    }

    /// <summary>Live entries in slot order (the value is None).</summary>
    public IEnumerable<(PyValue Key, PyValue Value)> Entries()
    {
        for (int i = 0; i <= _mask && i < _slots.Length; i++)
            if (_slots[i].State == Active) yield return (_slots[i].Key, PyValue.None);
    }

    /// <summary>A snapshot of the live (key, hash) pairs in slot order (borrowed keys).</summary>
    internal List<(PyValue Key, long Hash)> KeysWithHashes()
    {
        var list = new List<(PyValue, long)>(_used);
        for (int i = 0; i <= _mask; i++)
            if (_slots[i].State == Active) list.Add((_slots[i].Key, _slots[i].Hash));
        return list;
    }

    /// <summary>CPython's frozenset hash: the shuffled hashes of the keys, the size, then a final dispersion.</summary>
    internal long FrozenHash()
    {
        static ulong Shuffle(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
        ulong hash = 0;
        for (int i = 0; i <= _mask; i++)
            if (_slots[i].State == Active) hash ^= Shuffle((ulong)_slots[i].Hash);
        hash ^= ((ulong)_used + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        return hash == ulong.MaxValue ? 590923713L : (long)hash;
    }

    /// <summary>Adds a key whose hash is known (CPython's set_add_entry); false when present.</summary>
    internal bool AddWithHash(PyValue key, long hash) => Add(key, hash);

    /// <summary>Removes a key whose hash is known; the stored key is returned to DecRef.</summary>
    internal bool RemoveWithHash(PyValue key, long hash, out PyValue storedKey)
    {
        int slot = Find(key, hash);
        if (slot < 0) { storedKey = default; return false; }
        storedKey = _slots[slot].Key;
        _slots[slot] = new Slot { Hash = -1, State = Dummy };
        _used--;
        Version++;
        return true;
    }

    /// <summary>True when the key, whose hash is known, is present.</summary>
    internal bool ContainsWithHash(PyValue key, long hash) => Find(key, hash) >= 0;
}

/// <summary>What a dict or set iterator walks: slots in order, some empty (<see cref="PyValue.Unbound"/> keys).</summary>
public interface IEntryTable
{
    /// <summary>Changes on every insertion or deletion.</summary>
    int Version { get; }
    /// <summary>Number of slots.</summary>
    int Capacity { get; }
    /// <summary>The key in a slot, Unbound when the slot is empty.</summary>
    PyValue KeyAt(int i);
    /// <summary>The value in a slot.</summary>
    PyValue ValueAt(int i);
}
