using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>A closure cell (LOAD_DEREF/STORE_DEREF); <see cref="Value"/> is Unbound when empty.</summary>
public sealed class PyCell : PyObject
{
    /// <summary>The referenced value (owned reference), or Unbound.</summary>
    public PyValue Value = PyValue.Unbound;
    /// <summary>An empty cell.</summary>
    public PyCell() { }
    /// <summary>A cell holding <paramref name="value"/> (steals the reference).</summary>
    public PyCell(PyValue value) => Value = value;
    /// <inheritdoc/>
    public override PyType Type => PyType.Cell;

    // Under FreeThreading a cell is read and replaced under its per-object lock, as 3.13t does: otherwise a
    // reader could take a reference to a value that a concurrent store has just released, two stores could both
    // release the same old value, and the 16-byte PyValue could be read half old, half new. With the mode off
    // (every GIL profile) the test folds away and these are the plain field accesses.

    /// <summary>A new reference to the value, or Unbound when the cell is empty (LOAD_DEREF).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyValue Load()
    {
        if (FreeThreading.Enabled) return LoadLocked();
        PyValue v = Value;
        v.IncRef();
        return v;
    }

    /// <summary>Replaces the value with <paramref name="value"/> (stolen) and releases the old one (STORE_DEREF).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(PyValue value) => Exchange(value).DecRef();

    /// <summary>Empties the cell and releases its value; false if it was already empty (DELETE_DEREF).</summary>
    public bool Delete()
    {
        PyValue old = Exchange(PyValue.Unbound);
        if (old.IsUnbound) return false;
        old.DecRef();
        return true;
    }

    // Puts `value` (stolen) in the cell and returns the old value (owned).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private PyValue Exchange(PyValue value)
    {
        if (FreeThreading.Enabled) return ExchangeLocked(value);
        PyValue old = Value;
        Value = value;
        return old;
    }

    private PyValue LoadLocked()
    {
        using (FreeThreading.Lock(this))
        {
            PyValue v = Value;
            v.IncRef();
            return v;
        }
    }

    private PyValue ExchangeLocked(PyValue value)
    {
        using (FreeThreading.Lock(this))
        {
            PyValue old = Value;
            Value = value;
            return old;
        }
    }

    /// <inheritdoc/>
    public override void Dealloc() { var v = Value; Value = PyValue.Unbound; v.DecRefFromDealloc(); }
    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        if (name != "cell_contents") return base.GetAttrOrNull(ts, name);
        PyValue v = Load();
        if (v.IsUnbound) throw PyErr.ValueError("Cell is empty");
        return v;
    }
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) =>
        Value.IsUnbound ? $"<cell at 0x{ObjectId.Of(this):x}: empty>" : $"<cell at 0x{ObjectId.Of(this):x}: {Value.Type.Name} object at 0x{(Value.Obj is null ? 0 : ObjectId.Of(Value.Obj)):x}>";
}
