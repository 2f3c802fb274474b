using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// A Python module written in C#: the <c>[GilExport]</c> methods of a <c>[GilExtensionModule]</c> class (the
/// source generator makes one per class and registers it) or any functions put together by hand and given to
/// <see cref="ExtensionModules.Register"/>. Registered once per process, as a C extension is loaded once;
/// each interpreter makes its own module object on first import. docs/exports.md.
/// </summary>
public sealed class ExtensionModule
{
    private readonly ExportedFunction[] _functions;

    /// <summary>A module named <paramref name="name"/> with <paramref name="functions"/>.</summary>
    /// <param name="name">The module name (<c>import name</c>).</param>
    /// <param name="declaringType">The C# class it comes from (what <see cref="ExtensionModules.LoadAssembly"/> looks for), or null.</param>
    /// <param name="functions">Its functions; their names must differ.</param>
    public ExtensionModule(string name, Type? declaringType, IReadOnlyList<ExportedFunction> functions)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(functions);
        Name = name;
        DeclaringType = declaringType;
        _functions = new ExportedFunction[functions.Count];
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < functions.Count; i++)
        {
            var function = functions[i];
            if (!names.Add(function.Name)) throw new ArgumentException($"module {name} exports {function.Name} twice", nameof(functions));
            function.AttachTo(this);
            _functions[i] = function;
        }
    }

    /// <summary>The module name.</summary>
    public string Name { get; }

    /// <summary>The C# class it comes from, or null.</summary>
    public Type? DeclaringType { get; }

    /// <summary>Its functions, in declaration order.</summary>
    public IReadOnlyList<ExportedFunction> Functions => _functions;

    /// <summary>Makes the module object for the interpreter of <paramref name="ts"/> (on its first import there).</summary>
    public PyModule Create(ThreadState ts)
    {
        var module = new PyModule(Name);
        foreach (var function in _functions) module.AddFunction(function.Name, function.Call);
        return module;
    }
}
