using System;
using System.Collections.Generic;
using System.Linq;

namespace GilGen.Runtime;

/// <summary>
/// collections.abc without ABCMeta: each ABC is a heap class whose abstract methods are marked
/// (<see cref="PyType.AbstractMethods"/>: a class that leaves one unimplemented cannot be instantiated) and
/// whose isinstance/issubclass also answers for virtual subclasses (<see cref="PyType.VirtualSubclasses"/>):
/// the one-method ABCs' __subclasshook__ (a class defining __iter__ is Iterable), the builtins CPython
/// registers (list is a MutableSequence, dict a MutableMapping), and classes given to <c>register</c>.
/// The mixin methods (Mapping.get, MutableSequence.append, Set.__and__, ...) are native functions with
/// the behaviour of _collections_abc.py's.
/// </summary>
public static class CollectionsAbcModule
{
    private sealed class Abc
    {
        public required PyType Type;
        public string[]? Hook;
    }

    /// <summary>Makes collections.abc (and sets it as collections.abc).</summary>
    public static PyModule Create(ThreadState ts)
    {
        var m = new PyModule("collections.abc");
        var abcs = new List<Abc>();
        PyType Define(string name, PyType[] bases, string[]? hook, Action<ClassBuilder> body)
        {
            var b = new ClassBuilder(ts, m, name);
            body(b);
            var type = b.Build(bases);
            var abc = new Abc { Type = type, Hook = hook };
            abcs.Add(abc);
            type.VirtualSubclasses = candidate => IsVirtual(abcs, abc, candidate);
            m.SetGlobal(name, PyValue.From(type));
            PyValue.From(type).DecRef();
            return type;
        }
        void Register(PyType abc, params PyType[] types) { foreach (var t in types) RegisterOn(abc, t); }

        var obj = new[] { PyType.Object };
        Define("Awaitable", obj, new[] { "__await__" }, b => b.Abstract("__await__", 1, (ts2, p) => throw PyErr.NotImplementedError("Awaitable.__await__")));
        var coroutine = Define("Coroutine", new[] { Get(m, "Awaitable") }, new[] { "__await__", "send", "throw", "close" }, b =>
        {
            b.Abstract("send", 2, (ts2, p) => throw PyErr.New(ExceptionTypes.StopIteration, ""));
            b.Abstract("throw", 2, (ts2, p) => throw new PyException(new PyBaseException(ExceptionTypes.RuntimeError, PyTuple.Empty)));
        });
        Define("AsyncIterable", obj, new[] { "__aiter__" }, b => b.Abstract("__aiter__", 1, (ts2, p) => throw PyErr.NotImplementedError("AsyncIterable.__aiter__")));
        Define("AsyncIterator", new[] { Get(m, "AsyncIterable") }, new[] { "__anext__", "__aiter__" }, b =>
        {
            b.Abstract("__anext__", 1, (ts2, p) => throw PyErr.NotImplementedError("GilGen does not support StopAsyncIteration yet"));
            b.Method("__aiter__", new[] { "self" }, (ts2, p) => p[0].NewRef());
        });
        Define("AsyncGenerator", new[] { Get(m, "AsyncIterator") }, new[] { "__aiter__", "__anext__", "asend", "athrow", "aclose" }, b =>
        {
            b.Abstract("asend", 2, (ts2, p) => throw PyErr.NotImplementedError("AsyncGenerator.asend"));
            b.Abstract("athrow", 2, (ts2, p) => throw PyErr.NotImplementedError("AsyncGenerator.athrow"));
        });
        Define("Hashable", obj, new[] { "__hash__" }, b => b.Abstract("__hash__", 1, (ts2, p) => PyValue.Int(0)));
        var iterable = Define("Iterable", obj, new[] { "__iter__" }, b => b.Abstract("__iter__", 1, (ts2, p) => PyTuple.Empty.Iter(ts2)));
        var iterator = Define("Iterator", new[] { iterable }, new[] { "__iter__", "__next__" }, b =>
        {
            b.Abstract("__next__", 1, (ts2, p) => throw new PyException(new PyBaseException(ExceptionTypes.StopIteration, PyTuple.Empty)));
            b.Method("__iter__", new[] { "self" }, (ts2, p) => p[0].NewRef());
        });
        Define("Reversible", new[] { iterable }, new[] { "__reversed__", "__iter__" }, b => b.Abstract("__reversed__", 1, (ts2, p) => PyTuple.Empty.Iter(ts2)));
        var generator = Define("Generator", new[] { iterator }, new[] { "__iter__", "__next__", "send", "throw", "close" }, b =>
        {
            b.Abstract("send", 2, (ts2, p) => throw new PyException(new PyBaseException(ExceptionTypes.StopIteration, PyTuple.Empty)));
            b.Abstract("throw", 2, (ts2, p) => throw new PyException(new PyBaseException(ExceptionTypes.RuntimeError, PyTuple.Empty)));
            b.Method("__next__", new[] { "self" }, (ts2, p) => CallMethod(ts2, p[0], "send", PyValue.None));
        });
        Define("Sized", obj, new[] { "__len__" }, b => b.Abstract("__len__", 1, (ts2, p) => PyValue.Int(0)));
        Define("Container", obj, new[] { "__contains__" }, b => b.Abstract("__contains__", 2, (ts2, p) => PyValue.False));
        Define("Callable", obj, new[] { "__call__" }, b => b.Abstract("__call__", 1, (ts2, p) => PyValue.False, varArgs: true));
        var collection = Define("Collection", new[] { Get(m, "Sized"), iterable, Get(m, "Container") }, new[] { "__len__", "__iter__", "__contains__" }, _ => { });
        var set = Define("Set", new[] { collection }, null, SetMixins);
        var mutableSet = Define("MutableSet", new[] { set }, null, MutableSetMixins);
        var mapping = Define("Mapping", new[] { collection }, null, b => MappingMixins(b, m));
        var mutableMapping = Define("MutableMapping", new[] { mapping }, null, MutableMappingMixins);
        var mappingView = Define("MappingView", new[] { Get(m, "Sized") }, null, b =>
        {
            b.Slots("_mapping");
            b.Method("__init__", new[] { "self", "mapping" }, (ts2, p) => { Ops.SetAttr(ts2, p[0], "_mapping", p[1]); return PyValue.None; });
            b.Method("__len__", new[] { "self" }, (ts2, p) => PyValue.Int(Ops.Length(ts2, MappingOf(ts2, p[0]).Value)));
            b.Method("__repr__", new[] { "self" }, (ts2, p) => { using var mp = MappingOf(ts2, p[0]); return PyValue.Str($"{p[0].Type.Name}({Ops.ReprOf(ts2, mp.Value)})"); });
        });
        var keysView = Define("KeysView", new[] { mappingView, set }, null, b =>
        {
            b.Slots();
            b.ClassMethod("_from_iterable", new[] { "cls", "it" }, (ts2, p) => Ops.Call(ts2, PyValue.From(PyType.Set), new[] { p[1] }, null));
            b.Method("__contains__", new[] { "self", "key" }, (ts2, p) => { using var mp = MappingOf(ts2, p[0]); return PyValue.Bool(Ops.Contains(ts2, mp.Value, p[1])); });
            b.Method("__iter__", new[] { "self" }, (ts2, p) => { using var mp = MappingOf(ts2, p[0]); return Ops.GetIter(ts2, mp.Value); });
        });
        var itemsView = Define("ItemsView", new[] { mappingView, set }, null, b =>
        {
            b.Slots();
            b.ClassMethod("_from_iterable", new[] { "cls", "it" }, (ts2, p) => Ops.Call(ts2, PyValue.From(PyType.Set), new[] { p[1] }, null));
            b.Method("__contains__", new[] { "self", "item" }, (ts2, p) => PyValue.Bool(ItemsContain(ts2, p[0], p[1])));
            b.Method("__iter__", new[] { "self" }, (ts2, p) => Generate(p[0], (ctx, self) => MappingItems(ctx, self, keys: false, values: false)));
        });
        var valuesView = Define("ValuesView", new[] { mappingView, collection }, null, b =>
        {
            b.Slots();
            b.Method("__contains__", new[] { "self", "value" }, (ts2, p) => PyValue.Bool(ValuesContain(ts2, p[0], p[1])));
            b.Method("__iter__", new[] { "self" }, (ts2, p) => Generate(p[0], (ctx, self) => MappingItems(ctx, self, keys: false, values: true)));
        });
        var reversible = Get(m, "Reversible");
        var sequence = Define("Sequence", new[] { reversible, collection }, null, SequenceMixins);
        var mutableSequence = Define("MutableSequence", new[] { sequence }, null, MutableSequenceMixins);
        var byteString = Define("ByteString", new[] { sequence }, null, _ => { });
        Define("Buffer", obj, new[] { "__buffer__" }, b => b.Abstract("__buffer__", 2, (ts2, p) => throw PyErr.NotImplementedError("Buffer.__buffer__")));

        // What CPython registers: the builtin containers and views, and deque.
        Register(sequence, PyType.Tuple, PyType.Str, PyType.Range);
        Register(mutableSequence, PyType.List, PyType.ByteArray, PyDeque.DequeType);
        Register(byteString, PyType.Bytes, PyType.ByteArray);
        Register(set, PyType.FrozenSet);
        Register(mutableSet, PyType.Set);
        Register(mutableMapping, PyType.Dict_);
        Register(keysView, PyType.DictKeys);
        Register(itemsView, PyType.DictItems);
        Register(valuesView, PyType.DictValues);
        Register(generator, PyGenerator.GeneratorType);
        Register(coroutine, PyGenerator.CoroutineType);
        Register(Get(m, "AsyncGenerator"), PyGenerator.AsyncGeneratorType);

        // Subscriptable as CPython's (classmethod(GenericAlias)): all but Hashable, Sized and Buffer, and Callable, whose
        // own alias (Callable[[int], str], _CallableGenericAlias) GilGen does not have.
        PyGenericAlias.InstallClassGetItem(abcs.Select(a => a.Type).Where(t => t.Name is not ("Hashable" or "Sized" or "Buffer" or "Callable")).ToArray());

        var all = abcs.Select(a => PyValue.Str(a.Type.Name)).ToArray();
        var allList = PyValue.From(new PyList(new PyValueList(all)));
        m.SetGlobal("__all__", allList);
        allList.DecRef();
        var collections = ts.Interp.Modules.Import(ts, "collections");
        collections.SetGlobal("abc", PyValue.From(m));
        return m;
    }

