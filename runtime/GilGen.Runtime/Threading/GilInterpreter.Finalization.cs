using GilGen.Runtime;
using ThreadState = GilGen.Runtime.ThreadState;

namespace GilGen;

// Interpreter exit: what CPython 3.12's finalization does to the __main__ module's globals.
public sealed partial class GilInterpreter
{
    /// <summary>
    /// Releases the globals of <c>__main__</c> as CPython 3.12's exit does (after the program's threads were joined
    /// and the atexit callbacks ran): first the finalizers (<c>__del__</c>) of the objects the globals name run, in
    /// the globals' order, while every global is still bound; then the globals are released in that order, so an
    /// object only a container holds (a list, a tuple, an instance's attribute) is finalized as its container goes,
    /// a list's and a tuple's items last first. CPython keeps every global bound until then (its collector frees
    /// the module's objects as one garbage set); GilGen unbinds the globals one by one, the modules, classes and
    /// functions last so that a finalizer still finds them, but a finalizer that reads another data global released
    /// before it fails with NameError (reported as "Exception ignored in"). Cycles are not collected (GilGen has no
    /// cycle collector): an object in a cycle is finalized by the first pass when a global names it, never
    /// otherwise. The order is the order of the module's global names as the compiler numbered them (first
    /// mention); CPython's is the dict's insertion order (a global deleted and bound again moves to the end).
    /// <c>gilgen run</c> calls this when the program ends; a C# host's <c>Run()</c> of a <c>[GilModule]</c> does
    /// not, because the host reads the module's globals after it ran (docs/language-support.md). Nothing is
    /// released while a daemon thread still runs.
    /// </summary>
    public void FinalizeMainModule()
    {
        if (Modules.Find("__main__") is not PyModule main) return;
        // CPython stops daemon threads before it finalizes (they hang when they next take the GIL); GilGen cannot
        // stop one, and it would meet the globals gone, so with another thread still running nothing is released.
        if (ThreadStates().Count > 1) return;
        var ts = Ensure();
        try
        {
            // A list without LINQ: hello world loads nothing of System.Linq otherwise.
            var slots = new System.Collections.Generic.List<GlobalSlot>(main.BoundSlots());
            foreach (var slot in slots)
                if (slot.Value.Obj is PyInstance o && !o.IsImmortal) o.RunFinalizerWhileAlive();   // only instances have __del__
            foreach (var slot in slots) if (!IsDefinition(slot.Value)) Unbind(slot);
            foreach (var slot in slots) if (!slot.Value.IsUnbound) Unbind(slot);
        }
        finally
        {
            Release(ts);
        }
    }

    // What a finalizer calls or imports: released after the data.
    private static bool IsDefinition(PyValue v) => v.Obj is PyModule or PyType or PyFunction or PyBuiltinFunction;

    private static void Unbind(GlobalSlot slot)
    {
        // Through Exchange, so that the module's __dict__ (if made) lets go of the value too.
        slot.Exchange(PyValue.Unbound).DecRef();
    }
}
