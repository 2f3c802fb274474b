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

    /// <summary>
    /// The class's metaclass when it is not type (set by <see cref="CreateHeapType"/>): <see cref="AbcModule.ABCMeta"/>,
    /// or a subclass of type written in Python; null for every other class.
    /// </summary>
    public PyType? Metatype { get; private set; }

    /// <summary>True for a class whose metaclass is ABCMeta or derives from it: an abstract base class.</summary>
    internal bool IsAbc { get; private set; }

    // A metaclass written in Python is a heap type: each of its classes holds a reference to it, as to its bases.
    private void SetMetatype(PyType winner)
    {
        if (ReferenceEquals(winner, TypeType)) return;
        Metatype = winner;
        IsAbc = winner.IsSubtypeOf(AbcModule.ABCMeta);
        if (winner.IsHeapType) PyValue.From(winner).IncRef();
    }

    /// <summary>
    /// __abstractmethods__ of a class made by ABCMeta (<see cref="AbcModule.ComputeAbstractMethods"/>, or assigned):
    /// the names that keep it from being instantiated; null for other classes.
    /// </summary>
    public IReadOnlyCollection<string>? AbstractNames { get; private set; }

    internal void SetAbstractNames(IReadOnlyCollection<string> names)
    {
        AbstractNames = names;
        _abstractState = 0;   // recomputed at the next call of the class
        Modified();
    }

    /// <summary>
    /// The fork copy of a class (Interpreters/ForkSnapshot.cs) takes its metaclass (a reference it owns when the
    /// metaclass is a heap type) and abstract names as they are.
    /// </summary>
    internal void CopyAbcState(PyType? metatype, IReadOnlyCollection<string>? abstractNames)
    {
        Metatype = metatype;
        IsAbc = metatype is not null && metatype.IsSubtypeOf(AbcModule.ABCMeta);
        if (abstractNames != null) SetAbstractNames(abstractNames);
    }

    /// <summary>
    /// issubclass(this, other), CPython's PyObject_IsSubclass: a <c>__subclasscheck__</c> that <paramref name="other"/>'s
    /// metaclass defines in Python answers first; then, for a class made by ABCMeta, ABCMeta's own
    /// (<see cref="AbcModule.SubclassCheck"/>); else inheritance, then the virtual subclasses of collections.abc's ABCs.
    /// Here rather than in issubclass() so that the checks the runtime makes itself (an ABC's registry, its
    /// subclasses) ask a Python metaclass as CPython's do.
    /// </summary>
    public bool IsSubclassOrVirtual(PyType other)
    {
        if (ThreadState.Running is ThreadState running && other.CallPythonMetaclassCheck(running, "__subclasscheck__", PyValue.From(this)) is bool answer)
            return answer;
        if (other.IsAbc && ThreadState.Running is ThreadState ts) return AbcModule.SubclassCheck(ts, other, this);
        return IsSubtypeOf(other) || (other.VirtualSubclasses is VirtualSubclassCheck check && check(this));
    }

    /// <summary>
    /// The answer of this class's metaclass's <paramref name="check"/> (<c>__instancecheck__</c> or
    /// <c>__subclasscheck__</c>) for <paramref name="subject"/>, when a metaclass written in Python defines it; null
    /// when the class's metaclass is builtin or inherits the builtin check.
    /// </summary>
    internal bool? CallPythonMetaclassCheck(ThreadState ts, string check, PyValue subject)
    {
        if (Metatype is not { IsHeapType: true } meta || meta.Lookup(check) is not PyValue { Obj: PyFunction } hook) return null;
        var answer = Ops.Call(ts, hook, new[] { PyValue.From(this), subject }, null);
        try { return Ops.IsTrue(ts, answer); }
        finally { answer.DecRef(); }
    }

    /// <summary>isinstance(instance, other) for an instance of this class: the exact class answers before any __instancecheck__, as in CPython.</summary>
    public bool IsInstanceClassOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other.IsAbc && ThreadState.Running is ThreadState ts) return AbcModule.InstanceCheck(ts, other, this);
        return IsSubclassOrVirtual(other);
    }

    /// <summary>The live direct subclasses (type.__subclasses__()).</summary>
    internal List<PyType> Subclasses()
    {
        var live = new List<PyType>();
        lock (_subclasses)
            foreach (var w in _subclasses)
                if (w.TryGetTarget(out var sub) && !sub.IsReleased) live.Add(sub);
        return live;
    }

    /// <summary>
    /// Refuses to instantiate a class that leaves an abstract method of an ABC along its MRO unimplemented,
    /// with CPython 3.12's message (the names sorted).
    /// </summary>
    internal void ThrowIfAbstract()
    {
        if (_abstractState == 0) _abstractState = AbstractNames is { Count: > 0 } || Mro.Any(t => t.AbstractMethods != null) ? 2 : 1;
        if (_abstractState == 1) return;
        var missing = MissingAbstractMethods();
        if (missing.Count == 0) return;
        string names = string.Join(", ", missing.Select(n => "'" + n + "'"));
        throw PyErr.TypeError($"Can't instantiate abstract class {Name} without an implementation for abstract method{(missing.Count == 1 ? "" : "s")} {names}");
    }

    // The class's own abstract names (ABCMeta's), and the collections.abc methods it still inherits unimplemented.
    private SortedSet<string> MissingAbstractMethods()
    {
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        if (AbstractNames != null) missing.UnionWith(AbstractNames);
        foreach (var t in Mro)
        {
            if (t.AbstractMethods == null) continue;
            foreach (var (name, marker) in t.AbstractMethods)
                if (Lookup(name) is PyValue found && ReferenceEquals(found.Obj, marker)) missing.Add(name);
        }
        return missing;
    }

    /// <summary>__abstractmethods__ read on the class: a frozenset for an ABC, null (AttributeError) for other classes.</summary>
    private PyValue? AbstractMethodsAttribute(ThreadState ts)
    {
        if (AbstractNames == null && !Mro.Any(t => t.AbstractMethods != null)) return null;
        var set = new PySet(frozen: true);
        foreach (var name in MissingAbstractMethods())
        {
            var item = PyValue.Str(name);
            set.Add(ts, item);
            item.DecRef();
        }
        return PyValue.From(set);
    }

    // C.__abstractmethods__ = names: what the class must implement from now on (type_set_abstractmethods).
    private void AssignAbstractMethods(ThreadState ts, PyValue value)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var items = Ops.ToList(ts, value);
        try
        {
            foreach (var item in items)
            {
                if (item.Obj is not PyStr s) throw PyErr.TypeError($"__abstractmethods__ items must be strings, not '{item.Type.Name}'");
                names.Add(s.Value);
            }
        }
        finally { foreach (var item in items) item.DecRef(); }
        SetAbstractNames(names);
    }
}
