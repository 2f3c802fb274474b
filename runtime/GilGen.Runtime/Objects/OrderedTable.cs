using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>
/// The storage of dict and set: insertion-ordered entries plus a hash index, like CPython's compact dict.
/// Holds no references itself; the owner counts them.
/// </summary>
public sealed class OrderedTable : IEntryTable
{
    private readonly Dictionary<PyValue, int> _index = new(PyKeyComparer.Instance);
    private readonly PyValueList _keys = new();
    private readonly PyValueList _values = new();
    private int _deleted;

    /// <summary>
    /// Set when this is a module's namespace dict: every write through the dict is passed on to the module's
    /// global slots (generated code reads those), so that <c>globals()["x"] = 1</c> binds x.
    /// </summary>
    internal ModuleNamespace? Namespace;

    /// <summary>Bumped on every insertion or deletion, so iterators detect a change of size.</summary>
    public int Version { get; private set; }

    /// <summary>Number of live entries.</summary>
    public int Count => _index.Count;
    /// <summary>Number of entry positions, including deleted ones (Unbound keys).</summary>
    public int Capacity => _keys.Count;
    /// <summary>The key at an entry position (Unbound when deleted).</summary>
    public PyValue KeyAt(int i) => _keys[i];
    /// <summary>The value at an entry position.</summary>
    public PyValue ValueAt(int i) => _values[i];

    /// <summary>Looks a key up.</summary>
    public bool TryGet(PyValue key, out PyValue value)
    {
        if (_index.TryGetValue(key, out int i)) { value = _values[i]; return true; }
        value = default;
        return false;
    }

    /// <summary>True when the key is present.</summary>
    public bool ContainsKey(PyValue key) => _index.ContainsKey(key);

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
        if (_index.TryGetValue(key, out int i))
        {
            previous = _values[i];
            _values[i] = value;
            return true;
        }
        _index.Add(key, _keys.Count);
        _keys.Add(key);
        _values.Add(value);
        Version++;
        previous = default;
        return false;
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
        if (!_index.Remove(key, out int i)) { storedKey = default; value = default; return false; }
        storedKey = _keys[i];
        value = _values[i];
        _keys[i] = PyValue.Unbound;
        _values[i] = PyValue.Unbound;
        _deleted++;
        Version++;
        if (_deleted > 16 && _deleted > _keys.Count / 2) Compact();
        return true;
    }

    /// <summary>Removes the last inserted entry (dict.popitem).</summary>
    public bool RemoveLast(out PyValue key, out PyValue value)
    {
        for (int i = _keys.Count - 1; i >= 0; i--)
            if (!_keys[i].IsUnbound) return Remove(_keys[i], out key, out value);
        key = default; value = default;
        return false;
    }

    /// <summary>Empties the table, returning what it held (to DecRef).</summary>
    public PyValueList Clear()
    {
        var held = new PyValueList();
        for (int i = 0; i < _keys.Count; i++)
            if (!_keys[i].IsUnbound) { held.Add(_keys[i]); held.Add(_values[i]); }
        _index.Clear(); _keys.Clear(); _values.Clear(); _deleted = 0; Version++;
        Namespace?.TableCleared();
        return held;
    }

    /// <summary>
    /// The owner's Dealloc: releases every key and value in order, as CPython's dict_dealloc, leaving the table empty.
    /// Unlike <see cref="Clear"/> it allocates no list of what it held.
    /// </summary>
    public void ReleaseFromDealloc()
    {
        int count = _keys.Count;
        for (int i = 0; i < count; i++)
        {
            var key = _keys[i];
            if (key.IsUnbound) continue;
            var value = _values[i];
            _keys[i] = PyValue.Unbound;
            _values[i] = default;
            key.DecRefFromDealloc();
            value.DecRefFromDealloc();
        }
        _index.Clear(); _keys.Clear(); _values.Clear(); _deleted = 0; Version++;
        Namespace?.TableCleared();
    }

    private void Compact()
    {
        int w = 0;
        for (int r = 0; r < _keys.Count; r++)
        {
            if (_keys[r].IsUnbound) continue;
            _keys[w] = _keys[r]; _values[w] = _values[r]; _index[_keys[w]] = w; w++;
        }
        _keys.RemoveRange(w, _keys.Count - w);
        _values.RemoveRange(w, _values.Count - w);
        _deleted = 0;
    }

    /// <summary>Live entries in order.</summary>
    public IEnumerable<(PyValue Key, PyValue Value)> Entries()
    {
        for (int i = 0; i < _keys.Count; i++)
            if (!_keys[i].IsUnbound) yield return (_keys[i], _values[i]);
    }
}
