using System;
using System.Collections;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// The storage of a Python list: a growable array of values whose live part may start past the array's first
/// slot, so that taking items off the front moves nothing.
/// </summary>
/// <remarks>
/// <para>
/// <c>list.pop(0)</c> is the queue of many breadth-first searches (DeltaBlue's planner pops the front of lists
/// tens of thousands of items long). CPython moves the rest of the list down one slot, a <c>memmove</c> of
/// 8-byte pointers; <see cref="List{T}.RemoveAt"/> does the same with 16-byte <see cref="PyValue"/>s through the
/// GC's bulk copy, which marks cards as it goes, and that copy was a fifth of DeltaBlue's time
/// (docs/architecture/performance.md). Here a removal moves the shorter side: the items before it one slot up
/// (the live part then starts one slot later) or the items after it one slot down. Popping the front moves
/// nothing, and inserting at the front reuses a slot freed that way.
/// </para>
/// <para>
/// What Python sees does not change: the same items in the same order, the same references (the list owns one
/// per item, as before; this type only stores them). Freed slots are cleared at once so the GC does not keep
/// their objects alive. Growing or compacting puts the live part back at the array's start.
/// </para>
/// <para>
/// Enumeration goes by index and checks the length at every step, as CPython's C loops over a list do: code
/// that runs Python while iterating (a <c>__repr__</c>, an <c>__eq__</c>) may change the list without making
/// the enumerator throw.
/// </para>
/// </remarks>
public sealed class PyValueList : IReadOnlyList<PyValue>
{
    private PyValue[] _items;
    private int _start;
    private int _count;

    /// <summary>An empty list storage.</summary>
    public PyValueList() => _items = Array.Empty<PyValue>();

