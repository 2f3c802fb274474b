using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>
/// What the <c>fork</c> start method gives a child (docs/architecture/design.md §5c): a copy of the parent's memory
/// at the moment of <c>start()</c>. <see cref="Take"/> runs in the parent, holding its GIL, and records the state of
/// <c>__main__</c> and of every other module compiled from the program (the user's modules), plus the values the
/// child starts with (a Process's bootstrap call), as plain C# data holding no object of the parent;
/// <see cref="Restore"/> runs in the child, holding its GIL, and builds the modules and values anew there. Unlike
/// <see cref="CrossInterpreterCopy"/> (pickling), nothing goes by name: functions (lambdas and closures included)
/// are new function objects over the same immutable code whose globals are the child's copy of their module,
/// classes are new classes with copied namespaces (no <c>__init_subclass__</c> or <c>__set_name__</c> runs again),
/// instances get their stored attributes without <c>__new__</c>, <c>__init__</c> or <c>__getstate__</c>, locks keep
/// their state (one held by another thread stays held, as after fork(2)). The runtime's own library modules and the
/// builtin modules are the child's own, imported there afresh, as after <c>fork</c> where only the forking thread
/// survives. A value of a kind GilGen cannot copy (a thread, a generator, a file, a queue of the _queue module...)
/// becomes a <see cref="PyNotForkCopied"/> in the child, which raises NotImplementedError when the child uses it.
/// </summary>
public sealed class ForkSnapshot
{
    private readonly List<ModuleCopy> _modules;
    private readonly object[] _values;

    private ForkSnapshot(List<ModuleCopy> modules, object[] values)
    {
        _modules = modules;
        _values = values;
    }

    /// <summary>Records the user's modules of <paramref name="ts"/>'s interpreter and <paramref name="values"/> (borrowed).</summary>
    public static ForkSnapshot Take(ThreadState ts, params PyValue[] values)
    {
        var exporter = new Exporter(ts);
        var modules = new List<ModuleCopy>();
        foreach (var (name, module) in ts.Interp.Modules.LoadedByName())
        {
            if (!IsUserModule(module)) continue;
            var copy = exporter.Module(module);
            copy.Names.Add(name);
            if (!modules.Contains(copy)) modules.Add(copy);
        }
        var copied = new object[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            exporter.Where = "the values the process starts with";
            copied[i] = exporter.Value(values[i]);
        }
        return new ForkSnapshot(modules, copied);
    }

    /// <summary>
    /// Builds the recorded modules in <paramref name="ts"/>'s interpreter (entered in its sys.modules under the
    /// parent's names) and returns the recorded values, as new references.
    /// </summary>
    public PyValue[] Restore(ThreadState ts)
    {
        var importer = new Importer(ts);
        foreach (var m in _modules) importer.Value(m);
        var values = new PyValue[_values.Length];
        for (int i = 0; i < values.Length; i++) values[i] = importer.Value(_values[i]);
        return values;
    }

    // A module compiled from the program (not one of the runtime's, nor a builtin one): its state is copied.
    private static bool IsUserModule(PyModule module) =>
        module.Definition is ModuleDefinition def && !ModuleRegistry.IsLibraryDefinition(def);

