using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>Makes <c>_thread</c> and <c>time</c> importable in every interpreter (<c>threading</c> is Lib/threading.py).</summary>
internal static class ThreadingModuleRegistration
{
    // A module initializer, because these modules must be importable before any of their types is touched
    // (import is by name), and the registry's own table belongs to the object runtime.
#pragma warning disable CA2255 // ModuleInitializer in a library: intended, it only fills a name table
    [ModuleInitializer]
    internal static void Register()
    {
        ModuleRegistry.RegisterBuiltinModule("_thread", ThreadModule.Create);
        ModuleRegistry.RegisterBuiltinModule("time", TimeModule.Create);
    }
#pragma warning restore CA2255
}
