using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// The <c>_queue</c> module: what CPython writes in C under <c>queue</c> (<c>SimpleQueue</c> and <c>Empty</c>).
/// <c>queue</c> itself is Lib/queue.py, written in Python over threading (docs/architecture/design.md §5).
/// </summary>
public static class QueueModule
{
    /// <summary><c>_queue.Empty</c> (re-exported as <c>queue.Empty</c>): raised by a get that found nothing.</summary>
    public static readonly PyType EmptyType = new("Empty", ExceptionTypes.Exception) { Module = "_queue" };

    /// <summary>Builds the module (once per interpreter, by the module registry).</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("_queue");
        m.SetGlobal("SimpleQueue", PyValue.From(PySimpleQueue.SimpleQueueType));
        m.SetGlobal("Empty", PyValue.From(EmptyType));
        return m;
    }

    // A module initializer, as for the other builtin modules: import is by name.
#pragma warning disable CA2255 // ModuleInitializer in a library: intended, it only fills a name table
    [ModuleInitializer]
    internal static void Register() => ModuleRegistry.RegisterBuiltinModule("_queue", Create);
#pragma warning restore CA2255
}
