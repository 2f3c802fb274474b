using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// <c>pickle</c>'s exceptions, which copying values to another process raises (<see cref="CrossInterpreterCopy"/>):
/// GilGen copies objects between interpreters without a byte stream, so <c>dumps</c>/<c>loads</c> and the
/// Pickler classes are not there yet and say so.
/// </summary>
public static class PickleModule
{
    /// <summary><c>pickle.PickleError</c>.</summary>
    public static readonly PyType PickleErrorType = new("PickleError", ExceptionTypes.Exception) { Module = "_pickle" };

    /// <summary><c>pickle.PicklingError</c>: an object that cannot be pickled (a lambda, a function not found under its name).</summary>
    public static readonly PyType PicklingErrorType = new("PicklingError", PickleErrorType) { Module = "_pickle" };

    /// <summary><c>pickle.UnpicklingError</c>.</summary>
    public static readonly PyType UnpicklingErrorType = new("UnpicklingError", PickleErrorType) { Module = "_pickle" };

    /// <summary>Builds the module (once per interpreter).</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("pickle");
        m.SetGlobal("PickleError", PyValue.From(PickleErrorType));
        m.SetGlobal("PicklingError", PyValue.From(PicklingErrorType));
        m.SetGlobal("UnpicklingError", PyValue.From(UnpicklingErrorType));
        m.SetGlobal("HIGHEST_PROTOCOL", PyValue.Int(5));
        m.SetGlobal("DEFAULT_PROTOCOL", PyValue.Int(5));
        foreach (var name in new[] { "dumps", "loads", "dump", "load" })
            m.AddFunction(name, (t, a, kw) => throw PyErr.NotImplementedError(
                $"GilGen does not support pickle.{name} yet (objects are copied to worker processes without pickle's byte stream)"));
        return m;
    }

    // A module initializer, as for the other builtin modules: import is by name.
#pragma warning disable CA2255 // ModuleInitializer in a library: intended, it only fills a name table
    [ModuleInitializer]
    internal static void Register() => ModuleRegistry.RegisterBuiltinModule("pickle", Create);
#pragma warning restore CA2255
}