    private static PyType Get(PyModule m, string name)
    {
        var v = m.GetGlobal(name);
        v.DecRef();  // the module keeps the class alive
        return (PyType)v.Obj!;
    }

    // ----- issubclass through ABCMeta -----

    private static bool IsVirtual(List<Abc> abcs, Abc abc, PyType candidate)
    {
        if (abc.Hook != null && HasMethods(candidate, abc.Hook)) return true;
        foreach (var other in abcs)
            if (!ReferenceEquals(other, abc) && other.Hook != null && other.Type.IsSubtypeOf(abc.Type) && HasMethods(candidate, other.Hook)) return true;
        // Classes registered with this ABC or with any class derived from it (ABCMeta walks __subclasses__()).
        foreach (var (registeredOn, list) in AbcModule.Registrations)
            if (registeredOn.IsSubtypeOf(abc.Type) && list.Any(candidate.IsSubtypeOf)) return true;
        return false;
    }

    /// <summary>_collections_abc._check_methods: each name is defined along the MRO and not set to None.</summary>
    private static bool HasMethods(PyType type, string[] names)
    {
        foreach (var name in names)
        {
            bool? has = null;
            foreach (var t in type.Mro)
            {
                // A builtin class answers from the protocols its C# object implements (its dict holds call
                // shims such as list.__hash__ for super(), which do not mean the protocol is there).
                if (!t.IsHeapType)
                {
                    if (BuiltinHas(t, name) is bool b) { has = b; break; }
                    continue;
                }
                if (t.Dict.TryGetValue(name, out var v)) { has = !v.IsNone; break; }
            }
            if (has != true) return false;
        }
        return true;
    }

