using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Collections.Concurrent;

namespace GilGen.Runtime;

/// <summary>
/// An interpreter's sys.modules: builtin modules made on first import (once per interpreter) and modules
/// compiled from Python, found by name once registered.
/// </summary>
public sealed class ModuleRegistry
{
    private static readonly ConcurrentDictionary<string, Func<ThreadState, PyModule>> BuiltinFactories = new()
    {
        ["sys"] = SysModule.Create,
        ["dis"] = DisModule.Create,
        ["math"] = MathModule.Create,
        ["os"] = OsModule.Create,
        ["posixpath"] = PosixPathModule.Create,
        // os.path is posixpath, one module under two names: importing os enters it as os.path.
        ["os.path"] = ts => ts.Interp.Modules.Import(ts, "posixpath"),
        ["builtins"] = ts => ts.Interp.Modules.Builtins,
    };

    /// <summary>Makes a builtin module importable in every interpreter (threading, time, ... register here).</summary>
    public static void RegisterBuiltinModule(string name, Func<ThreadState, PyModule> factory) => BuiltinFactories[name] = factory;

    // The runtime's modules written in Python (Lib/*.py, compiled into this assembly by GilGen's generator):
    // run like a user's compiled module on first import in each interpreter. docs/architecture/design.md §5.
    // Made on first use: a definition's static constructor builds all its code objects and constants, and doing
    // that for every library module at start-up was half of the CPU time of a cached `gilgen run` of hello world.
    private static readonly ConcurrentDictionary<string, Lazy<ModuleDefinition>> LibraryDefinitions = new();

    /// <summary>
    /// Makes a module written in Python and compiled into the runtime importable in every interpreter as
    /// <paramref name="name"/>; <paramref name="definition"/> is called on its first import (or lookup).
    /// </summary>
    public static void RegisterLibraryModule(string name, Func<ModuleDefinition> definition) =>
        LibraryDefinitions[name] = new Lazy<ModuleDefinition>(() =>
        {
            ModuleDefinition made = definition();
            if (made.Name != name)
                throw new InvalidOperationException($"GilGen bug: the library module registered as '{name}' is named '{made.Name}' (Lib/LibraryModules.cs)");
            return made;
        });

    // The program's modules compiled into its assemblies (a C# project's .py files, registered by the code the generator
    // writes for each): found by name after the registered definitions, before the runtime's library modules.
    private static readonly ConcurrentDictionary<string, Lazy<ModuleDefinition>> ProgramDefinitions = new();

    /// <summary>
    /// Registers one of the program's modules compiled into an assembly (a .py file of a C# project: the source
    /// generator's code calls this from a module initializer), so that the program's other modules import it by name.
    /// The definition is made on the first import.
    /// </summary>
    public static void RegisterProgramModule(string name, Func<ModuleDefinition> definition) =>
        ProgramDefinitions[name] = new Lazy<ModuleDefinition>(definition);

    /// <summary>The names the compiler accepts in <c>import</c> (the shared list in ImportableModules.cs); equal to <see cref="BuiltinModuleNames"/> and <see cref="LibraryModuleNames"/> together.</summary>
    public static IReadOnlyList<string> ImportableModuleNames { get; } = Array.AsReadOnly(ImportableModules.Names);

    /// <summary>
    /// Every module an import compiled now may name: <see cref="ImportableModuleNames"/> and the extension modules
    /// registered so far (<see cref="ExtensionModules"/>). What a compile at run time passes to the compiler
    /// as its known modules (<c>gilgen run</c> does), so that an import that compiles also runs.
    /// </summary>
    public static IReadOnlyList<string> AllImportableModuleNames => ImportableModuleNames.Concat(ExtensionModules.Names.OrderBy(n => n, StringComparer.Ordinal)).ToArray();

    /// <summary>Names of the builtin modules (sys.builtin_module_names).</summary>
    public static IEnumerable<string> BuiltinModuleNames => BuiltinFactories.Keys;

    /// <summary>Names of the runtime's modules written in Python (queue, threading, ...).</summary>
    public static IEnumerable<string> LibraryModuleNames => LibraryDefinitions.Keys;

    private readonly object _gate = new();
    private readonly Dictionary<string, PyModule> _loaded = new();
    // sys.modules as the program sees it: a real dict (isinstance, get, items, in...), kept equal to _loaded by
    // Enter/Forget, so every dict operation behaves as on CPython's. It holds its own reference to each module.
    private readonly PyDict _sysModules = new();
    private readonly Dictionary<string, ModuleDefinition> _definitions = new();
    private readonly Dictionary<ModuleDefinition, PyModule> _byDefinition = new();

    /// <summary>The registry of <paramref name="interp"/>.</summary>
    public ModuleRegistry(GilGen.GilInterpreter interp) => Interpreter = interp;

    /// <summary>The owning interpreter.</summary>
    public GilGen.GilInterpreter Interpreter { get; }

    private PyModule? _builtins;

