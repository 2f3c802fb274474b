using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

namespace GilGen.Runtime;

public sealed partial class PyType
{
    private static int _nextVersion;  // no initializer: the builtin classes are made before the partial file's initializers run

    private PyType[]? _bases;
    private PyType[]? _mro;
    private Dictionary<string, PyValue?>? _lookupCache;
    private readonly List<WeakReference<PyType>> _subclasses = new();
    private string? _qualName;
    private string? _tpName;
    private InstanceShape? _rootShape;

    /// <summary><c>__bases__</c>: the classes listed in the class statement (object when none).</summary>
    public PyType[] Bases => _bases ??= Base is null ? Array.Empty<PyType>() : new[] { Base };

    /// <summary><c>__mro__</c>: the C3 linearization, this class first.</summary>
    public PyType[] Mro => _mro ??= LinearChain();

    /// <summary><c>__qualname__</c>.</summary>
    public string QualName { get => _qualName ?? Name; set => _qualName = value; }

    /// <summary>
    /// The name CPython's messages give the class (its tp_name): <see cref="Name"/>, but 'module.name' for a class
    /// that stands for one of CPython's C types ('datetime.date'). A runtime module written in Python sets it with
    /// <c>__gilgen_tp_name__ = "datetime.date"</c> in the class body (not kept in the namespace; not inherited).
    /// </summary>
    public string TpName { get => _tpName ?? Name; internal set => _tpName = value; }

    /// <summary>True for classes made by a class statement or type(name, bases, dict): mutable, reference-counted.</summary>
    public bool IsHeapType { get; private set; }

    /// <summary>False when every class of the MRO declares <c>__slots__</c> without <c>__dict__</c> (or for object itself).</summary>
    public bool HasInstanceDict { get; private set; }

    /// <summary>The names declared by <c>__slots__</c> along the MRO (null for builtin classes): stored apart from any <c>__dict__</c>.</summary>
    public HashSet<string>? SlotNames { get; private set; }

    /// <summary>
    /// The names this class's own <c>__slots__</c> declares, less <c>__dict__</c> and <c>__weakref__</c> (null for a class
    /// without <c>__slots__</c> and for builtin classes): which level adds which slots, as <c>__class__</c> assignment
    /// compares them.
    /// </summary>
    internal HashSet<string>? OwnSlotNames { get; private set; }

    /// <summary>
    /// Whether the instances can be weakly referenced: some class of the MRO has no <c>__slots__</c> or names
    /// <c>__weakref__</c> in them (a builtin base other than object and the data layouts also gives them).
    /// </summary>
    public bool HasInstanceWeakRefs { get; private set; }

    /// <summary>
    /// Changes whenever this class or one of its bases changes its namespace (CPython's tp_version_tag):
    /// a cache keyed by it stays valid while it is unchanged.
    /// </summary>
    public int Version { get; private set; } = NextVersion();

    // Interpreters running in parallel (process-pool workers) make classes at the same time: versions stay unique.
    private static int NextVersion() => Interlocked.Increment(ref _nextVersion);

    /// <summary>
    /// The empty layout instances of this class start from (hidden class / split keys). A builtin class is shared
    /// by interpreters running in parallel, so its tree of shapes is made once and locks when it grows.
    /// </summary>
    public InstanceShape RootShape
    {
        get
        {
            var root = _rootShape;
            if (root != null) return root;
            if (IsHeapType) return _rootShape = InstanceShape.NewRoot(this, shared: false);
            Interlocked.CompareExchange(ref _rootShape, InstanceShape.NewRoot(this, shared: true), null);
            return _rootShape;
        }
    }

    /// <summary>
    /// The empty layout an instance whose attributes moved into a materialized <c>__dict__</c> keeps its slots
    /// (<c>__slots__</c> values) from: a tree of its own, so that no inline cache, whose entries only hold
    /// layouts of instances without a dict, can match such an instance by its layout alone.
    /// </summary>
    internal InstanceShape DictModeRootShape
    {
        get
        {
            var root = _dictModeRootShape;
            if (root != null) return root;
            if (IsHeapType) return _dictModeRootShape = InstanceShape.NewRoot(this, shared: false);
            Interlocked.CompareExchange(ref _dictModeRootShape, InstanceShape.NewRoot(this, shared: true), null);
            return _dictModeRootShape;
        }
    }