    /// <summary>Whether a builtin class (whose methods are C# virtuals, not dict entries) defines a protocol method; null when it says nothing.</summary>
    private static bool? BuiltinHas(PyType t, string name)
    {
        if (t == PyGenerator.AsyncGeneratorType) return name is "__aiter__" or "__anext__" or "asend" or "athrow" or "aclose" ? true : null;
        // An asynchronous generator's awaitables are coroutines and generators by their methods, as in CPython.
        if (t == PyAsyncGenASend.TypeObject || t == PyAsyncGenAThrow.TypeObject)
            return name is "__await__" or "send" or "throw" or "close" or "__iter__" or "__next__" ? true : null;
        bool sized = t == PyType.Str || t == PyType.Bytes || t == PyType.ByteArray || t == PyType.List || t == PyType.Tuple || t == PyType.Dict_
            || t == PyType.Set || t == PyType.FrozenSet || t == PyType.Range || t == PyType.DictKeys || t == PyType.DictValues || t == PyType.DictItems
            || t == PyDeque.DequeType;
        bool iterator = t.Name.EndsWith("iterator", StringComparison.Ordinal) || t == PyType.Enumerate || t == PyType.Zip || t == PyType.Map
            || t == PyType.Filter || t == PyType.Reversed || t == PyGenerator.GeneratorType || t.Module == "itertools";
        switch (name)
        {
            case "__hash__":
                if (t == PyType.List || t == PyType.Dict_ || t == PyType.Set || t == PyType.ByteArray || t == PyType.DictKeys || t == PyType.DictItems || t == PyDeque.DequeType)
                    return false;
                return t == PyType.Object ? true : null;
            case "__iter__": return sized || iterator ? true : null;
            case "__next__": return iterator ? true : null;
            case "__len__": return sized ? true : null;
            case "__contains__": return sized && t != PyType.DictValues ? true : null;
            case "__reversed__":
                return t == PyType.List || t == PyType.Dict_ || t == PyType.Range || t == PyType.DictKeys || t == PyType.DictValues || t == PyType.DictItems || t == PyDeque.DequeType ? true : null;
            case "__call__":
                return t == PyType.Function || t == PyType.BuiltinFunction || t == PyType.MethodDescriptor || t == PyType.WrapperDescriptor || t == PyType.MethodWrapper || t == PyType.Method || t == PyType.TypeType ? true : null;
            case "send" or "throw" or "close": return t == PyGenerator.GeneratorType || t == PyGenerator.CoroutineType ? true : null;
            case "__await__": return t == PyGenerator.CoroutineType ? true : null;
        }
        return null;
    }

    // ----- helpers over Python objects -----

    private readonly struct Owned : IDisposable
    {
        public readonly PyValue Value;
        public Owned(PyValue v) => Value = v;
        public void Dispose() => Value.DecRef();
    }

    private static Owned MappingOf(ThreadState ts, PyValue view) => new(Ops.GetAttr(ts, view, "_mapping"));

    private static PyValue CallMethod(ThreadState ts, PyValue self, string name, params PyValue[] args)
    {
        var f = Ops.GetAttr(ts, self, name);
        try { return Ops.Call(ts, f, args, null); }
        finally { f.DecRef(); }
    }

    private static void CallMethodVoid(ThreadState ts, PyValue self, string name, params PyValue[] args) => CallMethod(ts, self, name, args).DecRef();

    private static bool IsError(PyException e, PyType type) => e.Value.Type.IsSubtypeOf(type);

    private static bool IsOrEquals(ThreadState ts, PyValue a, PyValue b) => Ops.Is(a, b) || Ops.EqualsBool(ts, a, b);