    // The recorded forms. Scalars are boxed long, BigInteger, double and string; objects every interpreter shares
    // (None, bools, builtin classes and functions) are Shared.
    private sealed record Shared(PyObject Object);
    private sealed record Bytes(byte[] Data, bool Mutable);
    private sealed record ModuleReference(string Name);
    // A module's namespace dict (globals(), module.__dict__): the child's copy of that module's namespace.
    private sealed record NamespaceOf(object Module);
    private sealed record Global(object Module, string QualName);
    private sealed class ModuleCopy(ModuleDefinition definition, string name)
    {
        public readonly ModuleDefinition Definition = definition;
        public readonly string Name = name;
        public readonly List<string> Names = new();
        public readonly List<(string Name, object Value)> Globals = new();
    }
    private sealed class Sequence(PyType kind) { public readonly PyType Kind = kind; public readonly List<object> Items = new(); }
    private sealed class Mapping { public readonly List<(object Key, object Value)> Items = new(); }
    private sealed class DequeCopy(long maxLen) { public readonly long MaxLen = maxLen; public readonly List<object> Items = new(); }
    // The code, its generated body and the parameters are immutable and shared; the rest is the function's state.
    private sealed class FunctionCopy(PyFunction source)
    {
        public readonly CodeInfo Code = source.Code;
        public readonly FunctionBody Body = source.Body;
        public readonly ArgSpec Spec = source.Spec;
        public readonly string QualName = source.QualName, Name = source.Name;
        public object? Module;
        public object[]? Defaults;
        public object? KwDefaults;
        public object[]? Closure;
        public readonly List<(string Name, object Value)> Attributes = new();
    }
    private sealed class CellCopy { public object? Contents; }
    private sealed class ClassCopy(string name, string qualName, string module)
    {
        public readonly string Name = name, QualName = qualName, Module = module;
        public readonly List<object> Bases = new();
        public readonly List<(string Name, object Value)> Namespace = new();
        // ABCMeta as it is; a metaclass written in Python copied as the class's bases are.
        public object? Metatype;
        public IReadOnlyCollection<string>? AbstractNames;
    }
    private sealed class ObjectCopy(object cls)
    {
        public readonly object Class = cls;
        public readonly List<(string Name, object Value)> Attributes = new();
        // A library object copied as pickling copies it (see Exporter.InstanceOf): its _fork_getstate()'s result.
        public object? State;
        public bool ThroughSetState;
    }
    private sealed class ExceptionCopy(object type, object args) { public readonly object Type = type; public readonly object Args = args; public readonly List<(string Name, object Value)> Attributes = new(); }
    private sealed record BoundMethodCopy(object Function, object Self);
    private sealed record BuiltinMethodCopy(object Self, string Name);
    private sealed record WrapperCopy(PyType Kind, object Function);
    private sealed record PropertyCopy(object Get, object Set, object Delete, object Doc, string? Name);
    private sealed record LockCopy(bool Held);
    private sealed record RLockCopy(bool Held, bool HeldByForkingThread, long Count);
    private sealed record RangeCopy(long Start, long Stop, long Step);
    private sealed record SliceCopy(object Start, object Stop, object Step);
    // time.struct_time: its nine items and the two fields beside them.
    private sealed record StructTimeCopy(object[] Items, object Zone, object GmtOffset);
    private sealed record SharedMemory(SharedCtypeData Data);
    // multiprocessing's locks, semaphores and queue channels: the same shared object, with a fresh per-process
    // count and owner, as a SemLock after fork (CPython's _after_fork).
    private sealed record SharedLock(SharedSemaphore Semaphore, PyType Type, bool OfManager);
    private sealed record SharedPipe(SharedChannel Channel);
    private sealed record SharedWorker(WorkerInterpreter Worker);
    private sealed record NotCopied(string TypeName, string Where);

    private sealed class Exporter(ThreadState ts)
    {
        private readonly Dictionary<PyObject, object> _memo = new(ReferenceEqualityComparer.Instance);

        // Where the value being recorded comes from, for the error about one that cannot be copied.
        public string Where = "";

        public ModuleCopy Module(PyModule module)
        {
            if (_memo.TryGetValue(module, out var seen)) return (ModuleCopy)seen;
            var copy = new ModuleCopy(module.Definition!, module.Name);
            _memo[module] = copy;
            foreach (var slot in new List<GlobalSlot>(module.BoundSlots()))
            {
                Where = $"the global '{slot.Name}' of module '{module.Name}'";
                copy.Globals.Add((slot.Name, Value(slot.Value)));
            }
            return copy;
        }