    private InstanceShape? _dictModeRootShape;

    /// <summary>How many attributes instances ended up with so far: new instances reserve that much storage.</summary>
    internal int InstanceSizeHint;

    private PyType[] LinearChain()
    {
        var list = new List<PyType>();
        for (var t = this; t != null; t = t.Base) list.Add(t);
        return list.ToArray();
    }

    /// <summary>The namespace changed: drop cached lookups here and in every subclass.</summary>
    public void Modified()
    {
        // Dropped before the new Version, so an inline cache that reads the new Version finds no stale entry here,
        // and again after it, for a free-threaded LookupShared that published while the namespace changed.
        _lookupCache = null;
        Version = NextVersion();
        _lookupCache = null;
        // Locks go from a class to its subclasses only, so nested ones cannot deadlock.
        lock (_subclasses)
            foreach (var w in _subclasses)
                if (w.TryGetTarget(out var sub)) sub.Modified();
    }

    private PyType(string name, PyType[] bases, PyType[] mro)
        : this(name, bases[0], constructor: null, immortal: false)
    {
        _bases = bases;
        _mro = mro;
        _mro[0] = this;
        IsHeapType = true;
        foreach (var b in bases)
        {
            PyValue.From(b).IncRef();
            // A builtin base is shared by interpreters running in parallel (process-pool workers).
            lock (b._subclasses) b._subclasses.Add(new WeakReference<PyType>(this));
        }
    }

    /// <summary>
    /// type(name, bases, namespace) and the class statement: checks the bases, computes the MRO, copies the
    /// namespace, sets up __slots__, then runs __set_name__ and the parent's __init_subclass__. New reference.
    /// </summary>
    /// <param name="metatype">The metaclass asked for (metaclass=, or the one called); the bases' wins when it is derived from it.</param>
    public static PyType CreateHeapType(ThreadState ts, string name, ReadOnlySpan<PyValue> bases, PyDict ns,
                                        ReadOnlySpan<PyValue> kwValues, string[]? kwNames, PyType? metatype = null)
    {
        var baseTypes = new PyType[bases.Length == 0 ? 1 : bases.Length];
        if (bases.Length == 0) baseTypes[0] = Object;
        for (int i = 0; i < bases.Length; i++)
        {
            // class C(list[int]): a generic alias stands for its class (GenericAlias.__mro_entries__).
            var baseObject = bases[i].Obj is PyGenericAlias alias ? alias.Origin.Obj : bases[i].Obj;
            if (baseObject is not PyType bt)
                throw PyErr.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            // CPython names the class by its tp_name, which carries the module of a class outside builtins.
            if (!bt.IsBaseType) throw PyErr.TypeError($"type '{(bt.Module == "builtins" ? bt.Name : bt.Module + "." + bt.Name)}' is not an acceptable base type");
            for (int j = 0; j < i; j++)
                if (ReferenceEquals(baseTypes[j], bt)) throw PyErr.TypeError($"duplicate base class {bt.Name}");
            baseTypes[i] = bt;
        }
        var layout = LayoutOf(baseTypes[0]);
        foreach (var bt in baseTypes.Skip(1))
        {
            var other = LayoutOf(bt);
            if (other.IsSubtypeOf(layout)) layout = other;
            else if (!layout.IsSubtypeOf(other)) throw PyErr.TypeError("multiple bases have instance lay-out conflict");
        }
        if (!ReferenceEquals(layout, Object) && !layout.IsSubtypeOf(ExceptionTypes.BaseException) && !layout.IsSubtypeOf(PyThread.ThreadType) && !layout.IsSubtypeOf(PyThreadLocal.LocalType) && !layout.IsSubtypeOf(PyStringIO.StringIOType)
            && !layout.IsSubtypeOf(PyWeakRef.RefType) && !layout.IsSubtypeOf(PyDeque.DequeType)
            && !layout.IsSubtypeOf(PyOrderedDict.OrderedDictType) && !layout.IsSubtypeOf(PyDefaultDict.DefaultDictType) && !layout.IsSubtypeOf(PyCounter.CounterType)
            && !layout.IsSubtypeOf(PyRandom.RandomType) && !BuiltinSubclassing.IsDataLayout(layout) && !layout.IsSubtypeOf(TypeType))
            throw PyErr.NotImplementedError($"GilGen does not support subclassing '{layout.Name}' yet");

        var winner = MostDerivedMetaclass(metatype ?? TypeType, bases);
        var mro = C3.Linearize(name, baseTypes);
        var type = new PyType(name, baseTypes, mro) { Module = "__main__" };
        type.SetMetatype(winner);
        bool made = false;
        try
        {
            foreach (var (k, v) in ns.Table.Entries())
            {
                if (k.Obj is not PyStr ks) continue;
                switch (ks.Value)
                {
                    case "__qualname__":
                        if (v.Obj is not PyStr q) throw PyErr.TypeError($"type __qualname__ must be a str, not {v.Type.Name}");
                        type.QualName = q.Value;
                        continue;
                    case "__classcell__":
                        continue;
                    case "__gilgen_tp_name__" when v.Obj is PyStr tn:
                        type.TpName = tn.Value;
                        continue;
                    case "__module__" when v.Obj is PyStr m:
                        type.Module = m.Value;
                        break;
                }
                PyValue stored = v;
                // __new__ is a static method and __init_subclass__ a class method even when written as plain functions.
                if (ks.Value == "__new__" && v.Obj is PyFunction) stored = PyValue.From(new PyStaticMethod(v));
                else if (ks.Value is "__init_subclass__" or "__class_getitem__" && v.Obj is PyFunction) stored = PyValue.From(new PyClassMethod(v));
                else v.IncRef();
                type.Dict[ks.Value] = stored;
            }
            if (!type.Dict.ContainsKey("__doc__")) type.Dict["__doc__"] = PyValue.None;
            // __eq__ without __hash__ makes instances unhashable, as in CPython.
            if (type.Dict.ContainsKey("__eq__") && !type.Dict.ContainsKey("__hash__")) type.Dict["__hash__"] = PyValue.None;
            type.SetUpSlots(ts);
            type.Constructor = null;
            SetNames(ts, type);
            InitSubclass(ts, type, kwValues, kwNames);
            // ABCMeta.__new__ runs _abc_init after type.__new__ (which ran the two hooks above).
            if (type.IsAbc) AbcModule.ComputeAbstractMethods(ts, type);
            made = true;
        }
        // A finally, not a catch that throws again: __init_subclass__ can recurse (see PyGenerator.Resume).
        finally { if (!made) PyValue.From(type).DecRef(); }
        return type;
    }

