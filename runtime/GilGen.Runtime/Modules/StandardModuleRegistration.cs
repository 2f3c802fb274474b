using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>Makes the standard library modules written in C# (random, collections, itertools, ...) importable.</summary>
internal static class StandardModuleRegistration
{
    // A module initializer, as for threading: import is by name, before any of these types is touched.
#pragma warning disable CA2255 // ModuleInitializer in a library: intended, it only fills a name table
    [ModuleInitializer]
    internal static void Register()
    {
        ModuleRegistry.RegisterBuiltinModule("random", RandomModule.Create);
        ModuleRegistry.RegisterBuiltinModule("itertools", ItertoolsModule.Create);
        ModuleRegistry.RegisterBuiltinModule("operator", OperatorModule.Create);
        ModuleRegistry.RegisterBuiltinModule("heapq", HeapqModule.Create);
        ModuleRegistry.RegisterBuiltinModule("bisect", BisectModule.Create);
        ModuleRegistry.RegisterBuiltinModule("_functools", FunctoolsModule.Create);
        ModuleRegistry.RegisterBuiltinModule("_collections", CollectionsModule.Create);
        ModuleRegistry.RegisterBuiltinModule("collections.abc", CollectionsAbcModule.Create);
        ModuleRegistry.RegisterBuiltinModule("dataclasses", DataclassesModule.Create);
        ModuleRegistry.RegisterBuiltinModule("array", ArrayModule.Create);
        ModuleRegistry.RegisterBuiltinModule("copy", CopyModule.Create);
        ModuleRegistry.RegisterBuiltinModule("_string", StringModule.Create);
        ModuleRegistry.RegisterBuiltinModule("io", IoModule.Create);
        ModuleRegistry.RegisterBuiltinModule("__future__", FutureModule.Create);
        ModuleRegistry.RegisterBuiltinModule("_traceback", TracebackSupportModule.Create);
        ModuleRegistry.RegisterBuiltinModule("abc", AbcModule.Create);
        ModuleRegistry.RegisterBuiltinModule("enum", EnumModule.Create);
        ModuleRegistry.RegisterBuiltinModule("atexit", AtexitModule.Create);
        ModuleRegistry.RegisterBuiltinModule("re", ReModule.Create);
        ModuleRegistry.RegisterBuiltinModule("gc", GcModule.Create);
    }
#pragma warning restore CA2255
}
