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

    private PyValue[] _keys = new PyValue[MinSize];
    private long[] _hashes = new long[MinSize];
    private byte[] _state = new byte[MinSize];
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
    public PyValue KeyAt(int i) => _state[i] == Active ? _keys[i] : PyValue.Unbound;
    /// <inheritdoc/>
    public PyValue ValueAt(int i) => PyValue.None;

    private static long HashOf(PyValue key) =>
        key.IsInt ? NumericHash.OfLong(key.IntValue) : Ops.HashOf(key.Obj!.Type.IsHeapType ? ThreadState.Running : null, key);

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
                byte st = _state[j];
                if (st == Unused) return -1;
                if (st == Active && _hashes[j] == hash && PyKeyComparer.Instance.Equals(_keys[j], key)) return j;
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
                byte st = _state[j];
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
                    if (_hashes[j] == hash && PyKeyComparer.Instance.Equals(_keys[j], key)) return false;
                }
                else if (freeSlot < 0) freeSlot = j;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)_mask);
        }
    }

    private void Place(int slot, PyValue key, long hash)
    {
        _keys[slot] = key;
        _hashes[slot] = hash;
        _state[slot] = Active;
    }

    /// <summary>CPython's set_insert_clean: into a table known to hold no equal key and no dummies.</summary>
    private static void InsertClean(PyValue[] keys, long[] hashes, byte[] state, int mask, PyValue key, long hash)
    {
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (state[i] == Unused) { keys[i] = key; hashes[i] = hash; state[i] = Active; return; }
            if (i + LinearProbes <= mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                    if (state[i + j] == Unused) { keys[i + j] = key; hashes[i + j] = hash; state[i + j] = Active; return; }
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
        var keys = new PyValue[size];
        var hashes = new long[size];
        var state = new byte[size];
        for (int i = 0; i <= _mask; i++)
            if (_state[i] == Active) InsertClean(keys, hashes, state, size - 1, _keys[i], _hashes[i]);
        _keys = keys; _hashes = hashes; _state = state; _mask = size - 1;
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
        if (_fill == 0 && _mask == other._mask && other._fill == other._used)
        {
            Array.Copy(other._keys, _keys, _keys.Length);
            Array.Copy(other._hashes, _hashes, _hashes.Length);
            Array.Copy(other._state, _state, _state.Length);
            for (int i = 0; i <= _mask; i++) if (_state[i] == Active) _keys[i].IncRef();
            _fill = other._fill; _used = other._used;
            return;
        }
        if (_fill == 0)
        {
            for (int i = 0; i <= other._mask; i++)
                if (other._state[i] == Active)
                {
                    other._keys[i].IncRef();
                    InsertClean(_keys, _hashes, _state, _mask, other._keys[i], other._hashes[i]);
                }
            _fill = _used = other._used;
            return;
        }
        for (int i = 0; i <= other._mask; i++)
            if (other._state[i] == Active && Add(other._keys[i], other._hashes[i])) other._keys[i].IncRef();
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
        while (_state[i] != Active) i = i == _mask ? 0 : i + 1;
        key = _keys[i];
        _keys[i] = default;
        _hashes[i] = -1;
        _state[i] = Dummy;
        _used--;
        _finger = i + 1;
        Version++;
        return true;
    }

    /// <summary>Empties the table back to eight slots, returning the keys it held (to DecRef).</summary>
    public PyValueList Clear()
    {
        var held = new PyValueList(_used);
        for (int i = 0; i <= _mask; i++) if (_state[i] == Active) held.Add(_keys[i]);
        _keys = new PyValue[MinSize]; _hashes = new long[MinSize]; _state = new byte[MinSize];
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
        var keys = _keys;
        var state = _state;
        _used = _fill = _finger = 0;
        Version++;
        for (int i = 0; i <= _mask; i++)
        {
            if (state[i] == Unused) continue;
            bool active = state[i] == Active;
            var key = keys[i];
            keys[i] = default;
            state[i] = Unused;
            if (active) key.DecRefFromDealloc();
        }
    }

    /// <summary>Gives this table the contents of <paramref name="other"/> and the other its own (CPython's set_swap_bodies).</summary>
    public void Swap(SetTable other)
    {
        (_keys, other._keys) = (other._keys, _keys);
        (_hashes, other._hashes) = (other._hashes, _hashes);
        (_state, other._state) = (other._state, _state);
        (_mask, other._mask) = (other._mask, _mask);
        (_fill, other._fill) = (other._fill, _fill);
        (_used, other._used) = (other._used, _used);
        Version++; other.Version++;
    }

    /// <summary>Live entries in slot order (the value is None).</summary>
    public IEnumerable<(PyValue Key, PyValue Value)> Entries()
    {
        for (int i = 0; i <= _mask && i < _state.Length; i++)
            if (_state[i] == Active) yield return (_keys[i], PyValue.None);
    }

    /// <summary>A snapshot of the live (key, hash) pairs in slot order (borrowed keys).</summary>
    internal List<(PyValue Key, long Hash)> KeysWithHashes()
    {
        var list = new List<(PyValue, long)>(_used);
        for (int i = 0; i <= _mask; i++)
            if (_state[i] == Active) list.Add((_keys[i], _hashes[i]));
        return list;
    }

    /// <summary>CPython's frozenset hash: the shuffled hashes of the keys, the size, then a final dispersion.</summary>
    internal long FrozenHash()
    {
        static ulong Shuffle(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
        ulong hash = 0;
        for (int i = 0; i <= _mask; i++)
            if (_state[i] == Active) hash ^= Shuffle((ulong)_hashes[i]);
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
        storedKey = _keys[slot];
        _keys[slot] = default;
        _hashes[slot] = -1;
        _state[slot] = Dummy;
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