        public object Value(PyValue v)
        {
            if (v.IsInt) return v.IntValue;
            var o = v.Obj!;
            if (_memo.TryGetValue(o, out var seen)) return seen;
            switch (o)
            {
                case PyNone or PyBool or PyEllipsis or PyNotImplemented: return new Shared(o);
                case PyStr s when o.GetType() == typeof(PyStr): return s.Value;
                case PyFloat f when o.GetType() == typeof(PyFloat): return f.Value;
                case PyLong l when o.GetType() == typeof(PyLong): return l.Value;
                case PyBytes b when o.GetType() == typeof(PyBytes): return new Bytes((byte[])b.Data.Clone(), false);
                case PyByteArray ba when o.GetType() == typeof(PyByteArray): return Remember(o, new Bytes(ba.ToArray(), true));
                case PyTuple t when o.GetType() == typeof(PyTuple): return Items(o, new Sequence(PyType.Tuple), t.Items);
                case PyList l when o.GetType() == typeof(PyList): return Items(o, new Sequence(PyType.List), l.Items.ToArray());
                case PySet s when o.GetType() == typeof(PySet): return Items(o, new Sequence(s.Frozen ? PyType.FrozenSet : PyType.Set), s.Items().ToArray());
                case PyDict d when d.Table.Namespace is ModuleNamespace ns: return Remember(o, new NamespaceOf(Value(PyValue.From(ns.Module))));
                case PyDict d when o.GetType() == typeof(PyDict): return Dict(d);
                case PyDeque dq: return Deque(dq);
                case PyModule m: return IsUserModule(m) ? Module(m) : Remember(o, new ModuleReference(m.Name));
                case PyType type: return type.IsHeapType ? Class(type) : new Shared(o);
                case PyFunction fn: return Function(fn);
                case PyCell cell: return Cell(cell);
                case PyBuiltinFunction bf: return BuiltinFunction(bf);
                case PyBoundMethod m: return Remember(o, new BoundMethodCopy(Value(m.Function), Value(m.Self)));
                case PyStaticMethod sm: return Remember(o, new WrapperCopy(PyStaticMethod.TypeObject, Value(sm.Function)));
                case PyClassMethod cm: return Remember(o, new WrapperCopy(PyClassMethod.TypeObject, Value(cm.Function)));
                case PyProperty p: return Property(p);
                case PyBaseException e when o.GetType() == typeof(PyBaseException): return ExceptionOf(e);
                case PyInstance i when o.GetType() == typeof(PyInstance) && i.Type.IsHeapType: return InstanceOf(i);
                case PyLock lk: return Remember(o, new LockCopy(lk.IsLocked));
                case PyRLock rl: return Remember(o, new RLockCopy(rl.IsLocked, rl.IsOwnedBy(ts), rl.Count));
                case PyRange r: return Remember(o, new RangeCopy(r.Start, r.Stop, r.Step));
                case PySlice sl: return Remember(o, new SliceCopy(Value(sl.Start), Value(sl.Stop), Value(sl.Step)));
                case StructTime st: return Remember(o, new StructTimeCopy(Array.ConvertAll(st.Items, Value), Value(st.Zone), Value(st.GmtOffset)));
                case PySharedCtype sc: return Remember(o, new SharedMemory(sc.Data));
                case PySemLock sl: return Remember(o, new SharedLock(sl.Shared, sl.Type, sl.OfManager));
                case PyChannel ch: return Remember(o, new SharedPipe(ch.Shared));
                case WorkerInterpretersModule.Handle h: return Remember(o, new SharedWorker(h.Worker));
            }
            // fork(2) copies everything; what GilGen cannot copy gets a stand-in that fails when the child uses it.
            return Remember(o, new NotCopied(o.Type.Name, Where));
        }

        private object Remember(PyObject o, object copy)
        {
            _memo[o] = copy;
            return copy;
        }

