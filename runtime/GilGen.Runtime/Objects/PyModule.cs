using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>A module: its globals as slots (fast access by index from generated code) and by name.</summary>
public sealed class PyModule : PyObject
{
    /// <summary>The definition's globals, index = position in ModuleDefinition.SlotNames.</summary>
    public readonly GlobalSlot[] Slots;
    /// <summary>__name__.</summary>
    public string Name;
    /// <summary>The definition this module runs, or null for a builtin module.</summary>
    public readonly ModuleDefinition? Definition;
    private readonly Dictionary<string, GlobalSlot> _byName = new();
    private ModuleNamespace? _namespace;
    private ScopeBuiltins? _scopeBuiltins;
    /// <summary>
    /// The builtins module the names of this module's code fall back to: its interpreter's
    /// (<see cref="ModuleRegistry.Builtins"/>), or the pristine one for a module made outside an import.
    /// </summary>
    internal PyModule Builtins = BuiltinsModule.Instance;
    // The weak references to the module (modules can be weakly referenced).
    private WeakRefList? _weakRefs;

    /// <inheritdoc/>
    internal override bool SupportsWeakRefs => true;
    /// <inheritdoc/>
    internal override WeakRefList? WeakRefs { get => _weakRefs; set => _weakRefs = value; }
    /// <inheritdoc/>
    public override void Dealloc() => _weakRefs?.ReleaseReferent();

    /// <summary>A module named <paramref name="name"/> with a slot for each of <paramref name="slotNames"/>.</summary>
    public PyModule(string name, string[]? slotNames = null, ModuleDefinition? definition = null)
    {
        Name = name;
        Definition = definition;
        slotNames ??= Array.Empty<string>();
        Slots = new GlobalSlot[slotNames.Length];
        for (int i = 0; i < slotNames.Length; i++)
        {
            if (!_byName.TryGetValue(slotNames[i], out var slot)) _byName[slotNames[i]] = slot = new GlobalSlot(slotNames[i]) { Module = this };
            Slots[i] = slot;
        }
        SetGlobal("__name__", PyValue.Str(name));
        PyValue.Str(name).DecRef();
    }

    /// <summary>A module for <paramref name="def"/> named <paramref name="name"/>.</summary>
    public PyModule(ModuleDefinition def, string name) : this(name, def.SlotNames, def)
    {
        var file = PyValue.Str(def.Source.FileName);
        SetGlobal("__file__", file);
        file.DecRef();
    }

    /// <inheritdoc/>
    public override PyType Type => PyType.Module_;

    /// <summary>The slot for <paramref name="name"/>, created unbound when missing.</summary>
    public GlobalSlot Slot(string name)
    {
        // Without a GIL the name table is read and grown under its own lock (a Dictionary read while another
        // thread grows it can fail); with one, FreeThreading.Lock is nothing.
        using (FreeThreading.Lock(_byName))
        {
            if (!_byName.TryGetValue(name, out var slot)) _byName[name] = slot = new GlobalSlot(name) { Module = this, Mirror = _namespace };
            return slot;
        }
    }

    /// <summary>The slot for <paramref name="name"/>, or null when the module never had that global.</summary>
    public GlobalSlot? FindSlot(string name)
    {
        using (FreeThreading.Lock(_byName)) return _byName.TryGetValue(name, out var slot) ? slot : null;
    }

    /// <summary>
    /// The module's namespace as a live dict (<c>module.__dict__</c>, <c>vars(module)</c>, <c>globals()</c>):
    /// made on first use, the same dict every time.
    /// </summary>
    public PyDict Namespace
    {
        get
        {
            if (Volatile.Read(ref _namespace) is ModuleNamespace ns) return ns.Dict;
            using (FreeThreading.Lock(_byName))
            {
                _namespace ??= ModuleNamespace.Attach(this, _byName.Values);
                return _namespace.Dict;
            }
        }
    }

    /// <summary>This module's own globals, locals, vars and dir (they answer for the module that names them).</summary>
    internal ScopeBuiltins ScopeBuiltins
    {
        get
        {
            if (Volatile.Read(ref _scopeBuiltins) is ScopeBuiltins b) return b;
            var made = new ScopeBuiltins(this);
            return Interlocked.CompareExchange(ref _scopeBuiltins, made, null) ?? made;
        }
    }

    /// <summary>The bound globals in definition order (for dir() and import *).</summary>
    public IEnumerable<GlobalSlot> BoundSlots()
    {
        GlobalSlot[] slots;
        // CopyTo, not LINQ's ToArray: every run finalizes its main module here, and hello world otherwise loads System.Linq for it.
        using (FreeThreading.Lock(_byName))
        {
            slots = new GlobalSlot[_byName.Count];
            _byName.Values.CopyTo(slots, 0);
        }
        foreach (var s in slots) if (!s.Value.IsUnbound) yield return s;
    }

    /// <summary>The global's value as a new reference; Unbound when missing.</summary>
    public PyValue GetGlobal(string name) => FindSlot(name)?.NewRefToValue() ?? PyValue.Unbound;

    /// <summary>Binds a global (<paramref name="v"/> borrowed: the module takes its own reference).</summary>
    public void SetGlobal(string name, PyValue v)
    {
        v.IncRef();
        Slot(name).Exchange(v).DecRef();
    }

    /// <summary>Adds a builtin function as a module attribute.</summary>
    public void AddFunction(string name, BuiltinBody body)
    {
        var f = new PyBuiltinFunction(name, body) { ModuleName = Name };
        SetGlobal(name, PyValue.From(f));
    }

    /// <summary>
    /// Adds a builtin function with a body of its own for a call with one positional argument
    /// (<see cref="PyBuiltinFunction.OneArgumentBody"/>), which must do what <paramref name="body"/> does then.
    /// </summary>
    internal unsafe void AddFunction(string name, BuiltinBody body, delegate*<ThreadState, PyValue, PyValue> oneArgument)
    {
        var f = new PyBuiltinFunction(name, body) { ModuleName = Name, OneArgumentBody = oneArgument };
        SetGlobal(name, PyValue.From(f));
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) =>
        Definition == null ? $"<module '{Name}' (built-in)>" : $"<module '{Name}' from '{Definition.Source.FileName}'>";

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        if (FindSlot(name)?.NewRefToValue() is { IsUnbound: false } value) return value;
        if (name == "__dict__") return PyValue.From(Namespace).NewRef();
        return null;
    }
    /// <inheritdoc/>
    public override void SetAttr(ThreadState ts, string name, PyValue value) => SetGlobal(name, value);
    /// <inheritdoc/>
    public override void DelAttr(ThreadState ts, string name)
    {
        if (FindSlot(name)?.Exchange(PyValue.Unbound) is { IsUnbound: false } old)
        {
            old.DecRef();
            return;
        }
        throw PyErr.AttributeError($"module '{Name}' has no attribute '{name}'");
    }
}