    /// <summary>
    /// _PyType_CalculateMetaclass: of <paramref name="metatype"/> and the classes of the bases, the one that is a
    /// subclass of all the others; TypeError when there is none.
    /// </summary>
    internal static PyType MostDerivedMetaclass(PyType metatype, ReadOnlySpan<PyValue> bases)
    {
        var winner = metatype;
        foreach (var b in bases)
        {
            var candidate = b.Obj is PyGenericAlias alias ? alias.Origin.Type : b.Type;
            if (winner.IsSubtypeOf(candidate)) continue;
            if (candidate.IsSubtypeOf(winner)) { winner = candidate; continue; }
            throw PyErr.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /// <summary>The builtin class whose instance layout instances of <paramref name="t"/> use.</summary>
    internal static PyType LayoutOf(PyType t)
    {
        foreach (var m in t.Mro)
            if (m.Constructor != null) return m;
        return Object;
    }

    private void SetUpSlots(ThreadState ts)
    {
        bool hasDict = false, hasWeakRefs = false;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in Mro)
        {
            if (!t.IsHeapType)
            {
                // Exceptions and threads carry a __dict__; object, the data layouts (list, str...), weakref.ref and deque do not.
                if (ReferenceEquals(t, Object) || BuiltinSubclassing.IsDataLayout(t) || ReferenceEquals(t, PyWeakRef.RefType) || ReferenceEquals(t, PyDeque.DequeType)) continue;
                hasDict = true;
                // BaseException has no weak reference list of its own (threads and StringIO do).
                if (!t.IsSubtypeOf(ExceptionTypes.BaseException)) hasWeakRefs = true;
                continue;
            }
            if (!t.Dict.TryGetValue("__slots__", out var slots)) { hasDict = hasWeakRefs = true; continue; }
            var list = slots.Obj is PyStr one ? new PyValueList { slots.NewRef() } : Ops.ToList(ts, slots);
            try
            {
                foreach (var s in list)
                {
                    if (s.Obj is not PyStr ss) throw PyErr.TypeError($"__slots__ items must be strings, not '{s.Type.Name}'");
                    if (ss.Value == "__dict__") { hasDict = true; continue; }
                    if (ss.Value == "__weakref__") { hasWeakRefs = true; continue; }
                    if (ReferenceEquals(t, this) && Dict.ContainsKey(ss.Value))
                        throw PyErr.ValueError($"'{ss.Value}' in __slots__ conflicts with class variable");
                    names.Add(ss.Value);
                    if (ReferenceEquals(t, this)) (OwnSlotNames ??= new HashSet<string>(StringComparer.Ordinal)).Add(ss.Value);
                }
            }
            finally { foreach (var s in list) s.DecRef(); }
        }
        HasInstanceDict = hasDict;
        HasInstanceWeakRefs = hasWeakRefs;
        SlotNames = names;
    }

    private static void SetNames(ThreadState ts, PyType type)
    {
        foreach (var (name, value) in type.Dict.ToArray())
        {
            if (value.Obj is PyProperty p) { p.SetName(name); continue; }
            if (value.Obj is null || !value.Type.IsHeapType || value.Type.Lookup("__set_name__") is not PyValue setName) continue;
            var n = PyValue.Str(name);
            try { Ops.Call(ts, setName, new[] { value, PyValue.From(type), n }, null).DecRef(); }
            finally { n.DecRef(); }
        }
    }

    private static void InitSubclass(ThreadState ts, PyType type, ReadOnlySpan<PyValue> kwValues, string[]? kwNames)
    {
        PyValue? hook = null;
        foreach (var t in type.Mro.Skip(1))
            if (t.Dict.TryGetValue("__init_subclass__", out var h)) { hook = h; break; }
        if (hook is PyValue { Obj: PyClassMethod cm })
        {
            var args = new PyValue[1 + kwValues.Length];
            args[0] = PyValue.From(type);
            kwValues.CopyTo(args.AsSpan(1));
            Ops.Call(ts, cm.Function, args, kwNames).DecRef();
        }
        else if (kwNames != null && kwNames.Length > 0)
        {
            throw PyErr.TypeError($"{type.QualName}.__init_subclass__() takes no keyword arguments");
        }
    }

    /// <summary>A <c>__new__</c> written in Python somewhere along the MRO (before any builtin layout), or null.</summary>
    private PyValue? FindUserNew()
    {
        RefreshCreationHooks();
        return _userNew;
    }

    /// <summary>The <c>__init__</c> calling the class runs when it is a Python function, or null.</summary>
    internal PyValue? FindUserInit()
    {
        RefreshCreationHooks();
        return _userInit;
    }

    /// <summary>
    /// The Python <c>__init__</c> when calling the class is object.__new__ then that function: the layout is
    /// object's and no <c>__new__</c> is written in Python. Null otherwise.
    /// </summary>
    internal PyValue? FindPlainInit()
    {
        RefreshCreationHooks();
        return _plainInit;
    }

    /// <summary>
    /// The Python <c>__init__</c> of a class whose call is object.__new__ then that function and nothing else
    /// (see <see cref="FindPlainInit"/>), once a call has found that the class is not abstract; null otherwise,
    /// and the call takes <see cref="Call"/>.
    /// </summary>
    internal PyFunction? PlainInitForCall()
    {
        if (_abstractState != 1 || !IsHeapType || Metatype is { IsHeapType: true }) return null;
        var init = _creationHooksVersion == Version ? _plainInit : FindPlainInit();
        return init is PyValue { Obj: PyFunction f } ? f : null;
    }

    // What calling the class looks up every time, kept per Version: two dictionary lookups of the MRO saved per instance.
    private int _creationHooksVersion;
    private PyValue? _userNew, _userInit, _plainInit;

    private void RefreshCreationHooks()
    {
        if (_creationHooksVersion == Version) return;
        _userNew = PythonNew(Lookup("__new__"));
        _userInit = Lookup("__init__") is PyValue { Obj: PyFunction } init ? init : null;
        _plainInit = _userNew is null && ReferenceEquals(LayoutOf(this), Object) ? _userInit : null;
        _creationHooksVersion = Version;
    }

    /// <summary>
    /// The Python function a <c>__new__</c> entry runs, or null when it is a builtin's. A <c>__new__</c> in the class
    /// body is made a static method; one assigned to the class later is a plain function, which CPython's
    /// slot_tp_new calls the same way (the class first).
    /// </summary>
    internal static PyValue? PythonNew(PyValue? entry) => entry switch
    {
        PyValue { Obj: PyStaticMethod { Function.Obj: PyFunction } sm } => sm.Function,
        PyValue { Obj: PyFunction } function => function,
        _ => null,
    };

    /// <summary>
    /// Calling a class whose __new__ is Python code, or a metaclass (type.__new__): obj = __new__(cls, ...); then
    /// __init__ when obj is an instance of cls.
    /// </summary>
    private PyValue CallUserNew(ThreadState ts, PyValue userNew, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var withCls = new PyValue[args.Length + 1];
        withCls[0] = PyValue.From(this);
        args.CopyTo(withCls.AsSpan(1));
        var obj = Ops.Call(ts, userNew, withCls, kwNames);
        if (!obj.Type.IsSubtypeOf(this)) return obj;
        bool initialized = false;
        try
        {
            BuiltinSubclassing.RunInit(ts, obj, args, kwNames);
            initialized = true;
        }
        finally { if (!initialized) obj.DecRef(); }
        return obj;
    }

    /// <summary>object.__new__(cls): a bare instance of the layout cls inherits (no __init__).</summary>
    internal static PyValue NewBareInstance(ThreadState ts, PyType cls, ReadOnlySpan<PyValue> args)
    {
        // object_new refuses an abstract class however it is reached (object.__new__(C), a __new__ calling super()).
        if (cls._abstractState != 1) cls.ThrowIfAbstract();
        var layout = LayoutOf(cls);
        if (ReferenceEquals(layout, Object)) return PyValue.From(new PyInstance(cls));
        if (ReferenceEquals(layout, ExceptionGroupTypes.BaseExceptionGroup))
            throw PyErr.TypeError($"object.__new__({cls.Name}) is not safe, use BaseExceptionGroup.__new__()");
        if (layout.IsSubtypeOf(ExceptionTypes.BaseException)) return PyValue.From(new PyBaseException(cls, PyTuple.FromBorrowed(args)));
        if (BuiltinSubclassing.IsDataLayout(layout))
        {
            // CPython names the nearest class whose __new__ is not written in Python.
            var named = cls;
            while (named.Dict.TryGetValue("__new__", out var n) && PythonNew(n) is not null && named.Base is PyType b) named = b;
            throw PyErr.TypeError($"object.__new__({cls.Name}) is not safe, use {named.Name}.__new__()");
        }
        // deque_new: an empty, unbounded deque, filled by __init__.
        if (ReferenceEquals(layout, PyDeque.DequeType)) return PyValue.From(cls.IsHeapType ? new SubclassedDeque(cls) : new PyDeque());
        // The dicts of collections: empty, filled by __init__.
        if (ReferenceEquals(layout, PyOrderedDict.OrderedDictType)) return PyValue.From(cls.IsHeapType ? new SubclassedOrderedDict(cls) : new PyOrderedDict());
        if (ReferenceEquals(layout, PyDefaultDict.DefaultDictType)) return PyValue.From(cls.IsHeapType ? new SubclassedDefaultDict(cls) : new PyDefaultDict());
        if (ReferenceEquals(layout, PyCounter.CounterType)) return PyValue.From(cls.IsHeapType ? new SubclassedCounter(cls) : new PyCounter());
        if (layout.IsSubtypeOf(PyRandom.RandomType) && cls.IsHeapType) return PyValue.From(new SubclassedRandom(cls));
        throw PyErr.NotImplementedError($"GilGen does not support {layout.Name}.__new__ yet");
    }

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        switch (name)
        {
            case "__name__": return PyValue.Str(Name);
            case "__qualname__": return PyValue.Str(QualName);
            case "__module__" when !IsHeapType: return PyValue.Str(Module);
            case "__base__": return Base is null ? PyValue.None : PyValue.From(Base).NewRef();
            case "__bases__": return PyValue.From(PyTuple.FromBorrowed(Bases.Select(PyValue.From).ToArray()));
            case "__mro__": return PyValue.From(PyTuple.FromBorrowed(Mro.Select(PyValue.From).ToArray()));
            case "__class__": return PyValue.From(Type).NewRef();
            // type's own descriptor: a class that is not an ABC has no such attribute, whatever its MRO holds.
            case "__abstractmethods__": return AbstractMethodsAttribute(ts) ?? throw PyErr.AttributeError("__abstractmethods__");
            // A read-only live view: stores into a class go through setattr, which keeps the caches right.
            case "__dict__": return PyValue.From(PyMappingProxy.OfClass(this));
            case "__doc__" when !Dict.ContainsKey("__doc__"): return PyValue.None;
            case "mro":
                return PyValue.From(new PyBuiltinFunction("mro", (t, a, kw) => PyValue.From(PyList.FromBorrowed(Mro.Select(PyValue.From).ToArray()))));
        }
        // type's getattro: a data descriptor of the metaclass (a property) first, then the class's own attributes along
        // its MRO, then the metaclass's other attributes (an ABC's register), bound to the class as their instance.
        var meta = Metatype?.Lookup(name);
        if (meta is PyValue data && AttributeLookup.IsDataDescriptor(data)) return AttributeLookup.Get(ts, data, PyValue.From(this), Metatype!);
        var v = Lookup(name);
        if (v is PyValue found) return AttributeLookup.BindToClass(ts, found, this);
        if (meta is PyValue other) return AttributeLookup.Get(ts, other, PyValue.From(this), Metatype!);
        return null;
    }