        private Sequence Items(PyObject o, Sequence copy, PyValue[] items)
        {
            // Entered before its items, so that a list holding itself copies to a list holding its copy.
            _memo[o] = copy;
            foreach (var item in items) copy.Items.Add(Value(item));
            return copy;
        }

        private Mapping Dict(PyDict d)
        {
            var copy = new Mapping();
            _memo[d] = copy;
            var entries = new List<(PyValue Key, PyValue Value)>(d.Table.Entries());
            foreach (var (k, v) in entries) copy.Items.Add((Value(k), Value(v)));
            return copy;
        }

        private DequeCopy Deque(PyDeque d)
        {
            var copy = new DequeCopy(d.MaxLen);
            _memo[d] = copy;
            var items = new PyValueList();
            var it = Ops.GetIter(ts, PyValue.From(d));
            try
            {
                while (Ops.ForIter(ts, it, out var item)) items.Add(item);
                foreach (var item in items) copy.Items.Add(Value(item));
            }
            finally
            {
                foreach (var item in items) item.DecRef();
                it.DecRef();
            }
            return copy;
        }

        private object Function(PyFunction fn)
        {
            // A function of the runtime's library goes by name (the child's library has it); one of the program is
            // copied, so that lambdas and closures work in the child as they do after fork.
            if (!IsUserModule(fn.Module) && LibraryGlobal(fn, fn.Module, fn.QualName) is Global g) return g;
            var copy = new FunctionCopy(fn);
            _memo[fn] = copy;
            copy.Module = Value(PyValue.From(fn.Module));
            if (fn.Defaults != null) copy.Defaults = Array.ConvertAll(fn.Defaults, Value);
            if (fn.KwDefaults != null) copy.KwDefaults = Value(PyValue.From(fn.KwDefaults));
            if (fn.Closure != null) copy.Closure = Array.ConvertAll(fn.Closure, c => Value(PyValue.From(c)));
            foreach (var (name, value) in fn.AssignedAttributes()) copy.Attributes.Add((name, Value(value)));
            return copy;
        }

        private CellCopy Cell(PyCell cell)
        {
            var copy = new CellCopy();
            _memo[cell] = copy;
            if (!cell.Value.IsUnbound) copy.Contents = Value(cell.Value);
            return copy;
        }

        private object Class(PyType type)
        {
            var module = ts.Interp.Modules.Find(type.Module);
            if (module == null || !IsUserModule(module))
            {
                if (LibraryGlobal(type, module, type.QualName) is Global g) return g;
                if (module == null)
                    throw PyErr.NotImplementedError($"GilGen cannot copy {Where} (the class '{type.QualName}' of module '{type.Module}', which is not loaded) into a process started by fork yet");
            }
            var copy = new ClassCopy(type.Name, type.QualName, type.Module) { AbstractNames = type.AbstractNames };
            _memo[type] = copy;
            copy.Metatype = type.Metatype is { IsHeapType: true } meta ? Value(PyValue.From(meta)) : type.Metatype;
            foreach (var b in type.Bases) copy.Bases.Add(Value(PyValue.From(b)));
            foreach (var (name, value) in new List<KeyValuePair<string, PyValue>>(type.Dict))
                copy.Namespace.Add((name, Value(value)));
            return copy;
        }

        // A function or class of a module the child imports afresh, found there by its qualified name; null when
        // it is not reachable so (a nested one), in which case it is copied.
        private Global? LibraryGlobal(PyObject o, PyModule? module, string qualName)
        {
            if (module == null || qualName.Contains("<locals>", StringComparison.Ordinal)) return null;
            var found = Lookup(ts, PyValue.From(module), qualName);
            try
            {
                if (found.IsUnbound || !found.Is(o)) return null;
            }
            finally { found.DecRef(); }
            var g = new Global(Value(PyValue.From(module)), qualName);
            _memo[o] = g;
            return g;
        }