    private static PyValue Generate(PyValue self, Func<NativeIteratorContext, PyValue, IEnumerable<PyValue>> body) =>
        PyValue.From(new PyNativeIterator(PyGenerator.GeneratorType, new[] { self.NewRef() }, ctx => body(ctx, self)));

    private static PyValueList Items(ThreadState ts, PyValue iterable) => Ops.ToList(ts, iterable);

    private static void Release(PyValueList items) { foreach (var v in items) v.DecRef(); }

    private static bool Release(PyValue v) { v.DecRef(); return true; }

    private static bool IsInstanceOf(PyValue v, PyModule m, string abc) => v.Type.IsSubclassOrVirtual(Get(m, abc));

    // ----- Mapping -----

    private static void MappingMixins(ClassBuilder b, PyModule m)
    {
        b.Abstract("__getitem__", 2, (ts, p) => throw new PyException(new PyBaseException(ExceptionTypes.KeyError, PyTuple.Empty)));
        b.Method("get", new[] { "self", "key", "default" }, (ts, p) =>
        {
            try { return Ops.GetItem(ts, p[0], p[1]); }
            catch (PyException e) when (IsError(e, ExceptionTypes.KeyError)) { e.Value.DecRef(); return p[2].NewRef(); }
        }, PyValue.None);
        b.Method("__contains__", new[] { "self", "key" }, (ts, p) =>
        {
            try { Ops.GetItem(ts, p[0], p[1]).DecRef(); return PyValue.True; }
            catch (PyException e) when (IsError(e, ExceptionTypes.KeyError)) { e.Value.DecRef(); return PyValue.False; }
        });
        b.Method("keys", new[] { "self" }, (ts, p) => Ops.Call(ts, PyValue.From(Get(m, "KeysView")), new[] { p[0] }, null));
        b.Method("items", new[] { "self" }, (ts, p) => Ops.Call(ts, PyValue.From(Get(m, "ItemsView")), new[] { p[0] }, null));
        b.Method("values", new[] { "self" }, (ts, p) => Ops.Call(ts, PyValue.From(Get(m, "ValuesView")), new[] { p[0] }, null));
        b.Method("__eq__", new[] { "self", "other" }, (ts, p) =>
        {
            if (!IsInstanceOf(p[1], m, "Mapping")) return PyValue.From(PyNotImplemented.Instance);
            var a = ToDict(ts, p[0]);
            var c = ToDict(ts, p[1]);
            try { return Ops.Compare(ts, a, c, CompareOp.Eq); }
            finally { a.DecRef(); c.DecRef(); }
        });
        b.Set("__reversed__", PyValue.None);
    }

    private static PyValue ToDict(ThreadState ts, PyValue mapping)
    {
        var items = CallMethod(ts, mapping, "items");
        try { return Ops.Call(ts, PyValue.From(PyType.Dict_), new[] { items }, null); }
        finally { items.DecRef(); }
    }

    private static IEnumerable<PyValue> MappingItems(NativeIteratorContext ctx, PyValue view, bool keys, bool values)
    {
        var mapping = Ops.GetAttr(ctx.Ts, view, "_mapping");
        try
        {
            var it = Ops.GetIter(ctx.Ts, mapping);
            try
            {
                while (Ops.ForIter(ctx.Ts, it, out var key))
                {
                    PyValue value;
                    bool found = false;
                    try { value = Ops.GetItem(ctx.Ts, mapping, key); found = true; }
                    finally { if (!found) key.DecRef(); }
                    if (values) { key.DecRef(); yield return value; }
                    else yield return PyValue.From(new PyTuple(new[] { key, value }));
                }
            }
            finally { it.DecRef(); }
        }
        finally { mapping.DecRef(); }
    }

    private static bool ItemsContain(ThreadState ts, PyValue view, PyValue item)
    {
        var pair = Items(ts, item);
        try
        {
            if (pair.Count != 2) throw PyErr.ValueError(pair.Count < 2 ? $"not enough values to unpack (expected 2, got {pair.Count})" : "too many values to unpack (expected 2)");
            using var mapping = MappingOf(ts, view);
            PyValue v;
            try { v = Ops.GetItem(ts, mapping.Value, pair[0]); }
            catch (PyException e) when (IsError(e, ExceptionTypes.KeyError)) { e.Value.DecRef(); return false; }
            try { return IsOrEquals(ts, v, pair[1]); }
            finally { v.DecRef(); }
        }
        finally { Release(pair); }
    }

    private static bool ValuesContain(ThreadState ts, PyValue view, PyValue value)
    {
        using var mapping = MappingOf(ts, view);
        var keys = Items(ts, mapping.Value);
        try
        {
            foreach (var key in keys)
            {
                var v = Ops.GetItem(ts, mapping.Value, key);
                try { if (IsOrEquals(ts, v, value)) return true; }
                finally { v.DecRef(); }
            }
            return false;
        }
        finally { Release(keys); }
    }

    private static readonly PyValue Marker = PyValue.From(new PyTuple(new[] { PyValue.Str("<marker>") }));

