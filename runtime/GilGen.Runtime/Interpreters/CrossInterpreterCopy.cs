using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>
/// Copies a value from one interpreter to another as pickling copies it between processes
/// (docs/architecture/design.md §5c): <see cref="Export"/> runs in the sending interpreter, holding its GIL, and
/// turns the value into plain C# data that holds no object of the sender (only immortal builtin objects every
/// interpreter shares); <see cref="Import"/> runs in the receiving interpreter, holding its GIL, and builds new
/// objects from it. Functions and classes go by reference (module and qualified name, looked up again on the
/// other side); instances of classes by their class and state; an object shared twice in one copy is shared
/// in the result too (pickle's memo), cycles included. What pickle refuses gets pickle's error text.
/// </summary>
public static class CrossInterpreterCopy
{
    /// <summary>
    /// The copy of <paramref name="value"/> (borrowed), made in the sending interpreter. <paramref name="inheriting"/>
    /// is true for what a new process inherits (Process's arguments, a Pool's initializer and initargs): only
    /// then may multiprocessing's locks, semaphores, queues and shared memory go (CPython's
    /// <c>assert_spawning</c>); anything else that holds one raises CPython's RuntimeError.
    /// </summary>
    public static object Export(ThreadState ts, PyValue value, bool inheriting = false)
    {
        bool outer = t_inheriting;
        t_inheriting = inheriting;
        try { return new Exporter(ts, inheriting).Value(value); }
        finally { t_inheriting = outer; }
    }

    // True while this OS thread exports what a new process inherits (Python __getstate__ methods ask, through
    // _multiprocessing.assert_spawning).
    [ThreadStatic] private static bool t_inheriting;

    /// <summary>
    /// CPython's <c>assert_spawning</c>: RuntimeError unless the calling thread is copying what a new process
    /// inherits; <paramref name="typeName"/> names the object's class in the message.
    /// </summary>
    public static void AssertInheriting(string typeName)
    {
        if (!t_inheriting)
            throw PyErr.RuntimeError($"{typeName} objects should only be shared between processes through inheritance");
    }

    /// <summary>A new reference in the receiving interpreter to an object built from <paramref name="copied"/>.</summary>
    public static PyValue Import(ThreadState ts, object copied) => new Importer(ts).Value(copied);

    // The copied forms. Scalars are boxed long, BigInteger, double and string; objects every interpreter shares
    // (None, bools, builtin classes and functions) are Shared.
    private sealed record Shared(PyObject Object);
    private sealed record Bytes(byte[] Data, bool Mutable);
    private sealed record Global(string Module, string QualName);
    private sealed record Attribute(object Owner, string Name);
    private sealed class Sequence(PyType kind) { public readonly PyType Kind = kind; public readonly List<object> Items = new(); }
    private sealed class Mapping { public readonly List<(object Key, object Value)> Items = new(); }
    private sealed class Instance(Global cls) { public readonly Global Class = cls; public object? State; public bool ThroughSetState; }
    // Shared memory and locks of multiprocessing: the other process gets a handle on the same C# object.
    private sealed record SharedMemory(SharedCtypeData Data);
    private sealed record SharedLock(SharedSemaphore Semaphore, PyType Type, bool OfManager);
    private sealed record SharedPipe(SharedChannel Channel);
    private sealed record SharedWorker(WorkerInterpreter Worker);
    private sealed record SliceCopy(object Start, object Stop, object Step);
    // time.struct_time: its nine items and the two fields beside them.
    private sealed record StructTimeCopy(object[] Items, object Zone, object GmtOffset);
    private sealed class ExceptionCopy(object type, object args) { public readonly object Type = type; public readonly object Args = args; public object? State; }

