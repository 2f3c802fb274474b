using System;
using System.Collections.Generic;

namespace GilGen.Runtime;

/// <summary>
/// object's pickling protocol: <c>__reduce_ex__</c>, <c>__reduce__</c> and <c>__getstate__</c>, as CPython 3.12's
/// typeobject.c and copyreg.py answer them. Protocol 2 and above give <c>(copyreg.__newobj__, (cls, *newargs), state,
/// listitems, dictitems)</c>; protocols 0 and 1 copyreg's <c>_reduce_ex</c> answer, <c>(copyreg._reconstructor,
/// (cls, base, base_state), state)</c>. GilGen has no copyreg module: the two functions named are builtins of their
/// own that do what copyreg's do.
/// </summary>
internal static class ObjectReduction
{
    /// <summary>copyreg.__newobj__(cls, *args): <c>cls.__new__(cls, *args)</c>.</summary>
    internal static readonly PyBuiltinFunction NewObj = new("__newobj__", (ts, a, kw) =>
    {
        if (kw is { Length: > 0 }) throw PyErr.TypeError("__newobj__() got an unexpected keyword argument");
        if (a.Length == 0) throw PyErr.TypeError("__newobj__() missing 1 required positional argument: 'cls'");
        var make = Ops.GetAttr(ts, a[0], "__new__");
        try { return Ops.Call(ts, make, a, null); }
        finally { make.DecRef(); }
    }) { ModuleName = "copyreg" };

    /// <summary>copyreg._reconstructor(cls, base, state): an instance of cls made by base's <c>__new__</c> (and <c>__init__</c>) from state.</summary>
    internal static readonly PyBuiltinFunction Reconstructor = new("_reconstructor", (ts, a, kw) =>
    {
        if (kw is { Length: > 0 } || a.Length != 3) throw PyErr.TypeError($"_reconstructor() takes 3 positional arguments but {a.Length} were given");
        if (a[1].Obj is not PyType b) throw PyErr.TypeError($"_reconstructor() base must be a class, not '{a[1].Type.Name}'");
        var make = Ops.GetAttr(ts, a[1], "__new__");
        PyValue obj;
        try { obj = ReferenceEquals(b, PyType.Object) ? Ops.Call(ts, make, new[] { a[0] }, null) : Ops.Call(ts, make, new[] { a[0], a[2] }, null); }
        finally { make.DecRef(); }
        bool initialized = false;
        // Finally blocks here, not catches that throw again (a second exception dispatch per level of a recursion).
        try
        {
            // base.__init__(obj, state) unless base keeps object's __init__.
            if (!ReferenceEquals(b, PyType.Object) && b.Lookup("__init__") is PyValue init && !ReferenceEquals(init.Obj, PyType.Object.Dict["__init__"].Obj))
                Ops.Call(ts, init, new[] { obj, a[2] }, null).DecRef();
            initialized = true;
            return obj;
        }
        finally { if (!initialized) obj.DecRef(); }
    }) { ModuleName = "copyreg" };

    /// <summary>Installs object's <c>__reduce_ex__</c>, <c>__reduce__</c> and <c>__getstate__</c>.</summary>
    public static void Install(PyType t)
    {
        t.AddMethod("__reduce_ex__", (ts, a, kw) =>
        {
            if (kw is { Length: > 0 }) throw PyErr.TypeError("object.__reduce_ex__() takes no keyword arguments");
            if (a.Length != 2) throw PyErr.TypeError($"object.__reduce_ex__() takes exactly one argument ({a.Length - 1} given)");
            long protocol = SequenceIndex.AsIndex(a[1], $"'{a[1].Type.Name}' object cannot be interpreted as an integer");
            // A class that overrides __reduce__ is reduced by it, whatever the protocol.
            if (a[0].Type.Lookup("__reduce__") is PyValue own && !ReferenceEquals(own.Obj, t.Dict["__reduce__"].Obj))
            {
                var reduce = Ops.GetAttr(ts, a[0], "__reduce__");
                try { return Ops.Call(ts, reduce, ReadOnlySpan<PyValue>.Empty, null); }
                finally { reduce.DecRef(); }
            }
            return Reduce(ts, a[0], protocol);
        });
        t.AddMethod("__reduce__", (ts, a, kw) =>
        {
            if (kw is { Length: > 0 }) throw PyErr.TypeError("object.__reduce__() takes no keyword arguments");
            if (a.Length != 1) throw PyErr.TypeError($"object.__reduce__() takes no arguments ({a.Length - 1} given)");
            return Reduce(ts, a[0], 0);
        });
        t.AddMethod("__getstate__", (ts, a, kw) =>
        {
            if (kw is { Length: > 0 }) throw PyErr.TypeError("object.__getstate__() takes no keyword arguments");
            if (a.Length != 1) throw PyErr.TypeError($"object.__getstate__() takes no arguments ({a.Length - 1} given)");
            return DefaultState(ts, a[0], required: false);
        });
    }