    private static void MutableMappingMixins(ClassBuilder b)
    {
        b.Abstract("__setitem__", 3, (ts, p) => throw new PyException(new PyBaseException(ExceptionTypes.KeyError, PyTuple.Empty)));
        b.Abstract("__delitem__", 2, (ts, p) => throw new PyException(new PyBaseException(ExceptionTypes.KeyError, PyTuple.Empty)));
        b.Method("pop", new[] { "self", "key", "default" }, (ts, p) =>
        {
            PyValue value;
            try { value = Ops.GetItem(ts, p[0], p[1]); }
            catch (PyException e) when (IsError(e, ExceptionTypes.KeyError) && !Ops.Is(p[2], Marker)) { e.Value.DecRef(); return p[2].NewRef(); }
            bool deleted = false;
            try { Ops.DelItem(ts, p[0], p[1]); deleted = true; }
            finally { if (!deleted) value.DecRef(); }
            return value;
        }, Marker.NewRef());
        b.Method("popitem", new[] { "self" }, (ts, p) =>
        {
            var it = Ops.GetIter(ts, p[0]);
            PyValue key;
            try { if (!Ops.ForIter(ts, it, out key)) throw new PyException(new PyBaseException(ExceptionTypes.KeyError, PyTuple.Empty)); }
            finally { it.DecRef(); }
            PyValue value;
            bool done = false;
            try { value = Ops.GetItem(ts, p[0], key); Ops.DelItem(ts, p[0], key); done = true; }
            finally { if (!done) key.DecRef(); }
            return PyValue.From(new PyTuple(new[] { key, value }));
        });
        b.Method("clear", new[] { "self" }, (ts, p) =>
        {
            try { while (true) CallMethodVoid(ts, p[0], "popitem"); }
            catch (PyException e) when (IsError(e, ExceptionTypes.KeyError)) { e.Value.DecRef(); return PyValue.None; }
        });
        b.Method("update", new[] { "self", "other" }, (ts, p) =>
        {
            var self = p[0];
            var other = p[1];
            if (other.Obj is PyDict || other.Type.IsSubclassOrVirtual(ts.Interp.Modules.Find("collections.abc") is PyModule abc ? Get(abc, "Mapping") : PyType.Dict_))
            {
                foreach (var key in KeysOf(ts, other)) SetFrom(ts, self, key, other);
            }
            else if (Ops.GetAttrOrNull(ts, other, "keys") is PyValue keysMethod && Release(keysMethod))
            {
                var keys = CallMethod(ts, other, "keys");
                try { foreach (var key in Items(ts, keys)) SetFrom(ts, self, key, other); }
                finally { keys.DecRef(); }
            }
            else
            {
                foreach (var pair in Items(ts, other))
                {
                    var kv = Items(ts, pair);
                    try { Ops.SetItem(ts, self, kv[0], kv[1]); }
                    finally { Release(kv); pair.DecRef(); }
                }
            }
            foreach (var (k, v) in ((PyDict)p[2].Obj!).Table.Entries().ToList()) Ops.SetItem(ts, self, k, v);
            return PyValue.None;
        }, PyValue.From(PyTuple.Empty), posOnly: 2, varKw: true);
        b.Method("setdefault", new[] { "self", "key", "default" }, (ts, p) =>
        {
            try { return Ops.GetItem(ts, p[0], p[1]); }
            catch (PyException e) when (IsError(e, ExceptionTypes.KeyError)) { e.Value.DecRef(); }
            Ops.SetItem(ts, p[0], p[1], p[2]);
            return p[2].NewRef();
        }, PyValue.None);
    }

    private static PyValueList KeysOf(ThreadState ts, PyValue mapping) => Items(ts, mapping);

    private static void SetFrom(ThreadState ts, PyValue self, PyValue key, PyValue source)
    {
        try
        {
            var v = Ops.GetItem(ts, source, key);
            try { Ops.SetItem(ts, self, key, v); }
            finally { v.DecRef(); }
        }
        finally { key.DecRef(); }
    }

    // ----- Sequence -----

    private static void SequenceMixins(ClassBuilder b)
    {
        b.Abstract("__getitem__", 2, (ts, p) => throw new PyException(new PyBaseException(ExceptionTypes.IndexError, PyTuple.Empty)));
        b.Abstract("__len__", 1, (ts, p) => PyValue.Int(0));
        b.Method("__iter__", new[] { "self" }, (ts, p) => Generate(p[0], SequenceItems));
        b.Method("__contains__", new[] { "self", "value" }, (ts, p) =>
        {
            var items = Items(ts, p[0]);
            var value = p[1];
            try { return PyValue.Bool(items.Any(v => IsOrEquals(ts, v, value))); }
            finally { Release(items); }
        });
        b.Method("__reversed__", new[] { "self" }, (ts, p) => Generate(p[0], SequenceReversed));
        b.Method("index", new[] { "self", "value", "start", "stop" }, (ts, p) =>
        {
            long n = Ops.Length(ts, p[0]);
            long start = p[2].IsNone ? 0 : ToIndex(p[2]), stop = p[3].IsNone ? long.MaxValue : ToIndex(p[3]);
            if (start < 0) start = Math.Max(n + start, 0);
            if (!p[3].IsNone && stop < 0) stop += n;
            for (long i = start; i < stop; i++)
            {
                PyValue v;
                try { v = Ops.GetItem(ts, p[0], PyValue.Int(i)); }
                catch (PyException e) when (IsError(e, ExceptionTypes.IndexError)) { e.Value.DecRef(); break; }
                bool found;
                try { found = IsOrEquals(ts, v, p[1]); }
                finally { v.DecRef(); }
                if (found) return PyValue.Int(i);
            }
            throw new PyException(new PyBaseException(ExceptionTypes.ValueError, PyTuple.Empty));
        }, PyValue.Int(0), PyValue.None);
        b.Method("count", new[] { "self", "value" }, (ts, p) =>
        {
            var items = Items(ts, p[0]);
            var value = p[1];
            try { return PyValue.Int(items.Count(v => IsOrEquals(ts, v, value))); }
            finally { Release(items); }
        });
    }

