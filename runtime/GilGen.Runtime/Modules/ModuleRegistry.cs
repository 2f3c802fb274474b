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
        ["builtins"] = _ => BuiltinsModule.Instance,
    };

    /// <summary>Makes a builtin module importable in every interpreter (threading, time, ... register here).</summary>
    public static void RegisterBuiltinModule(string name, Func<ThreadState, PyModule> factory) => BuiltinFactories[name] = factory;

    // The runtime's modules written in Python (Lib/*.py, compiled into this assembly by GilGen's generator):
    // run like a user's compiled module on first import in each interpreter. docs/architecture/design.md §5.
    private static readonly ConcurrentDictionary<string, ModuleDefinition> LibraryDefinitions = new();

    /// <summary>Makes a module written in Python and compiled into the runtime importable in every interpreter.</summary>
    public static void RegisterLibraryModule(ModuleDefinition definition) => LibraryDefinitions[definition.Name] = definition;

    /// <summary>The names the compiler accepts in <c>import</c> (the shared list in ImportableModules.cs); equal to <see cref="BuiltinModuleNames"/> and <see cref="LibraryModuleNames"/> together.</summary>
    public static IReadOnlyList<string> ImportableModuleNames { get; } = Array.AsReadOnly(ImportableModules.Names);

    /// <summary>Names of the builtin modules (sys.builtin_module_names).</summary>
    public static IEnumerable<string> BuiltinModuleNames => BuiltinFactories.Keys;

    /// <summary>Names of the runtime's modules written in Python (queue, threading, ...).</summary>
    public static IEnumerable<string> LibraryModuleNames => LibraryDefinitions.Keys;

    private readonly object _gate = new();
    private readonly Dictionary<string, PyModule> _loaded = new();
    private readonly Dictionary<string, ModuleDefinition> _definitions = new();
    private readonly Dictionary<ModuleDefinition, PyModule> _byDefinition = new();

    /// <summary>The registry of <paramref name="interp"/>.</summary>
    public ModuleRegistry(GilGen.GilInterpreter interp) => Interpreter = interp;

    /// <summary>The owning interpreter.</summary>
    public GilGen.GilInterpreter Interpreter { get; }

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

    /// <summary>The loaded modules, for sys.modules.</summary>
    public IReadOnlyList<PyModule> Loaded()
    {
        lock (_gate) return new List<PyModule>(_loaded.Values);
    }

    /// <summary>import name: the loaded module, else a builtin one made now, else a registered compiled one (the program's, then the runtime's) run now.</summary>
    public PyModule Import(ThreadState ts, string name)
    {
        lock (_gate) if (_loaded.TryGetValue(name, out var m)) return m;
        if (BuiltinFactories.TryGetValue(name, out var factory))
        {
            var made = factory(ts);
            lock (_gate)
            {
                if (_loaded.TryGetValue(name, out var raced)) return raced;
                _loaded[name] = made;
            }
            return made;
        }
        ModuleDefinition? def;
        lock (_gate) _definitions.TryGetValue(name, out def);
        if (def == null) LibraryDefinitions.TryGetValue(name, out def);
        if (def != null) return Run(ts, def, name);
        throw PyErr.ModuleNotFoundError($"No module named '{name}'");
    }

    /// <summary>Creates the module for <paramref name="def"/> as <paramref name="name"/>, enters it in sys.modules and runs its body.</summary>
    public PyModule Run(ThreadState ts, ModuleDefinition def, string name)
    {
        var module = new PyModule(def, name);
        lock (_gate)
        {
            _loaded[name] = module;
            _byDefinition[def] = module;
            _definitions.TryAdd(def.Name, def);
        }
        try
        {
            def.Body(ts, module).DecRef();
        }
        catch
        {
            lock (_gate) { _loaded.Remove(name); _byDefinition.Remove(def); }
            throw;
        }
        return module;
    }
}
