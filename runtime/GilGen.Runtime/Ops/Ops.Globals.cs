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
    public static PyValue LoadGlobal(ThreadState ts, GlobalSlot slot) => LoadGlobalIn(slot, moduleLevel: false);

    /// <summary>LOAD_NAME at module level: LOAD_GLOBAL, except that locals, vars and dir are the module's.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyValue LoadName(ThreadState ts, GlobalSlot slot) => LoadGlobalIn(slot, moduleLevel: true);

    // moduleLevel is a constant at each caller, so each inlined copy keeps only its own slow-path call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyValue LoadGlobalIn(GlobalSlot slot, bool moduleLevel)
    {
        if (FreeThreading.Enabled) return LoadGlobalLocked(slot, moduleLevel);
        var v = slot.Value;
        if (v.IsUnbound)
        {
            // A builtin: its slot in the builtins module, once the first load has found it.
            if (slot.Builtin is not GlobalSlot builtin || builtin.Value.IsUnbound) return LoadBuiltin(slot, moduleLevel);
            v = builtin.Value;
        }
        v.IncRef();
        return v;
    }

    // LOAD_GLOBAL without a GIL: the value is read whole and counted under the slot's lock, so that a store
    // from another thread can neither tear it nor release it before it is counted (3.13t's dict lock).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue LoadGlobalLocked(GlobalSlot slot, bool moduleLevel)
    {
        lock (slot)
        {
            var v = slot.Value;
            if (!v.IsUnbound) return v.NewRef();
        }
        if (slot.Builtin is not GlobalSlot builtin) return LoadBuiltin(slot, moduleLevel);
        lock (builtin)
        {
            var v = builtin.Value;
            if (!v.IsUnbound) return v.NewRef();
        }
        return LoadBuiltin(slot, moduleLevel);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyValue LoadBuiltin(GlobalSlot slot, bool moduleLevel)
    {
        // globals, locals, vars and dir answer for the code that names them: never cached in slot.Builtin, so
        // each load comes here and gets the module's own (the module-level one for LOAD_NAME).
        if (ScopeBuiltins.Resolve(slot, moduleLevel) is PyValue scoped) return scoped;
        var builtin = slot.Builtin ??= (slot.Module?.Builtins ?? BuiltinsModule.Instance).FindSlot(slot.Name);
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
        // Once the module's __dict__ exists, it sees the store too.
        if (slot.Mirror is ModuleNamespace ns) ns.SlotStored(slot, v);
        old.DecRef();
    }

    /// <summary>SETUP_ANNOTATIONS in a module: <c>__annotations__</c> becomes a new dict unless it is already bound.</summary>
    public static void SetupAnnotations(ThreadState ts, GlobalSlot slot)
    {
        if (slot.Value.IsUnbound) slot.Exchange(PyValue.From(new PyDict())).DecRef();
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