    /// <summary>An empty list storage with room for <paramref name="capacity"/> items.</summary>
    public PyValueList(int capacity)
    {
        if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity));
        _items = capacity == 0 ? Array.Empty<PyValue>() : new PyValue[capacity];
    }

    /// <summary>A storage holding <paramref name="items"/> (the values are stored as they are: no reference is taken).</summary>
    public PyValueList(IEnumerable<PyValue> items) : this(0) => AddRange(items);

    /// <summary>A storage holding <paramref name="items"/> (the values are stored as they are: no reference is taken).</summary>
    public PyValueList(ReadOnlySpan<PyValue> items) : this(items.Length) => AddRange(items);

    /// <summary>The number of items.</summary>
    public int Count => _count;

    /// <summary>The number of items the storage holds without growing.</summary>
    public int Capacity => _items.Length - _start;

    /// <summary>The item at <paramref name="index"/> (0 is the first).</summary>
    public PyValue this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count) ThrowIndex();
            return _items[_start + index];
        }
        set
        {
            if ((uint)index >= (uint)_count) ThrowIndex();
            _items[_start + index] = value;
        }
    }

    /// <summary>The live items, in place: valid until the list next changes.</summary>
    public Span<PyValue> AsSpan() => new(_items, _start, _count);

    /// <summary>Adds <paramref name="item"/> at the end.</summary>
    public void Add(PyValue item)
    {
        int end = _start + _count;
        if (end == _items.Length) { MakeRoomAtEnd(1); end = _start + _count; }
        _items[end] = item;
        _count++;
    }

    /// <summary>Adds <paramref name="items"/> at the end.</summary>
    public void AddRange(ReadOnlySpan<PyValue> items)
    {
        if (items.IsEmpty) return;
        if (_start + _count + items.Length > _items.Length) MakeRoomAtEnd(items.Length);
        items.CopyTo(_items.AsSpan(_start + _count));
        _count += items.Length;
    }

    /// <summary>Adds <paramref name="items"/> at the end.</summary>
    public void AddRange(IEnumerable<PyValue> items)
    {
        switch (items)
        {
            case PyValueList other: AddRange(other.AsSpan()); break;
            case PyValue[] array: AddRange(array.AsSpan()); break;
            default: foreach (var item in items) Add(item); break;
        }
    }

    /// <summary>Inserts <paramref name="item"/> before the item at <paramref name="index"/> (at the end when it is <see cref="Count"/>).</summary>
    public void Insert(int index, PyValue item)
    {
        if ((uint)index > (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
        if (index == 0 && _start > 0)
        {
            _items[--_start] = item;
            _count++;
            return;
        }
        if (_start + _count == _items.Length) MakeRoomAtEnd(1);
        Array.Copy(_items, _start + index, _items, _start + index + 1, _count - index);
        _items[_start + index] = item;
        _count++;
    }

    /// <summary>Inserts <paramref name="items"/> before the item at <paramref name="index"/>.</summary>
    public void InsertRange(int index, IEnumerable<PyValue> items)
    {
        if ((uint)index > (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
        var added = System.Linq.Enumerable.ToArray(items);
        if (added.Length == 0) return;
        if (_start + _count + added.Length > _items.Length) MakeRoomAtEnd(added.Length);
        Array.Copy(_items, _start + index, _items, _start + index + added.Length, _count - index);
        added.CopyTo(_items, _start + index);
        _count += added.Length;
    }

    /// <summary>Removes the item at <paramref name="index"/>, moving whichever side of it is shorter.</summary>
    public void RemoveAt(int index)
    {
        if ((uint)index >= (uint)_count) ThrowIndex();
        if (index < _count / 2)
        {
            // The items before it move one slot up; the live part starts one slot later.
            Array.Copy(_items, _start, _items, _start + 1, index);
            _items[_start] = default;
            _start++;
        }
        else
        {
            Array.Copy(_items, _start + index + 1, _items, _start + index, _count - index - 1);
            _items[_start + _count - 1] = default;
        }
        _count--;
        if (_count == 0) _start = 0;
    }

    /// <summary>Removes <paramref name="count"/> items from <paramref name="index"/> on.</summary>
    public void RemoveRange(int index, int count)
    {
        if (index < 0 || count < 0 || index > _count - count) throw new ArgumentOutOfRangeException(nameof(index));
        if (count == 0) return;
        if (index == 0)
        {
            // From the front: the live part starts later, nothing moves (as RemoveAt's shorter side).
            Array.Clear(_items, _start, count);
            _start += count;
        }
        else
        {
            Array.Copy(_items, _start + index + count, _items, _start + index, _count - index - count);
            Array.Clear(_items, _start + _count - count, count);
        }
        _count -= count;
        if (_count == 0) _start = 0;
    }

    /// <summary>
    /// Replaces the <paramref name="removeCount"/> items from <paramref name="index"/> on with
    /// <paramref name="items"/> (stored as they are: no reference is taken or released; the caller keeps the
    /// removed ones). <paramref name="items"/> must not be this storage's own.
    /// </summary>
    public void ReplaceRange(int index, int removeCount, ReadOnlySpan<PyValue> items)
    {
        if (index < 0 || removeCount < 0 || index > _count - removeCount) throw new ArgumentOutOfRangeException(nameof(index));
        int delta = items.Length - removeCount;
        if (delta > 0 && _start + _count + delta > _items.Length) MakeRoomAtEnd(delta);
        if (delta != 0)
            Array.Copy(_items, _start + index + removeCount, _items, _start + index + items.Length, _count - index - removeCount);
        items.CopyTo(_items.AsSpan(_start + index));
        if (delta < 0) Array.Clear(_items, _start + _count + delta, -delta);
        _count += delta;
        if (_count == 0) _start = 0;
    }

    /// <summary>Removes the last item and returns it (the caller takes over its reference).</summary>
    public PyValue TakeLast()
    {
        if (_count == 0) ThrowIndex();
        int last = _start + _count - 1;
        var item = _items[last];
        _items[last] = default;
        if (--_count == 0) _start = 0;
        return item;
    }

    /// <summary>Removes every item (the storage keeps its array).</summary>
    public void Clear()
    {
        Array.Clear(_items, _start, _count);
        _start = 0;
        _count = 0;
    }

    /// <summary>
    /// Takes the items out for <c>list.sort</c>: returns the array holding them from index 0 on (the live part is moved
    /// to the front when pops had moved it) and leaves this storage empty with no array at all, as CPython's
    /// list_sort_impl empties the list for the sort's duration (its allocated becomes -1). Whatever grows the
    /// storage meanwhile gives it an array, which is how <see cref="GrewSinceTakenForSort"/> tells that Python code
    /// changed the list during the sort.
    /// </summary>
    internal PyValue[] TakeForSort(out int count)
    {
        var items = _items;
        count = _count;
        if (_start != 0)
        {
            // Overlapping copy: Span.CopyTo behaves as if through a temporary.
            items.AsSpan(_start, count).CopyTo(items);
            int stale = Math.Max(count, _start);
            Array.Clear(items, stale, _start + count - stale);
        }
        _items = Array.Empty<PyValue>();
        _start = 0;
        _count = 0;
        return items;
    }

    /// <summary>
    /// True when the storage was given an array since <see cref="TakeForSort"/>: an item was added during the sort,
    /// even if it was removed again (CPython's "allocated != -1" test, so <c>lst.append(x); lst.pop()</c> counts).
    /// </summary>
    internal bool GrewSinceTakenForSort => _count != 0 || !ReferenceEquals(_items, Array.Empty<PyValue>());

    /// <summary>
    /// Puts back the <paramref name="count"/> items taken by <see cref="TakeForSort"/>; returns what the storage held
    /// meanwhile (items added during the sort, whose references the caller releases).
    /// </summary>
    internal PyValue[] PutBackAfterSort(PyValue[] items, int count)
    {
        var stray = ToArray();
        _items = items;
        _start = 0;
        _count = count;
        return stray;
    }

    /// <summary>A new array of the items.</summary>
    public PyValue[] ToArray() => _count == 0 ? Array.Empty<PyValue>() : AsSpan().ToArray();

    /// <summary>A new storage of <paramref name="count"/> items from <paramref name="index"/> on (no reference is taken).</summary>
    public PyValueList GetRange(int index, int count)
    {
        if (index < 0 || count < 0 || index > _count - count) throw new ArgumentOutOfRangeException(nameof(index));
        return new PyValueList(AsSpan().Slice(index, count));
    }

    /// <summary>Copies the items into <paramref name="array"/> from <paramref name="arrayIndex"/> on.</summary>
    public void CopyTo(PyValue[] array, int arrayIndex) => AsSpan().CopyTo(array.AsSpan(arrayIndex));

    /// <summary>Copies the items into <paramref name="array"/>.</summary>
    public void CopyTo(PyValue[] array) => CopyTo(array, 0);

    /// <summary>Reverses the items in place.</summary>
    public void Reverse() => AsSpan().Reverse();

    /// <summary>Reverses <paramref name="count"/> items from <paramref name="index"/> on, in place.</summary>
    public void Reverse(int index, int count) => AsSpan().Slice(index, count).Reverse();

    /// <summary>Enumerates the items by index, reading the length at every step.</summary>
    public Enumerator GetEnumerator() => new(this);
    IEnumerator<PyValue> IEnumerable<PyValue>.GetEnumerator() => GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>An enumerator over a <see cref="PyValueList"/> by index.</summary>
    public struct Enumerator : IEnumerator<PyValue>
    {
        private readonly PyValueList _list;
        private int _index;

        internal Enumerator(PyValueList list)
        {
            _list = list;
            _index = -1;
            Current = default;
        }

        /// <inheritdoc/>
        public PyValue Current { get; private set; }
        readonly object IEnumerator.Current => Current;

        /// <inheritdoc/>
        public bool MoveNext()
        {
            if (++_index >= _list._count) return false;
            Current = _list._items[_list._start + _index];
            return true;
        }

        /// <inheritdoc/>
        public void Reset() => _index = -1;

        /// <inheritdoc/>
        public readonly void Dispose() { }
    }

    // Room for `extra` more items after the live part: slide the live part to the array's start when that frees
    // enough and the array is at most half full, else a bigger array (twice the size, as List<T> grows).
    private void MakeRoomAtEnd(int extra)
    {
        int needed = _count + extra;
        if (_start > 0 && needed <= _items.Length && _count <= _items.Length / 2)
        {
            Array.Copy(_items, _start, _items, 0, _count);
            int stale = Math.Max(_count, _start); // the old slots the move did not overwrite
            Array.Clear(_items, stale, _start + _count - stale);
            _start = 0;
            return;
        }
        Reallocate(Math.Max(needed, _items.Length == 0 ? 4 : 2 * _items.Length));
    }

    private void Reallocate(int capacity)
    {
        var items = capacity == 0 ? Array.Empty<PyValue>() : new PyValue[capacity];
        Array.Copy(_items, _start, items, 0, _count);
        _items = items;
        _start = 0;
    }

    private static void ThrowIndex() => throw new ArgumentOutOfRangeException("index");
}