        private object BuiltinFunction(PyBuiltinFunction bf)
        {
            if (bf.Self.IsUnbound)
            {
                // A module's function may hold that interpreter's module state: the child's module has its own.
                if (bf.OwnerType == null && bf.ModuleName is string module && module != "builtins")
                    return Remember(bf, new Global(new ModuleReference(module), bf.Name));
                return new Shared(bf);
            }
            if (bf.Self.Obj is PyModule m) return Remember(bf, new Global(Value(PyValue.From(m)), bf.Name));
            // A builtin method bound to an object is the parent's object, not a shared one: found again on the copy.
            return Remember(bf, new BuiltinMethodCopy(Value(bf.Self), bf.Name));
        }

        private bool IsLibraryClass(PyType type) =>
            ts.Interp.Modules.Find(type.Module) is { Definition: ModuleDefinition def } && ModuleRegistry.IsLibraryDefinition(def);

        private object Property(PyProperty p)
        {
            var copy = new PropertyCopy(Attr(p, "fget"), Attr(p, "fset"), Attr(p, "fdel"), Attr(p, "__doc__"), p.AttributeName);
            return Remember(p, copy);
        }

        private object Attr(PyObject o, string name)
        {
            var v = Ops.GetAttr(ts, PyValue.From(o), name);
            try { return Value(v); }
            finally { v.DecRef(); }
        }

        private object ExceptionOf(PyBaseException e)
        {
            var copy = new ExceptionCopy(Value(PyValue.From(e.Type)), Value(PyValue.From(e.Args)));
            _memo[e] = copy;
            foreach (var (name, value) in InstanceCopy.StoredAttributes(ts, e))
                copy.Attributes.Add((name, Value(value)));
            return copy;
        }

        private object InstanceOf(PyInstance i)
        {
            var copy = new ObjectCopy(Value(PyValue.From(i.Type)));
            _memo[i] = copy;
            if (IsLibraryClass(i.Type) && InstanceCopy.DefinesInPython(i.Type, "_fork_getstate"))
            {
                // The runtime's objects that hold a handle on something processes share (a pipe's end, a manager's
                // proxy) count their copies in _fork_getstate and register them in __setstate__: what fork(2) does
                // by duplicating file descriptors. The user's classes are copied without running their code.
                var method = Ops.GetAttr(ts, PyValue.From(i), "_fork_getstate");
                PyValue state;
                try { state = Ops.Call(ts, method, ReadOnlySpan<PyValue>.Empty, null); }
                finally { method.DecRef(); }
                try { copy.State = Value(state); }
                finally { state.DecRef(); }
                copy.ThroughSetState = InstanceCopy.DefinesInPython(i.Type, "__setstate__");
                return copy;
            }
            foreach (var (name, value) in InstanceCopy.StoredAttributes(ts, i))
                copy.Attributes.Add((name, Value(value)));
            return copy;
        }
    }

    private sealed class Importer(ThreadState ts)
    {
        private readonly Dictionary<object, PyObject> _memo = new(ReferenceEqualityComparer.Instance);