    /// <inheritdoc/>
    public override void SetAttr(ThreadState ts, string name, PyValue value)
    {
        // A data descriptor of the metaclass (a property with a setter) takes the assignment, as type_setattro's.
        if (Metatype?.Lookup(name) is PyValue descriptor && AttributeLookup.TrySetThroughDescriptor(ts, descriptor, this, value)) return;
        if (!IsHeapType)
            throw PyErr.TypeError($"cannot set '{name}' attribute of immutable type '{Name}'");
        switch (name)
        {
            case "__name__" when value.Obj is PyStr:
                throw PyErr.NotImplementedError("GilGen does not support renaming a class yet");
            case "__qualname__" when value.Obj is PyStr q: QualName = q.Value; return;
            case "__abstractmethods__": AssignAbstractMethods(ts, value); return;
            // type_repr and object_repr read __module__ from the class's dict each time; Module is what they print here,
            // so it follows the assignment. A non-str module is printed as none at all, as builtins' is.
            case "__module__": Module = value.Obj is PyStr module ? module.Value : "builtins"; break;
        }
        value.IncRef();
        PyValue? old;
        using (FreeThreading.Lock(this))
        {
            old = Dict.TryGetValue(name, out var previous) ? previous : null;
            Dict[name] = value;
            Modified();
        }
        old?.DecRef();
    }

