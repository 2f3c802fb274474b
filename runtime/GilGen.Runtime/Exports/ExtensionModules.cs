using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace GilGen.Runtime;

/// <summary>
/// The process's extension modules (<see cref="ExtensionModule"/>): what <c>import</c> finds after the builtin
/// modules, in every interpreter. The source generator registers each <c>[GilExtensionModule]</c> class from a
/// module initializer of its assembly; a host registers its own with <see cref="Register"/>, or loads a built
/// assembly's with <see cref="LoadAssembly"/> (<c>gilgen run --exports</c>). docs/exports.md.
/// </summary>
public static class ExtensionModules
{
    private static readonly ConcurrentDictionary<string, ExtensionModule> s_modules = new(StringComparer.Ordinal);

    /// <summary>Makes <paramref name="module"/> importable in every interpreter of the process.</summary>
    /// <exception cref="ArgumentException">The name is a module of the runtime, or another extension module has it.</exception>
    public static void Register(ExtensionModule module)
    {
        ArgumentNullException.ThrowIfNull(module);
        if (ModuleRegistry.ImportableModuleNames.Contains(module.Name) || ModuleRegistry.BuiltinModuleNames.Contains(module.Name))
            throw new ArgumentException($"'{module.Name}' is a module of GilGen's runtime; an extension module needs another name", nameof(module));
        var registered = s_modules.GetOrAdd(module.Name, module);
        if (!ReferenceEquals(registered, module))
            throw new ArgumentException($"an extension module named '{module.Name}' is already registered (from {registered.DeclaringType?.FullName ?? "a host"})", nameof(module));
    }

    /// <summary>Names of the registered extension modules.</summary>
    public static IReadOnlyCollection<string> Names
    {
        get
        {
            // Copied without LINQ: gilgen asks on every run, and a cached run otherwise loads nothing of System.Linq.
            ICollection<string> keys = s_modules.Keys; // a snapshot
            var names = new string[keys.Count];
            keys.CopyTo(names, 0);
            return names;
        }
    }

    /// <summary>The registered module named <paramref name="name"/>, or null.</summary>
    public static ExtensionModule? Find(string name) => s_modules.TryGetValue(name, out var module) ? module : null;

    internal static bool TryGetFactory(string name, out Func<ThreadState, PyModule> factory)
    {
        if (s_modules.TryGetValue(name, out var module))
        {
            factory = module.Create;
            return true;
        }
        factory = null!;
        return false;
    }

    /// <summary>
    /// Registers the extension modules of a built assembly (its generated module initializers run now, if they
    /// have not yet) and returns them.
    /// </summary>
    public static IReadOnlyList<ExtensionModule> LoadAssembly(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        foreach (var module in assembly.Modules) RuntimeHelpers.RunModuleConstructor(module.ModuleHandle);
        return s_modules.Values.Where(m => m.DeclaringType?.Assembly == assembly).OrderBy(m => m.Name, StringComparer.Ordinal).ToArray();
    }
}
