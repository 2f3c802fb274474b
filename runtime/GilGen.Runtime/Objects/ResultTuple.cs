namespace GilGen.Runtime;

/// <summary>
/// The result tuple that the iterators of enumerate, zip and dict.items() hand out again, as CPython's do
/// (enum_next, zip_next, dictiter_iternextitem): the iterator keeps a reference to the first tuple it made, and when
/// nobody else holds that tuple any more (the loop unpacked it and let it go), the next step replaces its items in
/// place instead of allocating one. A tuple anyone else still holds (a loop variable, a list it was appended to)
/// is left alone and the step makes a new one, so no program sees a tuple change. In a free-threaded process every
/// step makes a new tuple: another thread could be reading the cached one's items.
/// </summary>
public struct ResultTuple
{
    private PyTuple? _cached;

    /// <summary>
    /// The cached tuple, with a new reference for the caller, when the iterator holds the only reference to it and it
    /// has <paramref name="length"/> items; the caller then replaces every item (releasing the old one). Null otherwise.
    /// </summary>
    public PyTuple? TakeForReuse(int length)
    {
        var t = _cached;
        if (t == null || t.RefCount != 1 || t.Items.Length != length || FreeThreading.Enabled) return null;
        PyValue.From(t).IncRef();
        return t;
    }

    /// <summary>Replaces item <paramref name="index"/> of a tuple from <see cref="TakeForReuse"/> (the new item stolen).</summary>
    public static void Replace(PyTuple t, int index, PyValue item)
    {
        var old = t.Items[index];
        t.Items[index] = item;
        old.DecRef();
    }

    /// <summary>A new tuple of <paramref name="items"/> (stolen), which the iterator keeps for reuse when it has none yet. New reference.</summary>
    public PyValue Make(PyValue[] items)
    {
        var t = new PyTuple(items);
        if (_cached == null && !FreeThreading.Enabled)
        {
            _cached = t;
            PyValue.From(t).IncRef();
        }
        return PyValue.From(t);
    }

    /// <summary>Drops the iterator's reference (its Dealloc).</summary>
    public void Release()
    {
        var t = _cached;
        _cached = null;
        if (t != null) PyValue.From(t).DecRefFromDealloc();
    }
}
