using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// An instance of a class without a builtin layout (object(), user classes, exceptions): its type and its
/// attributes. The attributes are values laid out by a shape shared with the other instances of the class
/// (<see cref="InstanceShape"/>): the first <see cref="InlineCapacity"/> live in the instance itself, the rest
/// in an overflow array, so a small object is one allocation (as CPython 3.12 keeps an instance's values
/// beside it). Asking for <c>__dict__</c> (or vars()) turns the storage into a real dict that then is the
/// instance's namespace, as CPython materializes a split-keys dict.
/// </summary>
public class PyInstance : PyObject
{
    /// <summary>
    /// How many attribute values an instance holds without a separate array. Two fits the most common small
    /// objects (points, pairs, nodes): with four, a million two-attribute instances carried 32 MB of empty slots.
    /// A class with more attributes has its further values in one array sized by
    /// <see cref="PyType"/>'s size hint from the start.
    /// </summary>
    public const int InlineCapacity = 2;

    [InlineArray(InlineCapacity)]
    private struct InlineValues
    {
        private PyValue _first;
    }

    /// <summary>
    /// What few instances need, held apart so that the others do not pay a field for each: the overflow values
    /// once the instance has a materialized <c>__dict__</c> or has been finalized, the dict, the flag, and the weak
    /// references to the instance (so an instance that has none pays nothing for them).
    /// </summary>
    private sealed class RareState
    {
        public PyValue[]? Overflow;
        public PyDict? Dict;
        public bool Finalized;
        public WeakRefList? WeakRefs;
    }

    // Always a shape of the class's trees (RootShape's or DictModeRootShape's): its Owner is the instance's type.
    private InstanceShape _shape;
    private InlineValues _inline;
    // Null; the overflow values (InlineCapacity and up: only once an instance of the class has had that many
    // attributes); or a RareState. One field for the three keeps a small instance at 72 bytes instead of 88
    // (the overflow array, the dict and the finalized flag had a field each).
    private object? _extra;

    /// <summary>An instance of <paramref name="type"/> (the type is referenced).</summary>
    public PyInstance(PyType type)
    {
        PyValue.From(type).IncRef();
        _shape = type.RootShape;
        if (type.InstanceSizeHint > InlineCapacity) _extra = new PyValue[type.InstanceSizeHint - InlineCapacity];
    }

