using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>The <c>_weakrefset</c> module: <c>WeakSet</c>, for asynchronous generators only (<see cref="PyWeakSet"/>).</summary>
public static class WeakRefSetModule
{
    /// <summary>Builds the module (once per interpreter, by the module registry).</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("_weakrefset");
        m.SetGlobal("WeakSet", PyValue.From(PyWeakSet.TypeObject));
        return m;
    }

#pragma warning disable CA2255 // ModuleInitializer in a library: intended, it only fills a name table
    [ModuleInitializer]
    internal static void Register() => ModuleRegistry.RegisterBuiltinModule("_weakrefset", Create);
#pragma warning restore CA2255
}