        public PyValue Value(object c)
        {
            switch (c)
            {
                case long l: return PyValue.Int(l);
                case string s: return PyValue.Str(s);
                case double d: return PyValue.Float(d);
                case BigInteger b: return PyValue.Int(b);
                case Shared s: return PyValue.From(s.Object).NewRef();
            }
            if (_memo.TryGetValue(c, out var made)) return PyValue.From(made).NewRef();
            switch (c)
            {
                case Bytes { Mutable: false } b: return PyValue.From(new PyBytes(b.Data));
                case Bytes b: return Remember(c, PyValue.From(new PyByteArray(new List<byte>(b.Data))));
                case ModuleReference r: return Remember(c, PyValue.From(ts.Interp.Modules.Import(ts, r.Name)).NewRef());
                case ModuleCopy m: return ModuleOf(m);
                case NamespaceOf n:
                    {
                        var module = Value(n.Module);
                        try { return Remember(c, PyValue.From(((PyModule)module.Obj!).Namespace).NewRef()); }
                        finally { module.DecRef(); }
                    }
                case Global g: return Remember(c, Resolve(g));
                case Sequence s: return SequenceOf(s);
                case Mapping m: return DictOf(m);
                case DequeCopy d: return DequeOf(d);
                case FunctionCopy f: return FunctionOf(f);
                case CellCopy cell: return CellOf(cell);
                case ClassCopy k: return ClassOf(k);
                case ObjectCopy i: return InstanceOf(i);
                case ExceptionCopy e: return ExceptionOf(e);
                case BoundMethodCopy bm: return Remember(c, BoundMethodOf(bm));
                case BuiltinMethodCopy bim: return Remember(c, BuiltinMethodOf(bim));
                case WrapperCopy w: return Remember(c, WrapperOf(w));
                case PropertyCopy p: return Remember(c, PropertyOf(p));
                case LockCopy lk: return Remember(c, PyValue.From(PyLock.Forked(lk.Held)));
                case RLockCopy rl: return Remember(c, PyValue.From(PyRLock.Forked(ts, rl.Held, rl.HeldByForkingThread, rl.Count)));
                case RangeCopy r: return Remember(c, PyValue.From(new PyRange(r.Start, r.Stop, r.Step)));
                case SliceCopy sc: return Remember(c, SliceOf(sc));
                case StructTimeCopy stc: return Remember(c, PyValue.From(new StructTime(Array.ConvertAll(stc.Items, Value), Value(stc.Zone), Value(stc.GmtOffset))));
                case SharedMemory sm: return Remember(c, PyValue.From(new PySharedCtype(sm.Data)));
                case SharedLock sl: return Remember(c, PyValue.From(new PySemLock(sl.Semaphore, sl.Type, sl.OfManager)));
                case SharedPipe sp: return Remember(c, PyValue.From(new PyChannel(sp.Channel)));
                case SharedWorker sw: return Remember(c, PyValue.From(new WorkerInterpretersModule.Handle(sw.Worker)));
                case NotCopied n: return Remember(c, PyValue.From(new PyNotForkCopied(n.TypeName, n.Where)));
            }
            throw new InvalidOperationException("GilGen bug: unknown recorded value " + c.GetType().Name);
        }

        private PyValue Remember(object c, PyValue made)
        {
            if (made.Obj is PyObject o) _memo[c] = o;
            return made;
        }

        private PyValue ModuleOf(ModuleCopy m)
        {
            // Entered in sys.modules and the memo before its globals, which may refer to it (functions do).
            var module = new PyModule(m.Definition, m.Name) { Builtins = ts.Interp.Modules.Builtins };
            _memo[m] = module;
            foreach (var name in m.Names) ts.Interp.Modules.Adopt(name, module);
            foreach (var (name, copied) in m.Globals)
            {
                var v = Value(copied);
                try { module.SetGlobal(name, v); }
                finally { v.DecRef(); }
            }
            // sys.modules keeps the module's first reference; one it does not have (the parent had taken it out) is the caller's.
            return m.Names.Count > 0 ? PyValue.From(module).NewRef() : PyValue.From(module);
        }

        private PyValue Resolve(Global g)
        {
            var module = Value(g.Module);
            try
            {
                var found = Lookup(ts, module, g.QualName);
                if (found.IsUnbound)
                    throw PyErr.AttributeError($"Can't get attribute '{g.QualName}' on {module.Obj!.ReprString(ts)}");
                return found;
            }
            finally { module.DecRef(); }
        }