    /// <summary>The values past the inline ones, wherever <see cref="_extra"/> keeps them.</summary>
    private PyValue[]? Overflow
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            var extra = _extra;
            return extra as PyValue[] ?? Unsafe.As<RareState>(extra)?.Overflow;
        }
        set
        {
            if (_extra is RareState rare) rare.Overflow = value;
            else _extra = value;
        }
    }

    /// <summary>The materialized <c>__dict__</c>, if any.</summary>
    private PyDict? Dict => (_extra as RareState)?.Dict;

    /// <summary>The rare state, made on first use (it takes the overflow values over).</summary>
    private RareState Rare()
    {
        if (_extra is RareState rare) return rare;
        rare = new RareState { Overflow = (PyValue[]?)_extra };
        _extra = rare;
        return rare;
    }

    /// <inheritdoc/>
    public override PyType Type => _shape.Owner!;

    // The type without the virtual call (PyBaseException derives from this class).
    private PyType InstanceType
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _shape.Owner!;
    }

    /// <summary>The current layout (null once the attributes live in a materialized <c>__dict__</c>).</summary>
    public InstanceShape? Shape => Dict == null ? _shape : null;

    /// <summary>
    /// The layout field itself, for inline caches: the same as <see cref="Shape"/> for an instance without a
    /// materialized <c>__dict__</c>, and a shape no cache entry holds for one with it (one load instead of two).
    /// </summary>
    internal InstanceShape GuardShape
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _shape;
    }

    /// <summary>False for object() and for classes whose every level declares __slots__: attributes are limited to the slots.</summary>
    public bool HasDict => InstanceType.IsHeapType ? InstanceType.HasInstanceDict : this is PyBaseException;

    /// <summary>The storage of the value at <paramref name="index"/> of the layout, which the storage has room for.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref PyValue Slot(int index)
    {
        if ((uint)index < InlineCapacity) return ref Unsafe.Add(ref Unsafe.As<InlineValues, PyValue>(ref _inline), index);
        return ref Overflow![index - InlineCapacity];
    }

    /// <summary>Makes room for the value at <paramref name="index"/> (the next one the layout adds).</summary>
    private void EnsureRoom(int index)
    {
        int needed = index - InlineCapacity + 1;
        if (needed <= 0) return;
        var overflow = Overflow;
        int length = overflow?.Length ?? 0;
        if (needed <= length) return;
        Array.Resize(ref overflow, Math.Max(needed, Math.Max(4, length * 2)));
        Overflow = overflow;
    }

    /// <summary>The attribute at <paramref name="index"/> of <see cref="Shape"/> (borrowed): the inline-cache read.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyValue ValueAt(int index) => Slot(index);

    /// <summary>Replaces the attribute at <paramref name="index"/> of <see cref="Shape"/> (value borrowed): the inline-cache store.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void ReplaceAt(int index, PyValue value)
    {
        value.IncRef();
        ref var slot = ref Slot(index);
        var old = slot;
        slot = value;
        old.DecRef();
    }

    /// <summary>
    /// Adds an attribute that <see cref="Shape"/> lacks, <paramref name="next"/> being the shape with it at
    /// <paramref name="index"/> (value borrowed): the inline-cache store that grows the layout.
    /// </summary>
    internal void AppendAt(InstanceShape next, int index, PyValue value)
    {
        value.IncRef();
        EnsureRoom(index);
        Slot(index) = value;
        _shape = next;
        if (next.Count > InstanceType.InstanceSizeHint) InstanceType.InstanceSizeHint = next.Count;
    }

    /// <summary>
    /// An attribute stored on the instance itself as a new reference, or false. Without a GIL
    /// (<see cref="FreeThreading"/>) it is read and counted under the instance's lock, and, once the attributes
    /// live in a materialized <c>__dict__</c>, under that dict's lock too: a store through <c>obj.__dict__</c>
    /// takes the dict's lock alone, and must not release the value between the read and the count.
    /// </summary>
    public bool TryGetStoredNewRef(string name, out PyValue value)
    {
        using var section = FreeThreading.Lock(this);
        using var dictSection = FreeThreading.Lock(Dict);
        if (!TryGetStored(name, out value)) return false;
        value.IncRef();
        return true;
    }

    /// <summary>An attribute stored on the instance itself (borrowed), or false.</summary>
    public bool TryGetStored(string name, out PyValue value)
    {
        if (Dict is PyDict dict && !IsSlot(name))
        {
            var key = PyValue.Str(name);
            bool found = dict.TryGet(null, key, out value);
            key.DecRef();
            return found;
        }
        int i = _shape.IndexOf(name);
        if (i >= 0) { value = Slot(i); return true; }
        value = default;
        return false;
    }

    /// <summary>Stores an attribute on the instance (value borrowed).</summary>
    public void SetStored(string name, PyValue value)
    {
        using var section = FreeThreading.Lock(this);
        if (Dict is PyDict dict && !IsSlot(name))
        {
            var key = PyValue.Str(name);
            dict.Set(null, key, value);
            key.DecRef();
            return;
        }
        value.IncRef();
        int i = _shape.IndexOf(name);
        if (i >= 0)
        {
            ref var slot = ref Slot(i);
            var old = slot;
            slot = value;
            old.DecRef();
            return;
        }
        i = _shape.Count;
        _shape = _shape.With(name);
        EnsureRoom(i);
        Slot(i) = value;
        if (_shape.Count > InstanceType.InstanceSizeHint) InstanceType.InstanceSizeHint = _shape.Count;
    }

    /// <summary>Removes an attribute stored on the instance; false when it has none of that name.</summary>
    public bool RemoveStored(string name)
    {
        using var section = FreeThreading.Lock(this);
        PyValue old;
        if (Dict is PyDict dict && !IsSlot(name))
        {
            var key = PyValue.Str(name);
            bool found = dict.Remove(null, key, out old);
            key.DecRef();
            if (!found) return false;
        }
        else
        {
            int i = _shape.IndexOf(name);
            if (i < 0) return false;
            old = Slot(i);
            int count = _shape.Count;
            for (int j = i; j < count - 1; j++) Slot(j) = Slot(j + 1);
            Slot(count - 1) = default;
            _shape = _shape.Without(i);
        }
        old.DecRef();
        return true;
    }

    /// <summary>The instance's <c>__dict__</c> (borrowed), materialized from the shared layout on first use; null when the class has no __dict__.</summary>
    public PyDict? MaterializeDict(ThreadState? ts)
    {
        using var section = FreeThreading.Lock(this);   // the store of the dict may move the overflow values
        if (Dict is PyDict existing) return existing;
        if (!HasDict) return null;
        // Slots stay in the values (they are descriptors on the class, not dict entries), laid out by a shape
        // of the dict-mode tree, which no inline cache holds (see GuardShape).
        var d = new PyDict();
        var shape = InstanceType.DictModeRootShape;
        int kept = 0;
        for (int i = 0; i < _shape.Count; i++)
        {
            string name = _shape.Names[i];
            if (IsSlot(name))
            {
                shape = shape.With(name);
                Slot(kept++) = Slot(i);
                continue;
            }
            var key = PyValue.Str(name);
            var value = Slot(i);
            d.Set(ts, key, value);
            key.DecRef();
            value.DecRef();
        }
        for (int i = kept; i < _shape.Count; i++) Slot(i) = default;
        _shape = shape;
        Rare().Dict = d;
        return d;
    }

    /// <summary>
    /// <c>obj.__dict__ = d</c> (or a fresh empty dict, for <c>del obj.__dict__</c>): <paramref name="dict"/> becomes the
    /// instance's namespace itself, so later stores through the instance show in it and stores into it show as
    /// attributes (as CPython's subtype_setdict). The attributes the instance had go with the old namespace; slots stay.
    /// </summary>
    internal void ReplaceDict(ThreadState ts, PyDict dict)
    {
        MaterializeDict(ts);
        using var section = FreeThreading.Lock(this);
        var rare = Rare();
        var old = rare.Dict!;
        PyValue.From(dict).IncRef();
        rare.Dict = dict;
        PyValue.From(old).DecRef();
    }

    /// <summary>
    /// Gives the instance the class <paramref name="newType"/>, whose instances <see cref="ClassAssignment"/> has found
    /// to have this one's layout. The values stay where they are; the shape is the one of the new class's tree that
    /// names the same attributes in the same order, since a shape names its class and the inline caches guard by shape.
    /// </summary>
    internal void ChangeClass(PyType newType)
    {
        var oldType = InstanceType;
        PyValue.From(newType).IncRef();
        using (FreeThreading.Lock(this))
        {
            var shape = LaidOutIn(newType);
            _shape = shape;
            if (shape.Count > newType.InstanceSizeHint) newType.InstanceSizeHint = shape.Count;
        }
        PyValue.From(oldType).DecRef();
    }

    // The shape of newType's tree (the dict-mode tree once the attributes live in a materialized __dict__) with this
    // instance's names in its order.
    private InstanceShape LaidOutIn(PyType newType)
    {
        var shape = Dict != null ? newType.DictModeRootShape : newType.RootShape;
        foreach (var name in _shape.Names) shape = shape.With(name);
        return shape;
    }

    private bool IsSlot(string name) => InstanceType.SlotNames is { Count: > 0 } slots && slots.Contains(name);

    /// <summary>The names of the attributes stored on the instance, in order.</summary>
    public IEnumerable<string> StoredNames()
    {
        foreach (var n in _shape.Names) yield return n;
        if (Dict is not PyDict dict) yield break;
        foreach (var (k, _) in dict.Table.Entries())
            if (k.Obj is PyStr s) yield return s.Value;
    }

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => AttributeLookup.GetInstanceAttr(ts, this, name);

    /// <inheritdoc/>
    public override void SetAttr(ThreadState ts, string name, PyValue value) => AttributeLookup.SetInstanceAttr(ts, this, name, value);

    /// <inheritdoc/>
    public override void DelAttr(ThreadState ts, string name) => AttributeLookup.DelInstanceAttr(ts, this, name);

    /// <summary>True once the class's __del__ ran on this object (it runs once: PEP 442); gc.is_finalized reads it.</summary>
    internal bool Finalized => _extra is RareState { Finalized: true };

    /// <summary>
    /// PEP 442: a class's __del__ runs once per object, when its count first reaches zero, on the object brought
    /// back to a count of one for the call; an exception it raises is reported as unraisable. With no thread state
    /// on this OS thread there is no Python to run it with, and the object is released without it.
    /// </summary>
    /// <returns>True when the finalizer kept the object alive (stored a reference to it), so it is not released now.</returns>
    internal bool RunFinalizer() => InstanceType.Finalizer() is PyValue del && !Finalized && RunFinalizer(del);

    /// <inheritdoc/>
    internal override bool SupportsWeakRefs => InstanceType.IsHeapType && InstanceType.HasInstanceWeakRefs;

    /// <inheritdoc/>
    internal override WeakRefList? WeakRefs
    {
        get => (_extra as RareState)?.WeakRefs;
        set => Rare().WeakRefs = value;
    }

    private bool RunFinalizer(PyValue del)
    {
        if (ThreadState.Running is not ThreadState ts) return false;
        Rare().Finalized = true;
        RefCount = 1;
        CallFinalizer(ts, del);
        // Anything __del__ stored a reference in keeps the object: it is released when that reference goes.
        return --RefCount != 0;
    }

    /// <summary>
    /// Runs the finalizer (the class's __del__) on a live object, once, as CPython's garbage collector does for the
    /// objects it is about to free; when the count later reaches zero it does not run again (PEP 442).
    /// </summary>
    internal void RunFinalizerWhileAlive()
    {
        if (Finalized || InstanceType.Finalizer() is not PyValue del || ThreadState.Running is not ThreadState ts) return;
        Rare().Finalized = true;
        PyValue.From(this).IncRef();   // the call's own reference: __del__ may drop the last other one
        try { CallFinalizer(ts, del); }
        finally { PyValue.From(this).DecRef(); }
    }

    // __del__(self); an exception it raises is reported as CPython's unraisable hook does and goes no further.
    private void CallFinalizer(ThreadState ts, PyValue del)
    {
        try { Ops.Call(ts, del, new[] { PyValue.From(this) }, null).DecRef(); }
        catch (PyException e)
        {
            ts.Interp.NoteReportedException();
            ts.Interp.Stderr.Write($"Exception ignored in: {Ops.ReprOf(ts, del)}\n{e.FormatTraceback(ts)}");
            e.Value.DecRef();
        }
    }

    /// <inheritdoc/>
    public override void Dealloc()
    {
        // subtype_dealloc clears the weak references after __del__ (which still saw them alive) and before the
        // attributes go; the callbacks find them dead. An instance that never had one has no RareState for them.
        if (_extra is RareState { WeakRefs: WeakRefList refs }) refs.ReleaseReferent();
        // The values are taken out before any is released: a release can run Python code (__del__) that
        // stores into this instance again, and what it stores is not one of the values released here.
        var inline = _inline;
        var overflow = Overflow;
        int count = _shape.Count;
        _inline = default;
        Overflow = null;
        _shape = InstanceType.RootShape;
        for (int i = 0; i < count; i++) (i < InlineCapacity ? inline[i] : overflow![i - InlineCapacity]).DecRefFromDealloc();
        // The rare state itself stays: its Finalized flag is the object's for good.
        if (_extra is RareState { Dict: PyDict d } rare)
        {
            rare.Dict = null;
            PyValue.From(d).DecRefFromDealloc();
        }
        PyValue.From(InstanceType).DecRefFromDealloc();
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) =>
        InstanceType.Module == "builtins" ? $"<{InstanceType.Name} object at 0x{ObjectId.Of(this):x}>" : $"<{InstanceType.Module}.{InstanceType.QualName} object at 0x{ObjectId.Of(this):x}>";
}