    private static PyValue Reduce(ThreadState ts, PyValue self, long protocol) =>
        protocol >= 2 ? ReduceNewObj(ts, self) : ReduceWithReconstructor(ts, self);

    // reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems).
    private static PyValue ReduceNewObj(ThreadState ts, PyValue self)
    {
        var cls = self.Type;
        var newArgs = NewArguments(ts, self);
        var items = new List<PyValue> { PyValue.From(cls).NewRef() };
        var parts = new PyValue[5];
        bool made = false;
        try
        {
            if (newArgs is PyValue args)
            {
                foreach (var v in ((PyTuple)args.Obj!).Items) items.Add(v.NewRef());
                args.DecRef();
            }
            parts[0] = PyValue.From(NewObj);
            parts[1] = PyValue.From(new PyTuple(items.ToArray()));
            items.Clear();
            // The state is required (an object of a builtin layout must say how to rebuild itself) unless __new__ gets
            // arguments or the object is a list or dict, whose items follow.
            parts[2] = State(ts, self, required: newArgs is null && self.Obj is not PyList && self.Obj is not PyDict);
            parts[3] = self.Obj is PyList ? self.Obj.Iter(ts) : PyValue.None;
            parts[4] = self.Obj is PyDict d ? PyValue.From(new PyTableIterator(d, d.Table, PyTableIterator.Kind.Items, PyType.DictItemIterator)) : PyValue.None;
            var reduced = PyValue.From(new PyTuple(parts));
            made = true;
            return reduced;
        }
        finally
        {
            if (!made)
            {
                foreach (var v in items) v.DecRef();
                for (int i = 1; i < parts.Length; i++) parts[i].DecRef();
            }
        }
    }

    // __getnewargs_ex__ or __getnewargs__ of the object: a tuple (new reference), or null when it has neither.
    private static PyValue? NewArguments(ThreadState ts, PyValue self)
    {
        if (self.Type.Lookup("__getnewargs_ex__") is not null)
            throw PyErr.NotImplementedError("GilGen does not support __reduce_ex__ through __getnewargs_ex__ (copyreg.__newobj_ex__) yet");
        if (self.Type.Lookup("__getnewargs__") is null) return null;
        var method = Ops.GetAttr(ts, self, "__getnewargs__");
        PyValue r;
        try { r = Ops.Call(ts, method, ReadOnlySpan<PyValue>.Empty, null); }
        finally { method.DecRef(); }
        if (r.Obj is PyTuple) return r;
        var name = r.Type.Name;
        r.DecRef();
        throw PyErr.TypeError($"__getnewargs__ should return a tuple, not '{name}'");
    }

    // The state __getstate__ gives: object's own (below), or what a class's __getstate__ returns.
    private static PyValue State(ThreadState ts, PyValue self, bool required)
    {
        if (self.Type.Lookup("__getstate__") is PyValue own && ReferenceEquals(own.Obj, PyType.Object.Dict["__getstate__"].Obj))
            return DefaultState(ts, self, required);
        var method = Ops.GetAttr(ts, self, "__getstate__");
        try { return Ops.Call(ts, method, ReadOnlySpan<PyValue>.Empty, null); }
        finally { method.DecRef(); }
    }

