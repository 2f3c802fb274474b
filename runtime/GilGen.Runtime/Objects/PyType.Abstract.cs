using System;
using System.Collections.Generic;
using System.Linq;

namespace GilGen.Runtime;

/// <summary>Decides issubclass(candidate, abc) for a class that does not inherit from the ABC (registration, __subclasshook__).</summary>
public delegate bool VirtualSubclassCheck(PyType candidate);

public sealed partial class PyType
{
    private int _abstractState;  // 0: not computed, 1: nothing abstract along the MRO, 2: an ABC along the MRO

    /// <summary>
    /// For the ABCs of collections.abc: what ABCMeta.__subclasscheck__ adds to inheritance (the
    /// __subclasshook__ of the one-method ABCs, registered classes); null for every other class.
    /// </summary>
    public VirtualSubclassCheck? VirtualSubclasses { get; internal set; }

    /// <summary>The abstract methods this ABC declares (null for other classes), with the functions that stand for them.</summary>
    public IReadOnlyDictionary<string, PyObject>? AbstractMethods { get; internal set; }

    /// <summary>issubclass(this, other) as ABCMeta extends it: inheritance, else the ABC's virtual subclasses.</summary>
    public bool IsSubclassOrVirtual(PyType other) =>
        IsSubtypeOf(other) || (other.VirtualSubclasses is VirtualSubclassCheck check && check(this));

    /// <summary>
    /// Refuses to instantiate a class that leaves an abstract method of an ABC along its MRO unimplemented,
    /// with CPython 3.12's message (the names sorted).
    /// </summary>
    private void ThrowIfAbstract()
    {
        if (_abstractState == 0) _abstractState = Mro.Any(t => t.AbstractMethods != null) ? 2 : 1;
        if (_abstractState == 1) return;
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var t in Mro)
        {
            if (t.AbstractMethods == null) continue;
            foreach (var (name, marker) in t.AbstractMethods)
                if (Lookup(name) is PyValue found && ReferenceEquals(found.Obj, marker)) missing.Add(name);
        }
        if (missing.Count == 0) return;
        string names = string.Join(", ", missing.Select(n => "'" + n + "'"));
        throw PyErr.TypeError($"Can't instantiate abstract class {Name} without an implementation for abstract method{(missing.Count == 1 ? "" : "s")} {names}");
    }
}