    /// <inheritdoc/>
    public override void DelAttr(ThreadState ts, string name)
    {
        if (Metatype?.Lookup(name) is PyValue descriptor && AttributeLookup.TryDeleteThroughDescriptor(ts, descriptor, this)) return;
        if (!IsHeapType)
            throw PyErr.TypeError($"cannot delete '{name}' attribute of immutable type '{Name}'");
        // type's __module__ setter refuses a deletion even on a heap class (check_set_special_type_attr).
        if (name == "__module__") throw PyErr.TypeError($"cannot delete '__module__' attribute of immutable type '{Name}'");
        PyValue old;
        using (FreeThreading.Lock(this))
        {
            if (!Dict.Remove(name, out old)) throw PyErr.AttributeError($"type object '{Name}' has no attribute '{name}'");
            Modified();
        }
        old.DecRef();
    }

    /// <summary>The live <c>__dict__</c> views of the class (a heap class's), detached when the class is released.</summary>
    internal List<PyMappingProxy>? DictViews;

    /// <inheritdoc/>
    public override void Dealloc()
    {
        if (!IsHeapType) return;
        _weakRefs?.ReleaseReferent();
        if (DictViews is { } views)
            lock (views) { foreach (var view in views) view.Detach(); views.Clear(); }
        foreach (var v in Dict.Values) v.DecRefFromDealloc();
        Dict.Clear();
        foreach (var b in Bases) PyValue.From(b).DecRefFromDealloc();
        if (Metatype is { IsHeapType: true } meta) PyValue.From(meta).DecRefFromDealloc();
    }
}