    private sealed class Exporter(ThreadState ts, bool inheriting)
    {
        private readonly Dictionary<PyObject, object> _memo = new(ReferenceEqualityComparer.Instance);

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
                case PyDict d when o.GetType() == typeof(PyDict): return Dict(d);
                case PyType type: return type.IsHeapType ? ByReference(o, type.Module, type.QualName) : new Shared(o);
                case PyFunction fn: return ByReference(o, fn.Module.Name, fn.QualName);
                case PyBuiltinFunction bf: return BuiltinFunction(bf);
                case PyBoundMethod m when m.Function.Obj is PyFunction f: return Remember(o, new Attribute(Value(m.Self), f.Code.Name));
                case PyBaseException e when o.GetType() == typeof(PyBaseException) || o is PyExceptionGroup: return ExceptionOf(e);
                case PyInstance i when o.GetType() == typeof(PyInstance) && i.Type.IsHeapType: return InstanceOf(i);
                case PySharedCtype sc:
                    if (!inheriting) AssertInheriting(sc.Data.IsArray ? $"{sc.Data.ElementName}_Array_{sc.Data.Length}" : sc.Data.ElementName);
                    return Remember(o, new SharedMemory(sc.Data));
                case PySemLock sl:
                    if (!inheriting && !sl.OfManager) AssertInheriting(sl.Type.Name);
                    return Remember(o, new SharedLock(sl.Shared, sl.Type, sl.OfManager));
                case PyChannel ch: return Remember(o, new SharedPipe(ch.Shared));
                case PySlice sl: return Remember(o, new SliceCopy(Value(sl.Start), Value(sl.Stop), Value(sl.Step)));
                case StructTime st: return Remember(o, new StructTimeCopy(Array.ConvertAll(st.Items, Value), Value(st.Zone), Value(st.GmtOffset)));
                case WorkerInterpretersModule.Handle h: return Remember(o, new SharedWorker(h.Worker));
            }
            if (o.Type.IsHeapType)
                throw PyErr.NotImplementedError($"GilGen does not support copying '{o.Type.Name}' objects (a subclass of a builtin type) to another process yet");
            throw PyErr.TypeError($"cannot pickle '{QualifiedTypeName(o.Type)}' object");
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

        private object BuiltinFunction(PyBuiltinFunction bf)
        {
            if (bf.Self.IsUnbound)
            {
                // A module's function may hold that interpreter's module state: look it up there again, as pickle
                // does. The builtins' functions and the methods of builtin classes are shared by every interpreter.
                if (bf.OwnerType == null && bf.ModuleName is string module && module != "builtins")
                    return Remember(bf, new Global(module, bf.Name));
                return new Shared(bf);
            }
            // A module's function is bound to that interpreter's module: look it up there again.
            if (bf.Self.Obj is PyModule m) return Remember(bf, new Global(m.Name, bf.Name));
            return Remember(bf, new Attribute(Value(bf.Self), bf.Name));
        }

        // pickle's save_global: the object must be found again under its module and qualified name.
        private object ByReference(PyObject o, string module, string qualName)
        {
            if (qualName.Contains("<locals>", StringComparison.Ordinal))
                throw PyErr.AttributeError($"Can't pickle local object '{qualName}'");
            var where = ts.Interp.Modules.Find(module);
            PyValue found = where == null ? PyValue.Unbound : Lookup(ts, PyValue.From(where), qualName);
            try
            {
                if (found.IsUnbound)
                    throw PyErr.New(PickleModule.PicklingErrorType, $"Can't pickle {o.ReprString(ts)}: attribute lookup {qualName} on {module} failed");
                if (!found.Is(o))
                    throw PyErr.New(PickleModule.PicklingErrorType, $"Can't pickle {o.ReprString(ts)}: it's not the same object as {module}.{qualName}");
            }
            finally { found.DecRef(); }
            return Remember(o, new Global(module, qualName));
        }

        // BaseException.__reduce__: (type, args, __dict__ when it has one).
        private object ExceptionOf(PyBaseException e)
        {
            object type = e.Type.IsHeapType ? ByReference(e.Type, e.Type.Module, e.Type.QualName) : new Shared(e.Type);
            var copy = new ExceptionCopy(type, Value(PyValue.From(e.Args)));
            _memo[e] = copy;
            copy.State = StateOf(e);
            return copy;
        }

        private object InstanceOf(PyInstance i)
        {
            var type = i.Type;
            if (InstanceCopy.DefinesInPython(type, "__reduce_ex__") || InstanceCopy.DefinesInPython(type, "__reduce__"))
                throw PyErr.NotImplementedError($"GilGen does not support copying '{type.Name}' objects with their own __reduce__ to another process yet");
            var cls = (Global)ByReference(type, type.Module, type.QualName);
            var copy = new Instance(cls);
            _memo[i] = copy;
            if (InstanceCopy.DefinesInPython(type, "__getstate__"))
            {
                var method = Ops.GetAttr(ts, PyValue.From(i), "__getstate__");
                PyValue state;
                try { state = Ops.Call(ts, method, ReadOnlySpan<PyValue>.Empty, null); }
                finally { method.DecRef(); }
                try { copy.State = state.IsNone ? null : Value(state); }
                finally { state.DecRef(); }
            }
            else copy.State = StateOf(i);
            copy.ThroughSetState = InstanceCopy.DefinesInPython(type, "__setstate__");
            return copy;
        }