    private static long ToIndex(PyValue v) => Numbers.TryLong(v, out long n) ? n : throw PyErr.TypeError("slice indices must be integers or have an __index__ method");

    private static IEnumerable<PyValue> SequenceItems(NativeIteratorContext ctx, PyValue self)
    {
        for (long i = 0; ; i++)
        {
            PyValue v;
            bool done = false;
            try { v = Ops.GetItem(ctx.Ts, self, PyValue.Int(i)); }
            catch (PyException e) when (IsError(e, ExceptionTypes.IndexError)) { e.Value.DecRef(); v = default; done = true; }
            if (done) yield break;
            yield return v;
        }
    }

    private static IEnumerable<PyValue> SequenceReversed(NativeIteratorContext ctx, PyValue self)
    {
        for (long i = Ops.Length(ctx.Ts, self) - 1; i >= 0; i--) yield return Ops.GetItem(ctx.Ts, self, PyValue.Int(i));
    }

    private static void MutableSequenceMixins(ClassBuilder b)
    {
        b.Abstract("__setitem__", 3, (ts, p) => throw new PyException(new PyBaseException(ExceptionTypes.IndexError, PyTuple.Empty)));
        b.Abstract("__delitem__", 2, (ts, p) => throw new PyException(new PyBaseException(ExceptionTypes.IndexError, PyTuple.Empty)));
        b.Abstract("insert", 3, (ts, p) => throw new PyException(new PyBaseException(ExceptionTypes.IndexError, PyTuple.Empty)));
        b.Method("append", new[] { "self", "value" }, (ts, p) =>
        {
            CallMethodVoid(ts, p[0], "insert", PyValue.Int(Ops.Length(ts, p[0])), p[1]);
            return PyValue.None;
        });
        b.Method("clear", new[] { "self" }, (ts, p) =>
        {
            try { while (true) CallMethodVoid(ts, p[0], "pop"); }
            catch (PyException e) when (IsError(e, ExceptionTypes.IndexError)) { e.Value.DecRef(); return PyValue.None; }
        });
        b.Method("reverse", new[] { "self" }, (ts, p) =>
        {
            long n = Ops.Length(ts, p[0]);
            for (long i = 0; i < n / 2; i++)
            {
                PyValue a = Ops.GetItem(ts, p[0], PyValue.Int(i)), z = Ops.GetItem(ts, p[0], PyValue.Int(n - i - 1));
                try { Ops.SetItem(ts, p[0], PyValue.Int(i), z); Ops.SetItem(ts, p[0], PyValue.Int(n - i - 1), a); }
                finally { a.DecRef(); z.DecRef(); }
            }
            return PyValue.None;
        });
        b.Method("extend", new[] { "self", "values" }, (ts, p) => { Extend(ts, p[0], p[1]); return PyValue.None; });
        b.Method("pop", new[] { "self", "index" }, (ts, p) =>
        {
            var v = Ops.GetItem(ts, p[0], p[1]);
            bool deleted = false;
            try { Ops.DelItem(ts, p[0], p[1]); deleted = true; }
            finally { if (!deleted) v.DecRef(); }
            return v;
        }, PyValue.Int(-1));
        b.Method("remove", new[] { "self", "value" }, (ts, p) =>
        {
            var i = CallMethod(ts, p[0], "index", p[1]);
            try { Ops.DelItem(ts, p[0], i); }
            finally { i.DecRef(); }
            return PyValue.None;
        });
        b.Method("__iadd__", new[] { "self", "values" }, (ts, p) => { Extend(ts, p[0], p[1]); return p[0].NewRef(); });
    }

    private static void Extend(ThreadState ts, PyValue self, PyValue values)
    {
        var items = Items(ts, values);
        try { foreach (var v in items) CallMethodVoid(ts, self, "append", v); }
        finally { Release(items); }
    }

    // ----- Set -----