    /// <summary>
    /// object.__getstate__: None, or a copy of the instance's <c>__dict__</c> when it has attributes; with slots set,
    /// <c>(dict_or_None, {slot: value})</c>. <paramref name="required"/>: an object whose layout holds more than
    /// object's (a function, a generator) cannot be rebuilt from this state, CPython's "cannot pickle" TypeError.
    /// </summary>
    internal static PyValue DefaultState(ThreadState ts, PyValue self, bool required)
    {
        var storage = self.Obj switch
        {
            ISubclassInstance si => si.Attributes,
            PyInstance pi => pi,
            _ => null,
        };
        if (required && !HasObjectLayout(self)) throw PyErr.TypeError($"cannot pickle '{self.Type.Name}' object");
        if (storage is null) return PyValue.None;
        var slots = storage.Type.SlotNames;
        var dict = new PyDict();
        var slotValues = new PyDict();
        try
        {
            foreach (var (name, value) in InstanceCopy.StoredAttributes(ts, storage))
            {
                var key = PyValue.Str(name);
                try { (slots != null && slots.Contains(name) ? slotValues : dict).Set(ts, key, value); }
                finally { key.DecRef(); }
            }
            var state = dict.Count > 0 ? PyValue.From(dict).NewRef() : PyValue.None;
            if (slotValues.Count == 0) return state;
            return PyValue.From(new PyTuple(new[] { state, PyValue.From(slotValues).NewRef() }));
        }
        finally
        {
            PyValue.From(dict).DecRef();
            PyValue.From(slotValues).DecRef();
        }
    }

    /// <summary>The instance's <c>__dict__</c> when it has attributes (a new reference), else None: the state builtin reductions add.</summary>
    internal static PyValue InstanceDictOrNone(ThreadState ts, PyValue self)
    {
        var storage = self.Obj switch
        {
            ISubclassInstance si => si.Attributes,
            PyInstance pi => pi,
            _ => null,
        };
        if (storage?.MaterializeDict(ts) is PyDict d && d.Count > 0) return PyValue.From(d).NewRef();
        return PyValue.None;
    }

    // True when the object holds nothing beyond object's layout but its attributes and slots: an instance of a class
    // statement's class (or object()), None. Builtin layouts (int, function, generator) do not.
    private static bool HasObjectLayout(PyValue self) =>
        (self.Obj is PyInstance pi && pi.GetType() == typeof(PyInstance)) || self.Obj is PyNone;

    // copyreg._reduce_ex(self, proto) for protocols 0 and 1.
    private static PyValue ReduceWithReconstructor(ThreadState ts, PyValue self)
    {
        var cls = self.Type;
        PyType @base = PyType.Object;
        foreach (var t in cls.Mro)
            if (!t.IsHeapType) { @base = t; break; }
        PyValue baseState = PyValue.None;
        if (!ReferenceEquals(@base, PyType.Object))
        {
            if (ReferenceEquals(@base, cls)) throw PyErr.TypeError($"cannot pickle '{cls.Name}' object");
            baseState = Ops.Call(ts, PyValue.From(@base), new[] { self }, null);
        }
        var args = PyValue.From(new PyTuple(new[] { PyValue.From(cls).NewRef(), PyValue.From(@base).NewRef(), baseState }));
        try
        {
            if (cls.Lookup("__getstate__") is PyValue own && ReferenceEquals(own.Obj, PyType.Object.Dict["__getstate__"].Obj)
                && Ops.GetAttrOrNull(ts, self, "__slots__") is PyValue slots)
            {
                bool any;
                try { any = Ops.IsTrue(ts, slots); }
                finally { slots.DecRef(); }
                if (any) throw PyErr.TypeError("a class that defines __slots__ without defining __getstate__ cannot be pickled");
            }
            var state = State(ts, self, required: false);
            bool keep = false, tested = false;
            try { keep = Ops.IsTrue(ts, state); tested = true; }
            finally { if (!tested) state.DecRef(); }
            if (!keep)
            {
                state.DecRef();
                return PyValue.From(new PyTuple(new[] { PyValue.From(Reconstructor), args.NewRef() }));
            }
            return PyValue.From(new PyTuple(new[] { PyValue.From(Reconstructor), args.NewRef(), state }));
        }
        finally { args.DecRef(); }
    }
}