        // The instance's attributes (its __dict__ and slots), as object.__reduce_ex__ collects them; null when none.
        private Mapping? StateOf(PyInstance i)
        {
            var entries = InstanceCopy.StoredAttributes(ts, i);
            if (entries.Count == 0) return null;
            var state = new Mapping();
            foreach (var (name, value) in entries) state.Items.Add((name, Value(value)));
            return state;
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
                case Global g: return Remember(c, Resolve(g));
                case Attribute a: return Remember(c, AttributeOf(a));
                case Sequence s: return SequenceOf(s);
                case Mapping m: return DictOf(m);
                case Instance i: return InstanceOf(i);
                case ExceptionCopy e: return ExceptionOf(e);
                case SharedMemory sm: return Remember(sm, PyValue.From(new PySharedCtype(sm.Data)));
                case SharedLock sl: return Remember(sl, PyValue.From(new PySemLock(sl.Semaphore, sl.Type, sl.OfManager)));
                case SharedPipe sp: return Remember(sp, PyValue.From(new PyChannel(sp.Channel)));
                case SliceCopy sc: return Remember(sc, SliceOf(sc));
                case StructTimeCopy stc: return Remember(stc, PyValue.From(new StructTime(Array.ConvertAll(stc.Items, Value), Value(stc.Zone), Value(stc.GmtOffset))));
                case SharedWorker sw: return Remember(sw, PyValue.From(new WorkerInterpretersModule.Handle(sw.Worker)));
            }
            throw new InvalidOperationException("GilGen bug: unknown copied value " + c.GetType().Name);
        }

        private PyValue Remember(object c, PyValue made)
        {
            if (made.Obj is PyObject o) _memo[c] = o;
            return made;
        }

        private PyValue Resolve(Global g)
        {
            // The main module is __main__ in the parent and __mp_main__ in a spawned worker (where __main__ names it too).
            string module = g.Module == "__mp_main__" ? "__main__" : g.Module;
            var m = ts.Interp.Modules.Find(module) ?? ts.Interp.Modules.Import(ts, module);
            var found = Lookup(ts, PyValue.From(m), g.QualName);
            if (found.IsUnbound)
                throw PyErr.AttributeError($"Can't get attribute '{g.QualName}' on {m.ReprString(ts)}");
            return found;
        }

        private PyValue AttributeOf(Attribute a)
        {
            var owner = Value(a.Owner);
            try { return Ops.GetAttr(ts, owner, a.Name); }
            finally { owner.DecRef(); }
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

        // copyreg.__newobj__: cls.__new__(cls), then the state through __setstate__ or into its storage.
        private PyValue InstanceOf(Instance i)
        {
            var cls = Value(i.Class);
            PyValue made;
            try
            {
                var newMethod = Ops.GetAttr(ts, cls, "__new__");
                try { made = Ops.Call(ts, newMethod, new[] { cls }, null); }
                finally { newMethod.DecRef(); }
            }
            finally { cls.DecRef(); }
            if (made.Obj is PyObject o) _memo[i] = o;
            bool done = false;
            try
            {
                if (i.State != null) SetState(made, i.State, i.ThroughSetState);
                done = true;
                return made;
            }
            finally
            {
                if (!done) made.DecRef();
            }
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

        // BaseException.__reduce__ undone: type(*args), then its __dict__.
        private PyValue ExceptionOf(ExceptionCopy e)
        {
            var type = Value(e.Type);
            var args = Value(e.Args);
            PyValue made;
            try { made = Ops.Call(ts, type, ((PyTuple)args.Obj!).Items, null); }
            finally { type.DecRef(); args.DecRef(); }
            if (made.Obj is PyObject o) _memo[e] = o;
            bool done = false;
            try
            {
                if (e.State != null) SetState(made, e.State, throughSetState: false);
                done = true;
                return made;
            }
            finally
            {
                if (!done) made.DecRef();
            }
        }

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

    // The name pickle's TypeError gives a type: its module too, unless builtins (_thread.lock, generator).
    private static string QualifiedTypeName(PyType type) => type.Module == "builtins" ? type.Name : type.Module + "." + type.Name;
}
