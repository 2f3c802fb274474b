using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

public static partial class Ops
{
    /// <summary>LOAD_GLOBAL: the module's slot, then builtins, else NameError. New reference.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue LoadGlobal(ThreadState ts, GlobalSlot slot)
    {
        if (FreeThreading.Enabled) return LoadGlobalLocked(slot);
        var v = slot.Value;
        if (v.IsUnbound)
        {
            // A builtin: its slot in the builtins module, once the first load has found it.
            if (slot.Builtin is not GlobalSlot builtin || builtin.Value.IsUnbound) return LoadBuiltin(slot);
            v = builtin.Value;
        }
        v.IncRef();
        return v;
    }

    // LOAD_GLOBAL without a GIL: the value is read whole and counted under the slot's lock, so that a store
    // from another thread can neither tear it nor release it before it is counted (3.13t's dict lock).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue LoadGlobalLocked(GlobalSlot slot)
    {
        lock (slot)
        {
            var v = slot.Value;
            if (!v.IsUnbound) return v.NewRef();
        }
        if (slot.Builtin is not GlobalSlot builtin) return LoadBuiltin(slot);
        lock (builtin)
        {
            var v = builtin.Value;
            if (!v.IsUnbound) return v.NewRef();
        }
        return LoadBuiltin(slot);
    }

    /// <summary>LOAD_NAME at module level: same as LOAD_GLOBAL.</summary>
    public static PyValue LoadName(ThreadState ts, GlobalSlot slot) => LoadGlobal(ts, slot);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue LoadBuiltin(GlobalSlot slot)
    {
        var builtin = slot.Builtin ??= BuiltinsModule.Instance.FindSlot(slot.Name);
        var v = builtin is null ? PyValue.Unbound : builtin.Value;
        if (v.IsUnbound) throw PyErr.NameNotDefined(slot.Name);
        return v.NewRef();
    }

    /// <summary>STORE_GLOBAL / STORE_NAME: steals <paramref name="v"/> and DecRefs the old value.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void StoreGlobal(GlobalSlot slot, PyValue v)
    {
        PyValue old;
        if (FreeThreading.Enabled)
        {
            lock (slot) { old = slot.Value; slot.Value = v; }
        }
        else
        {
            old = slot.Value;
            slot.Value = v;
        }
        old.DecRef();
    }

    /// <summary>SETUP_ANNOTATIONS in a module: <c>__annotations__</c> becomes a new dict unless it is already bound.</summary>
    public static void SetupAnnotations(ThreadState ts, GlobalSlot slot)
    {
        if (slot.Value.IsUnbound) slot.Value = PyValue.From(new PyDict());
    }

    /// <summary>DELETE_GLOBAL / DELETE_NAME: NameError when unbound.</summary>
    public static void DeleteGlobal(ThreadState ts, GlobalSlot slot)
    {
        var old = slot.Exchange(PyValue.Unbound);
        if (old.IsUnbound) throw PyErr.NameNotDefined(slot.Name);
        old.DecRef();
    }

    /// <summary>Throws UnboundLocalError for a local read before assignment.</summary>
    public static PyException RaiseUnboundLocal(ThreadState ts, string name) =>
        throw PyErr.UnboundLocalError($"cannot access local variable '{name}' where it is not associated with a value");

    /// <summary>Throws NameError for a free variable read before its cell is filled.</summary>
    public static PyException RaiseUnboundFree(ThreadState ts, string name) =>
        throw PyErr.NameError($"cannot access free variable '{name}' where it is not associated with a value in enclosing scope");
}