    /// <summary>
    /// This interpreter's builtins module, which <c>import builtins</c> gives and its modules' names fall back to
    /// (made on first use). Borrowed.
    /// </summary>
    public PyModule Builtins
    {
        get
        {
            if (Volatile.Read(ref _builtins) is PyModule b) return b;
            var made = BuiltinsModule.CopyForInterpreter();
            return Interlocked.CompareExchange(ref _builtins, made, null) ?? made;
        }
    }

    /// <summary>
    /// The dict sys.modules is (borrowed). The registry writes every module it loads into it; a program's own writes
    /// to it do not change what import finds (docs/language-support.md).
    /// </summary>
    public PyDict SysModules => _sysModules;

    // Enters a loaded module under name in both tables; the caller holds _gate.
    private void Enter(string name, PyModule module)
    {
        _loaded[name] = module;
        var key = PyValue.Str(name);
        _sysModules.Set(null, key, PyValue.From(module));
        key.DecRef();
    }

    // Removes name from both tables (a module whose import failed); the caller holds _gate.
    private void Forget(string name)
    {
        _loaded.Remove(name);
        var key = PyValue.Str(name);
        if (_sysModules.Remove(null, key, out var held)) held.DecRef();
        key.DecRef();
    }

    /// <summary>Makes a compiled module importable by its name.</summary>
    public void Register(ModuleDefinition def)
    {
        lock (_gate) _definitions[def.Name] = def;
    }

    /// <summary>The module already made from <paramref name="def"/>, or null.</summary>
    public PyModule? Find(ModuleDefinition def)
    {
        lock (_gate) return _byDefinition.TryGetValue(def, out var m) ? m : null;
    }

    /// <summary>A loaded module by name, or null.</summary>
    public PyModule? Find(string name)
    {
        lock (_gate) return _loaded.TryGetValue(name, out var m) ? m : null;
    }

    /// <summary>Enters <paramref name="module"/> in sys.modules under a second name too (a spawned worker's <c>__main__</c> is its <c>__mp_main__</c>).</summary>
    public void Alias(string name, PyModule module)
    {
        lock (_gate) Enter(name, module);
    }

    /// <summary>The loaded modules with the names sys.modules has them under (a module entered twice comes twice).</summary>
    public IReadOnlyList<(string Name, PyModule Module)> LoadedByName()
    {
        var all = new List<(string, PyModule)>();
        lock (_gate) foreach (var (name, m) in _loaded) all.Add((name, m));
        return all;
    }

    /// <summary>
    /// Enters a module made outside <see cref="Run"/> (a fork child's copy of its parent's module, whose body does not
    /// run again) under <paramref name="name"/>; the registry keeps it alive as it keeps the modules it runs.
    /// </summary>
    public void Adopt(string name, PyModule module)
    {
        lock (_gate)
        {
            Enter(name, module);
            if (module.Definition is ModuleDefinition def)
            {
                _byDefinition[def] = module;
                _definitions.TryAdd(def.Name, def);
            }
        }
    }

    /// <summary>Whether <paramref name="def"/> is one of the runtime's modules written in Python (Lib/), not the program's.</summary>
    public static bool IsLibraryDefinition(ModuleDefinition def) =>
        LibraryDefinitions.TryGetValue(def.Name, out var library) && ReferenceEquals(library.Value, def);

    /// <summary>The loaded modules, for sys.modules.</summary>
    public IReadOnlyList<PyModule> Loaded()
    {
        lock (_gate) return new List<PyModule>(_loaded.Values);
    }

    /// <summary>
    /// import name: the loaded module, else a builtin one made now, else a registered compiled one (the program's,
    /// then the runtime's) run now. A dotted name imports its parent package first and, once loaded, is bound on
    /// it as an attribute (CPython's <c>_find_and_load</c>): <c>import a.b</c> makes <c>a.b</c> reachable from <c>a</c>.
    /// </summary>
    public PyModule Import(ThreadState ts, string name)
    {
        lock (_gate) if (_loaded.TryGetValue(name, out var m)) return m;
        int dot = name.LastIndexOf('.');
        PyModule? parent = dot < 0 ? null : Import(ts, name.Substring(0, dot));
        lock (_gate) if (_loaded.TryGetValue(name, out var m)) return m;  // the parent's body may have imported it
        PyModule made;
        // A module of the program's comes before a builtin one of the same name, unless CPython has that one before the
        // script runs (StartupModules): `import math` imports a math.py beside the script, `import os` never an os.py.
        var programs = StartupModules.Contains(name) ? null : FindProgramDefinition(name);
        // An extension module (C# exported to Python, docs/exports.md) is made like a builtin one.
        if (programs == null && (BuiltinFactories.TryGetValue(name, out var factory) || ExtensionModules.TryGetFactory(name, out factory)))
        {
            made = factory(ts);
            lock (_gate)
            {
                if (_loaded.TryGetValue(name, out var raced)) return raced;
                Enter(name, made);
            }
            if (BuiltinFactories.ContainsKey(name)) GiveCPythonAll(made, name);
        }
        else
        {
            var def = programs ?? FindDefinition(name);
            if (def == null)
            {
                if (parent != null && !IsPackage(parent))
                    throw PyErr.ModuleNotFoundError($"No module named '{name}'; '{parent.Name}' is not a package");
                throw PyErr.ModuleNotFoundError($"No module named '{name}'");
            }
            made = Run(ts, def, name);
            if (LibraryDefinitions.TryGetValue(name, out var library) && library.IsValueCreated && ReferenceEquals(library.Value, def)) GiveCPythonAll(made, name);
        }
        parent?.SetGlobal(name.Substring(dot + 1), PyValue.From(made));
        return made;
    }