    private static void SetMixins(ClassBuilder b)
    {
        b.Method("__le__", new[] { "self", "other" }, (ts, p) => SetCompare(ts, p[0], p[1], (a, c) => a <= c, subset: true));
        b.Method("__lt__", new[] { "self", "other" }, (ts, p) => SetCompare(ts, p[0], p[1], (a, c) => a < c, subset: true));
        b.Method("__ge__", new[] { "self", "other" }, (ts, p) => SetCompare(ts, p[0], p[1], (a, c) => a >= c, subset: false));
        b.Method("__gt__", new[] { "self", "other" }, (ts, p) => SetCompare(ts, p[0], p[1], (a, c) => a > c, subset: false));
        b.Method("__eq__", new[] { "self", "other" }, (ts, p) => SetCompare(ts, p[0], p[1], (a, c) => a == c, subset: true));
        b.ClassMethod("_from_iterable", new[] { "cls", "it" }, (ts, p) => Ops.Call(ts, p[0], new[] { p[1] }, null));
        BinarySetOp(b, "__and__", "__rand__", (ts, self, other) => Filter(ts, other, v => Ops.Contains(ts, self, v)));
        BinarySetOp(b, "__or__", "__ror__", (ts, self, other) => { var l = Items(ts, self); l.AddRange(Items(ts, other)); return l; });
        BinarySetOp(b, "__sub__", null, (ts, self, other) => Filter(ts, self, v => !Ops.Contains(ts, other, v)));
        b.Method("__rsub__", new[] { "self", "other" }, (ts, p) =>
        {
            var self = p[0];
            return IsIterable(p[1]) ? FromIterable(ts, self, Filter(ts, p[1], v => !Ops.Contains(ts, self, v))) : PyValue.From(PyNotImplemented.Instance);
        });
        BinarySetOp(b, "__xor__", "__rxor__", (ts, self, other) =>
        {
            var l = Filter(ts, self, v => !Ops.Contains(ts, other, v));
            l.AddRange(Filter(ts, other, v => !Ops.Contains(ts, self, v)));
            return l;
        });
        b.Method("isdisjoint", new[] { "self", "other" }, (ts, p) =>
        {
            var items = Items(ts, p[1]);
            var self = p[0];
            try { return PyValue.Bool(!items.Any(v => Ops.Contains(ts, self, v))); }
            finally { Release(items); }
        });
    }

    private static bool IsSetLike(PyValue v) => v.Obj is PySet || v.Type.Mro.Any(t => t.Name == "Set" && t.Module == "collections.abc") || v.Type == PyType.DictKeys || v.Type == PyType.DictItems;

    private static bool IsIterable(PyValue v) => v.Obj is PyList or PyTuple or PySet or PyDict or PyStr || v.Type.Lookup("__iter__") is not null || v.Type.Mro.Any(t => t.Name == "Iterable");

    private static PyValue SetCompare(ThreadState ts, PyValue self, PyValue other, Func<long, long, bool> sizes, bool subset)
    {
        if (!IsSetLike(other)) return PyValue.From(PyNotImplemented.Instance);
        long a = Ops.Length(ts, self), c = Ops.Length(ts, other);
        if (!sizes(a, c)) return PyValue.False;
        var (from, to) = subset ? (self, other) : (other, self);
        var items = Items(ts, from);
        try { return PyValue.Bool(items.All(v => Ops.Contains(ts, to, v))); }
        finally { Release(items); }
    }

    private static PyValueList Filter(ThreadState ts, PyValue iterable, Func<PyValue, bool> keep)
    {
        var items = Items(ts, iterable);
        var kept = new PyValueList();
        foreach (var v in items) { if (keep(v)) kept.Add(v); else v.DecRef(); }
        return kept;
    }

    private static PyValue FromIterable(ThreadState ts, PyValue self, PyValueList items)
    {
        var list = PyValue.From(new PyList(items));
        try
        {
            var from = Ops.GetAttr(ts, self, "_from_iterable");
            try { return Ops.Call(ts, from, new[] { list }, null); }
            finally { from.DecRef(); }
        }
        finally { list.DecRef(); }
    }

    private static void BinarySetOp(ClassBuilder b, string name, string? reflected, Func<ThreadState, PyValue, PyValue, PyValueList> op)
    {
        NativeFunctionBody body = (ts, p) =>
        {
            if (!IsSetLike(p[1]))
            {
                if (!IsIterable(p[1])) return PyValue.From(PyNotImplemented.Instance);
                var converted = FromIterable(ts, p[0], Items(ts, p[1]));
                try { return FromIterable(ts, p[0], op(ts, p[0], converted)); }
                finally { converted.DecRef(); }
            }
            return FromIterable(ts, p[0], op(ts, p[0], p[1]));
        };
        b.Method(name, new[] { "self", "other" }, body);
        if (reflected != null) b.Method(reflected, new[] { "self", "other" }, body);
    }

