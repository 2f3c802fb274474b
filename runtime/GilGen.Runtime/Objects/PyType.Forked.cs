using System.Collections.Generic;

namespace GilGen.Runtime;

// A class copied into a process started by fork (Interpreters/ForkSnapshot.cs): the class statement already ran in
// the parent, so the copy gets its namespace as it is now, and no __set_name__ or __init_subclass__ runs again.
public sealed partial class PyType
{
    /// <summary>An empty heap class over <paramref name="bases"/> (borrowed) for the fork copy of a class; new reference. Its namespace comes next (<see cref="FillForkedNamespace"/>), after the class is in the copy's memo, since its methods may refer to it.</summary>
    internal static PyType CreateForkedHeapType(string name, string qualName, string module, PyType[] bases)
    {
        var mro = C3.Linearize(name, bases);
        var type = new PyType(name, bases, mro) { Module = module, QualName = qualName };
        type.Constructor = null;
        return type;
    }

    /// <summary>Sets the namespace of a class made by <see cref="CreateForkedHeapType"/> (takes the references) and its slots.</summary>
    internal void FillForkedNamespace(ThreadState ts, List<(string Name, PyValue Value)> ns)
    {
        foreach (var (name, value) in ns)
        {
            if (Dict.Remove(name, out var old)) old.DecRef();
            Dict[name] = value;
        }
        SetUpSlots(ts);
        Modified();
    }
}