        private PyValue SequenceOf(Sequence s)
        {
            if (ReferenceEquals(s.Kind, PyType.List))
            {
                var list = new PyList(new PyValueList(s.Items.Count));
                _memo[s] = list;
                foreach (var item in s.Items) list.Items.Add(Value(item));
                return PyValue.From(list);
            }
            var items = new PyValue[s.Items.Count];
            for (int i = 0; i < items.Length; i++) items[i] = Value(s.Items[i]);
            if (ReferenceEquals(s.Kind, PyType.Tuple))
                return Remember(s, items.Length == 0 ? PyValue.From(PyTuple.Empty).NewRef() : PyValue.From(new PyTuple(items)));
            var set = new PySet(frozen: ReferenceEquals(s.Kind, PyType.FrozenSet));
            try { foreach (var item in items) set.Add(ts, item); }
            finally { foreach (var item in items) item.DecRef(); }
            return Remember(s, PyValue.From(set));
        }

        private PyValue DictOf(Mapping m)
        {
            var dict = new PyDict();
            _memo[m] = dict;
            foreach (var (key, value) in m.Items)
            {
                var k = Value(key);
                var v = Value(value);
                try { dict.Set(ts, k, v); }
                finally { k.DecRef(); v.DecRef(); }
            }
            return PyValue.From(dict);
        }

        private PyValue DequeOf(DequeCopy d)
        {
            var deque = new PyDeque { MaxLen = d.MaxLen };
            _memo[d] = deque;
            foreach (var item in d.Items)
            {
                var v = Value(item);
                try { deque.Append(v); }
                finally { v.DecRef(); }
            }
            return PyValue.From(deque);
        }

        private PyValue FunctionOf(FunctionCopy f)
        {
            var module = Value(f.Module!);
            PyValue[]? defaults = f.Defaults == null ? null : Array.ConvertAll(f.Defaults, Value);
            PyDict? kwDefaults = f.KwDefaults == null ? null : (PyDict)Value(f.KwDefaults).Obj!;
            PyCell[]? closure = f.Closure == null ? null : Array.ConvertAll(f.Closure, c => (PyCell)Value(c).Obj!);
            // The function takes its own reference to the module; the code and its generated body are shared (immutable).
            var fn = new PyFunction(f.Code, (PyModule)module.Obj!, f.Body, f.Spec, defaults, kwDefaults, closure, f.QualName)
            { Name = f.Name };
            module.DecRef();
            _memo[f] = fn;
            foreach (var (name, copied) in f.Attributes)
            {
                var v = Value(copied);
                fn.RestoreAttribute(name, v);
                v.DecRef();
            }
            return PyValue.From(fn);
        }

        private PyValue CellOf(CellCopy c)
        {
            var cell = new PyCell();
            _memo[c] = cell;
            if (c.Contents != null) cell.Value = Value(c.Contents);
            return PyValue.From(cell);
        }

        private PyValue ClassOf(ClassCopy k)
        {
            var bases = new PyType[k.Bases.Count];
            for (int i = 0; i < bases.Length; i++) bases[i] = (PyType)Value(k.Bases[i]).Obj!;
            var type = PyType.CreateForkedHeapType(k.Name, k.QualName, k.Module, bases);
            // The new class holds its own reference to each base.
            foreach (var b in bases) PyValue.From(b).DecRef();
            _memo[k] = type;
            var ns = new List<(string, PyValue)>(k.Namespace.Count);
            foreach (var (name, copied) in k.Namespace) ns.Add((name, Value(copied)));
            type.FillForkedNamespace(ts, ns);
            // A copied metaclass comes with a new reference, which the class keeps.
            type.CopyAbcState(k.Metatype is PyType builtin ? builtin : k.Metatype is null ? null : (PyType)Value(k.Metatype).Obj!, k.AbstractNames);
            return PyValue.From(type);
        }

        private PyValue InstanceOf(ObjectCopy i)
        {
            var cls = Value(i.Class);
            var instance = new PyInstance((PyType)cls.Obj!);
            cls.DecRef();
            _memo[i] = instance;
            var made = PyValue.From(instance);
            bool done = false;
            try
            {
                if (i.State != null) SetState(made, i.State, i.ThroughSetState);
                foreach (var (name, copied) in i.Attributes)
                {
                    var v = Value(copied);
                    try { instance.SetStored(name, v); }
                    finally { v.DecRef(); }
                }
                done = true;
                return made;
            }
            finally
            {
                if (!done) made.DecRef();
            }
        }