    private static void MutableSetMixins(ClassBuilder b)
    {
        b.Abstract("add", 2, (ts, p) => throw PyErr.NotImplementedError(""));
        b.Abstract("discard", 2, (ts, p) => throw PyErr.NotImplementedError(""));
        b.Method("remove", new[] { "self", "value" }, (ts, p) =>
        {
            if (!Ops.Contains(ts, p[0], p[1])) throw PyErr.KeyError(p[1]);
            CallMethodVoid(ts, p[0], "discard", p[1]);
            return PyValue.None;
        });
        b.Method("pop", new[] { "self" }, (ts, p) =>
        {
            var it = Ops.GetIter(ts, p[0]);
            PyValue v;
            try { if (!Ops.ForIter(ts, it, out v)) throw new PyException(new PyBaseException(ExceptionTypes.KeyError, PyTuple.Empty)); }
            finally { it.DecRef(); }
            bool discarded = false;
            try { CallMethodVoid(ts, p[0], "discard", v); discarded = true; }
            finally { if (!discarded) v.DecRef(); }
            return v;
        });
        b.Method("clear", new[] { "self" }, (ts, p) =>
        {
            try { while (true) CallMethodVoid(ts, p[0], "pop"); }
            catch (PyException e) when (IsError(e, ExceptionTypes.KeyError)) { e.Value.DecRef(); return PyValue.None; }
        });
        b.Method("__ior__", new[] { "self", "it" }, (ts, p) =>
        {
            var items = Items(ts, p[1]);
            try { foreach (var v in items) CallMethodVoid(ts, p[0], "add", v); }
            finally { Release(items); }
            return p[0].NewRef();
        });
        b.Method("__isub__", new[] { "self", "it" }, (ts, p) =>
        {
            var items = Ops.Is(p[0], p[1]) ? Items(ts, p[0]) : Items(ts, p[1]);
            try { foreach (var v in items) CallMethodVoid(ts, p[0], "discard", v); }
            finally { Release(items); }
            return p[0].NewRef();
        });
        b.Method("__iand__", new[] { "self", "it" }, (ts, p) =>
        {
            var keep = p[1];
            var gone = Filter(ts, p[0], v => !Ops.Contains(ts, keep, v));
            try { foreach (var v in gone) CallMethodVoid(ts, p[0], "discard", v); }
            finally { Release(gone); }
            return p[0].NewRef();
        });
    }

    // ----- building a class -----

    /// <summary>Collects an ABC's namespace: its methods (native Python functions), abstract methods and slots.</summary>
    private sealed class ClassBuilder
    {
        private readonly ThreadState _ts;
        private readonly PyModule _module;
        private readonly string _name;
        private readonly PyDict _ns = new();
        private readonly Dictionary<string, PyObject> _abstract = new();

        public ClassBuilder(ThreadState ts, PyModule module, string name) { _ts = ts; _module = module; _name = name; }

        public void Set(string name, PyValue value)
        {
            var key = PyValue.Str(name);
            _ns.Set(_ts, key, value);
            key.DecRef();
        }

        private PyFunction Function(string name, string[] args, NativeFunctionBody body, PyValue[]? defaults, int posOnly = 0, bool varArgs = false, bool varKw = false) =>
            NativeFunction.Create(_module, _name + "." + name, args, body, defaults, varArgs: varArgs, varKw: varKw, posOnly: posOnly);

        public void Method(string name, string[] args, NativeFunctionBody body, params PyValue[] defaults) => Method(name, args, body, defaults, 0, false);

        public void Method(string name, string[] args, NativeFunctionBody body, PyValue defaultValue, int posOnly, bool varKw) =>
            Method(name, args, body, new[] { defaultValue }, posOnly, varKw);

        private void Method(string name, string[] args, NativeFunctionBody body, PyValue[] defaults, int posOnly, bool varKw)
        {
            var f = PyValue.From(Function(name, args, body, defaults.Length == 0 ? null : defaults, posOnly, varKw: varKw));
            Set(name, f);
            f.DecRef();
        }

        public void ClassMethod(string name, string[] args, NativeFunctionBody body)
        {
            var f = PyValue.From(Function(name, args, body, null));
            var cm = PyValue.From(new PyClassMethod(f));
            Set(name, cm);
            cm.DecRef();
            f.DecRef();
        }

        public void Abstract(string name, int arity, NativeFunctionBody body, bool varArgs = false)
        {
            var args = arity switch { 1 => new[] { "self" }, 2 => new[] { "self", "other" }, _ => new[] { "self", "key", "value" } };
            var f = Function(name, args, body, null, varArgs: varArgs);
            _abstract[name] = f;
            Set(name, PyValue.From(f));
            PyValue.From(f).DecRef();
        }

        public void Slots(params string[] names)
        {
            var t = names.Length == 0 ? PyValue.From(PyTuple.Empty) : PyValue.From(new PyTuple(names.Select(PyValue.Str).ToArray()));
            Set("__slots__", t);
            t.DecRef();
        }

        public PyType Build(PyType[] bases)
        {
            var module = PyValue.Str("collections.abc");
            Set("__module__", module);
            module.DecRef();
            var type = PyType.CreateHeapType(_ts, _name, bases.Select(PyValue.From).ToArray(), _ns, ReadOnlySpan<PyValue>.Empty, null);
            PyValue.From(_ns).DecRef();
            if (_abstract.Count > 0) type.AbstractMethods = _abstract;
            var register = PyValue.From(NativeFunction.Create(_module, _name + ".register", new[] { "cls", "subclass" }, (ts, p) =>
            {
                if (p[1].Obj is not PyType sub) throw PyErr.TypeError("Can only register classes");
                RegisterOn((PyType)p[0].Obj!, sub);
                return p[1].NewRef();
            }));
            type.Dict["register"] = PyValue.From(new PyClassMethod(register));
            register.DecRef();
            type.Modified();
            return type;
        }
    }

    /// <summary>ABC.register(subclass): issubclass(subclass, abc) from now on, in abc's one registry (<see cref="AbcModule.Registrations"/>).</summary>
    private static void RegisterOn(PyType abc, PyType sub)
    {
        AbcModule.AddRegistration(abc, sub);
        // A class derived from an ABC has no check of its own: it answers for its registrations.
        var list = AbcModule.Registrations.GetOrCreateValue(abc);
        abc.VirtualSubclasses ??= candidate => list.Any(candidate.IsSubtypeOf);
    }
}
