using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// A module's globals as a live dict, as CPython's module <c>__dict__</c> is: made when first asked for, then
/// kept equal to the module's global slots both ways. Generated code reads and writes the slots, so a store to
/// a slot is written to the dict (<see cref="SlotStored"/>) and a write through the dict is written to the slot
/// (<see cref="TableStored"/>, called by the dict's table). Each side writes the other without notifying back.
/// </summary>
public sealed class ModuleNamespace
{
    private readonly PyModule _module;

    /// <summary>The module whose globals these are.</summary>
    public PyModule Module => _module;

    /// <summary>The dict: a plain dict to Python code (type dict, every dict method).</summary>
    public PyDict Dict { get; }

    private ModuleNamespace(PyModule module)
    {
        _module = module;
        Dict = new PyDict();
    }

    /// <summary>
    /// The namespace of <paramref name="module"/>, filled with its bound globals; <paramref name="slots"/> are all
    /// of its slots, each of which now mirrors its stores into the dict. Called once, under the module's name lock.
    /// </summary>
    internal static ModuleNamespace Attach(PyModule module, IEnumerable<GlobalSlot> slots)
    {
        var ns = new ModuleNamespace(module);
        ns.Dict.MakeImmortal();
        foreach (var slot in slots)
        {
            // Under the slot's lock without a GIL: a store from another thread lands either before the copy
            // (and is copied) or after the mirror is set (and is written through).
            using (FreeThreading.Lock(slot))
            {
                if (!slot.Value.IsUnbound) ns.SetUnobserved(slot.Name, slot.Value);
                slot.Mirror = ns;
            }
        }
        ns.Dict.Table.Namespace = ns;
        return ns;
    }

    /// <summary>The slot <paramref name="slot"/> was bound to <paramref name="value"/> (Unbound: deleted).</summary>
    internal void SlotStored(GlobalSlot slot, PyValue value)
    {
        if (value.IsUnbound)
        {
            var key = PyValue.Str(slot.Name);
            bool removed;
            PyValue storedKey, old;
            using (FreeThreading.Lock(Dict)) removed = Dict.Table.RemoveUnobserved(key, out storedKey, out old);
            key.DecRef();
            if (removed) { storedKey.DecRef(); old.DecRef(); }
            return;
        }
        SetUnobserved(slot.Name, value);
    }

    // d[name] = value (borrowed) in the dict alone.
    private void SetUnobserved(string name, PyValue value)
    {
        var key = PyValue.Str(name);
        value.IncRef();
        bool replaced;
        PyValue previous;
        using (FreeThreading.Lock(Dict)) replaced = Dict.Table.SetUnobserved(key, value, out previous);
        // The dict keeps the key it had when replacing (as CPython does) and took this one when inserting.
        if (replaced) { key.DecRef(); previous.DecRef(); }
    }

    /// <summary>The dict's table stored <paramref name="value"/> (borrowed) under <paramref name="key"/>: bind the global.</summary>
    internal void TableStored(PyValue key, PyValue value)
    {
        // A key that is not a str is allowed in a module's dict (CPython too) but names no variable.
        if (key.Obj is not PyStr name) return;
        value.IncRef();
        _module.Slot(name.Value).ExchangeUnmirrored(value).DecRef();
    }

    /// <summary>The dict's table removed <paramref name="key"/>: unbind the global.</summary>
    internal void TableRemoved(PyValue key)
    {
        if (key.Obj is PyStr name && _module.FindSlot(name.Value) is GlobalSlot slot) slot.ExchangeUnmirrored(PyValue.Unbound).DecRef();
    }

    /// <summary>The dict was cleared: unbind every global.</summary>
    internal void TableCleared()
    {
        foreach (var slot in new List<GlobalSlot>(_module.BoundSlots())) slot.ExchangeUnmirrored(PyValue.Unbound).DecRef();
    }
}