        // What unpickling does with a __getstate__'s result: __setstate__(state), else the dict into the storage.
        private void SetState(PyValue target, object copiedState, bool throughSetState)
        {
            var state = Value(copiedState);
            try
            {
                if (throughSetState)
                {
                    var method = Ops.GetAttr(ts, target, "__setstate__");
                    try { Ops.Call(ts, method, new[] { state }, null).DecRef(); }
                    finally { method.DecRef(); }
                    return;
                }
                if (state.Obj is not PyDict dict || target.Obj is not PyInstance instance)
                    throw PyErr.NotImplementedError($"GilGen does not support copying '{target.Type.Name}' objects whose __getstate__ returns a {state.Type.Name} yet");
                foreach (var (k, v) in dict.Table.Entries())
                    if (k.Obj is PyStr ks) instance.SetStored(ks.Value, v);
            }
            finally { state.DecRef(); }
        }

        // BaseException.__reduce__ undone: type(*args), then its attributes.
        private PyValue ExceptionOf(ExceptionCopy e)
        {
            var type = Value(e.Type);
            var args = Value(e.Args);
            PyValue made;
            try { made = Ops.Call(ts, type, ((PyTuple)args.Obj!).Items, null); }
            finally { type.DecRef(); args.DecRef(); }
            if (made.Obj is PyObject o) _memo[e] = o;
            if (made.Obj is PyInstance instance)
            {
                foreach (var (name, copied) in e.Attributes)
                {
                    var v = Value(copied);
                    try { instance.SetStored(name, v); }
                    finally { v.DecRef(); }
                }
            }
            return made;
        }

        private PyValue BoundMethodOf(BoundMethodCopy bm)
        {
            var function = Value(bm.Function);
            var self = Value(bm.Self);
            try { return PyValue.From(new PyBoundMethod(function, self)); }
            finally { function.DecRef(); self.DecRef(); }
        }

        private PyValue BuiltinMethodOf(BuiltinMethodCopy bm)
        {
            var self = Value(bm.Self);
            try { return Ops.GetAttr(ts, self, bm.Name); }
            finally { self.DecRef(); }
        }

        private PyValue WrapperOf(WrapperCopy w)
        {
            var function = Value(w.Function);
            try
            {
                return ReferenceEquals(w.Kind, PyStaticMethod.TypeObject)
                    ? PyValue.From(new PyStaticMethod(function))
                    : PyValue.From(new PyClassMethod(function));
            }
            finally { function.DecRef(); }
        }

        private PyValue PropertyOf(PropertyCopy p)
        {
            var get = Value(p.Get);
            var set = Value(p.Set);
            var delete = Value(p.Delete);
            var doc = Value(p.Doc);
            try
            {
                var property = new PyProperty(get, set, delete, doc);
                if (p.Name != null) property.SetName(p.Name);
                return PyValue.From(property);
            }
            finally { get.DecRef(); set.DecRef(); delete.DecRef(); doc.DecRef(); }
        }

        private PyValue SliceOf(SliceCopy s)
        {
            var start = Value(s.Start);
            var stop = Value(s.Stop);
            var step = Value(s.Step);
            var slice = new PySlice(start, stop, step);
            start.DecRef();
            stop.DecRef();
            step.DecRef();
            return PyValue.From(slice);
        }
    }

    // getattr along a dotted qualified name (Outer.Inner.method); Unbound when a step is missing.
    private static PyValue Lookup(ThreadState ts, PyValue start, string qualName)
    {
        var current = start.NewRef();
        foreach (var part in qualName.Split('.'))
        {
            var next = Ops.GetAttrOrNull(ts, current, part);
            current.DecRef();
            if (next is not PyValue n) return PyValue.Unbound;
            current = n;
        }
        return current;
    }
}