    /// <summary>
    /// A runtime module's <c>__all__</c>: CPython's for the module of that name (<see cref="CPythonModuleAll"/>), less the
    /// names GilGen's module lacks, unless the module has set one itself; so <c>from module import *</c> binds what it
    /// binds in CPython, not every public name of GilGen's module (helpers it imported, deprecated aliases).
    /// </summary>
    private static void GiveCPythonAll(PyModule module, string name)
    {
        if (!CPythonModuleAll.Names.TryGetValue(name, out var names) || module.FindSlot("__all__") is { Value.IsUnbound: false }) return;
        var present = new PyValueList();
        foreach (var n in names)
            if (module.FindSlot(n) is { Value.IsUnbound: false }) present.Add(PyValue.Str(n));
        var all = PyValue.From(new PyList(present));
        module.SetGlobal("__all__", all);
        all.DecRef();
    }

    /// <summary>Whether <c>import name</c> would find a module (loaded, builtin or registered), without running anything.</summary>
    public bool CanImport(string name)
    {
        lock (_gate) if (_loaded.ContainsKey(name)) return true;
        return BuiltinFactories.ContainsKey(name) || ExtensionModules.Find(name) != null || FindDefinition(name) != null;
    }

    private ModuleDefinition? FindDefinition(string name)
    {
        ModuleDefinition? def;
        lock (_gate) _definitions.TryGetValue(name, out def);
        // The program's modules come before the runtime's library modules, as sys.path[0] comes before the standard
        // library: a queue.py beside the script is what `import queue` imports, whoever imports it (one path for the
        // whole interpreter, as CPython's sys.path).
        def ??= FindProgramDefinition(name);
        if (def == null && LibraryDefinitions.TryGetValue(name, out var library)) def = library.Value;
        return def;
    }

    // A module of the program's: a file beside the main script (gilgen run), else one of a C# project's .py files.
    private ModuleDefinition? FindProgramDefinition(string name)
    {
        if (MainModuleProgramModules() is { } find && find(name) is { } beside) return beside;
        return ProgramDefinitions.TryGetValue(name, out var compiled) ? compiled.Value : null;
    }

    // The finder of the main module's program: __main__'s, or __mp_main__'s while a spawned worker runs it again
    // (it is aliased as __main__ only once it has run).
    private Func<string, ModuleDefinition?>? MainModuleProgramModules()
    {
        lock (_gate)
            return (_loaded.TryGetValue("__main__", out var main) || _loaded.TryGetValue("__mp_main__", out main)) ? main.Definition?.ProgramModules : null;
    }

    /// <summary>Whether <paramref name="module"/> is a package (a compiled <c>__init__.py</c>, which has <c>__path__</c>).</summary>
    public static bool IsPackage(PyModule module) => module.Definition?.IsPackage == true;

    /// <summary>Creates the module for <paramref name="def"/> as <paramref name="name"/>, enters it in sys.modules and runs its body.</summary>
    public PyModule Run(ThreadState ts, ModuleDefinition def, string name)
    {
        var module = new PyModule(def, name) { Builtins = Builtins };
        if (name != "__main__") SetPackageAttributes(module, def, name);
        lock (_gate)
        {
            Enter(name, module);
            _byDefinition[def] = module;
            _definitions.TryAdd(def.Name, def);
        }
        bool done = false;
        try
        {
            // The module's code is a Python frame: a level of the recursion depth, as in CPython (at the top of a
            // script sys.setrecursionlimit(1) is already too low).
            using (RecursionLevel.Enter(ts, "")) def.Body(ts, module).DecRef();
            done = true;
        }
        // A module whose import failed is not kept (import.c removes it from sys.modules); __main__ is: the program's
        // end finalizes its globals after a SystemExit as after a normal end (RunCommand).
        finally
        {
            if (!done && name != "__main__")
            {
                lock (_gate) { Forget(name); _byDefinition.Remove(def); }
            }
        }
        return module;
    }

    // __package__ (the package itself, or the one the module is in; '' at top level) and, for a package,
    // __path__ (its folder), as CPython's import system sets them; __main__ run as a script has neither.
    private static void SetPackageAttributes(PyModule module, ModuleDefinition def, string name)
    {
        int dot = name.LastIndexOf('.');
        var package = PyValue.Str(def.IsPackage ? name : dot < 0 ? "" : name.Substring(0, dot));
        module.SetGlobal("__package__", package);
        package.DecRef();
        if (!def.IsPackage) return;
        var folder = PyValue.Str(Path.GetDirectoryName(def.Source.FileName) ?? "");
        var path = PyValue.From(new PyList(new PyValueList { folder }));
        module.SetGlobal("__path__", path);
        path.DecRef();
    }
}
