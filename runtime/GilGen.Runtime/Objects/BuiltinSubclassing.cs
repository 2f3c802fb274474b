using System;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>
/// Calling a Python subclass of a builtin data type, and the <c>__new__</c>/<c>__init__</c> those builtins expose
/// for it, as CPython's type_call does: <c>obj = cls.__new__(cls, *args)</c>, then <c>obj.__init__(*args)</c>.
/// list, dict and set make an empty object in <c>__new__</c> and fill it in <c>__init__</c>; the immutable ones
/// (tuple, str, int, float, frozenset, bytes) take their value in <c>__new__</c>. See docs/architecture/design.md §3.
/// </summary>
public static class BuiltinSubclassing
{
    /// <summary>True for the builtin classes whose layout a class statement may extend (besides object, exceptions and Thread).</summary>
    public static bool IsDataLayout(PyType t) =>
        ReferenceEquals(t, PyType.List) || ReferenceEquals(t, PyType.Dict_) || ReferenceEquals(t, PyType.Set)
        || ReferenceEquals(t, PyType.FrozenSet) || ReferenceEquals(t, PyType.Tuple) || ReferenceEquals(t, PyType.Str)
        || ReferenceEquals(t, PyType.Int) || ReferenceEquals(t, PyType.Float) || ReferenceEquals(t, PyType.Bytes);

    private static bool IsMutable(PyType layout) =>
        ReferenceEquals(layout, PyType.List) || ReferenceEquals(layout, PyType.Dict_) || ReferenceEquals(layout, PyType.Set);

    /// <summary>Gives the data layouts their <c>__new__</c>, and list, dict and set their <c>__init__</c>.</summary>
    internal static void Install()
    {
        foreach (var layout in new[] { PyType.List, PyType.Dict_, PyType.Set, PyType.FrozenSet, PyType.Tuple, PyType.Str, PyType.Int, PyType.Float, PyType.Bytes })
        {
            var owner = layout;
            layout.Dict["__new__"] = PyValue.From(new PyStaticMethod(PyValue.From(new PyBuiltinFunction("__new__", (ts, a, kw) =>
            {
                if (a.Length - (kw?.Length ?? 0) == 0) throw PyErr.TypeError($"{owner.Name}.__new__(): not enough arguments");
                if (a[0].Obj is not PyType cls) throw PyErr.TypeError($"{owner.Name}.__new__(X): X is not a type object ({a[0].Type.Name})");
                if (!cls.IsSubtypeOf(owner)) throw PyErr.TypeError($"{owner.Name}.__new__({cls.Name}): {cls.Name} is not a subtype of {owner.Name}");
                return New(ts, cls, owner, a.Slice(1), kw);
            }))));
            AddSlotMethods(layout);
            layout.Modified();
        }
        PyType.List.AddMethod("__init__", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("list", a.Slice(1), kw).NoKeywords().Expect(0, 1);
            var list = (PyList)a[0].Obj!;
            var old = list.Items.ToArray();
            list.Items.Clear();
            foreach (var v in old) v.DecRef();
            if (args.Count == 1) ListMethods.ExtendFrom(ts, list, a[1]);
            return PyValue.None;
        });
        PyType.Dict_.AddMethod("__init__", (ts, a, kw) =>
        {
            var update = PyType.Dict_.Dict["update"];
            Ops.Call(ts, update, a, kw).DecRef();
            return PyValue.None;
        });
        PyType.Set.AddMethod("__init__", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("set", a.Slice(1), kw).NoKeywords().Expect(0, 1);
            var set = (PySet)a[0].Obj!;
            foreach (var v in set.Table.Clear()) v.DecRef();
            if (args.Count == 1) SetMethods.UpdateFrom(ts, set, a[1]);
            return PyValue.None;
        });
    }

    /// <summary>
    /// The dunder methods a subclass reaches through <c>super()</c> or <c>list.__getitem__(self, i)</c>. Each calls the
    /// object's own C# slot, never the Python-level dispatch (which would find the subclass's override again).
    /// </summary>
    private static void AddSlotMethods(PyType t)
    {
        static PyObject Self(ReadOnlySpan<PyValue> a, int count, string name)
        {
            if (a.Length != count) throw PyErr.TypeError($"expected {count - 1} argument{(count == 2 ? "" : "s")}, got {a.Length - 1}");
            // int.__repr__(5): an inline int gets a short-lived box for its slot (never stored, never counted).
            return a[0].Obj ?? new PyLong(a[0].IntValue);
        }
        bool mutable = IsMutable(t);
        bool numeric = ReferenceEquals(t, PyType.Int) || ReferenceEquals(t, PyType.Float);
        if (!numeric) t.AddMethod("__len__", (ts, a, kw) => PyValue.Int(Self(a, 1, "__len__").Length(ts)));
        t.AddMethod("__repr__", (ts, a, kw) => PyValue.Str(Self(a, 1, "__repr__").ReprString(ts)));
        // list, dict and set are unhashable: CPython's type has __hash__ = None, which their subclasses inherit.
        if (mutable) t.Dict["__hash__"] = PyValue.None;
        else t.AddMethod("__hash__", (ts, a, kw) => PyValue.Int(Self(a, 1, "__hash__").Hash(ts)));
        if (!ReferenceEquals(t, PyType.Int) && !ReferenceEquals(t, PyType.Float))
        {
            t.AddMethod("__iter__", (ts, a, kw) => Self(a, 1, "__iter__").Iter(ts));
            t.AddMethod("__contains__", (ts, a, kw) => PyValue.Bool(Self(a, 2, "__contains__").Contains(ts, a[1])));
        }
        if (!ReferenceEquals(t, PyType.Int) && !ReferenceEquals(t, PyType.Float) && !ReferenceEquals(t, PyType.Set) && !ReferenceEquals(t, PyType.FrozenSet))
            t.AddMethod("__getitem__", (ts, a, kw) => Self(a, 2, "__getitem__").GetItem(ts, a[1]));
        if (ReferenceEquals(t, PyType.List) || ReferenceEquals(t, PyType.Dict_))
        {
            t.AddMethod("__setitem__", (ts, a, kw) => { Self(a, 3, "__setitem__").SetItem(ts, a[1], a[2]); return PyValue.None; });
            t.AddMethod("__delitem__", (ts, a, kw) => { Self(a, 2, "__delitem__").DelItem(ts, a[1]); return PyValue.None; });
        }
        bool? Equal(ThreadState ts, ReadOnlySpan<PyValue> a, string name)
        {
            var self = Self(a, 2, name);
            if (!numeric) return self.EqualsValue(ts, a[1]);
            return TakesNumber(t, a[1]) ? Ops.EqualsBool(ts, a[0], a[1]) : null;
        }
        t.AddMethod("__eq__", (ts, a, kw) => Equal(ts, a, "__eq__") is bool eq ? PyValue.Bool(eq) : PyValue.From(PyNotImplemented.Instance));
        t.AddMethod("__ne__", (ts, a, kw) => Equal(ts, a, "__ne__") is bool eq ? PyValue.Bool(!eq) : PyValue.From(PyNotImplemented.Instance));
        if (mutable && !ReferenceEquals(t, PyType.List)) return;
        AddOrder(t, "__lt__", s => s < 0);
        AddOrder(t, "__le__", s => s <= 0);
        AddOrder(t, "__gt__", s => s > 0);
        AddOrder(t, "__ge__", s => s >= 0);
    }

    private static void AddOrder(PyType t, string name, Func<int, bool> test)
    {
        if (t.Dict.ContainsKey(name)) return;
        t.AddMethod(name, (ts, a, kw) =>
        {
            if (a.Length != 2) throw PyErr.TypeError($"expected 1 argument, got {a.Length - 1}");
            if (ReferenceEquals(t, PyType.Int) || ReferenceEquals(t, PyType.Float))
                return TakesNumber(t, a[1]) ? PyValue.Bool(Ops.OrderBool(ts, a[0], a[1], OrderOf(name))) : PyValue.From(PyNotImplemented.Instance);
            return a[0].Obj!.CompareTo(ts, a[1]) is int sign ? PyValue.Bool(test(sign)) : PyValue.From(PyNotImplemented.Instance);
        });
    }

    // Whether int's or float's comparison slot takes the other operand: int's only ints (3 < 4.5 is float's reflected
    // answer, int.__lt__(3, 4.5) NotImplemented), float's ints and floats.
    private static bool TakesNumber(PyType t, PyValue other) =>
        Numbers.TryInt(other, out _) || (ReferenceEquals(t, PyType.Float) && other.Obj is PyFloat);

    private static CompareOp OrderOf(string name) => name switch
    {
        "__lt__" => CompareOp.Lt,
        "__le__" => CompareOp.Le,
        "__gt__" => CompareOp.Gt,
        _ => CompareOp.Ge,
    };

    /// <summary>cls(*args) for a heap class whose layout is the builtin <paramref name="layout"/>. New reference.</summary>
    public static PyValue Construct(ThreadState ts, PyType cls, PyType layout, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var obj = New(ts, cls, layout, args, kwNames);
        bool done = false;
        try { RunInit(ts, obj, args, kwNames); done = true; }
        finally
        {
            if (!done) obj.DecRef();
        }
        return obj;
    }

    /// <summary>
    /// Calling a Python subclass of a class written in C# (deque, OrderedDict, StringIO...): <paramref name="made"/>, the
    /// new instance of <paramref name="type"/>, is initialised by the class's <c>__init__</c> bound to it, whoever wrote it
    /// (a Python one reaches the C# one through super()), as type_call's tp_init; released if that raises. New reference.
    /// </summary>
    public static PyValue InitializeNew(ThreadState ts, PyObject made, PyType type, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var self = PyValue.From(made);
        bool done = false;
        try
        {
            var init = AttributeLookup.Get(ts, type.Lookup("__init__")!.Value, self, type);
            try
            {
                var r = Ops.Call(ts, init, args, kwNames);
                if (!r.IsNone) { r.DecRef(); throw PyErr.TypeError($"__init__() should return None, not '{r.Type.Name}'"); }
            }
            finally { init.DecRef(); }
            done = true;
        }
        finally { if (!done) self.DecRef(); }
        return self;
    }

    /// <summary>
    /// dict_subscript for an instance <paramref name="d"/> of a Python subclass: the value of <paramref name="key"/>
    /// (true, a new reference), or, when it is missing and the subclass has a <c>__missing__</c> of its own (not the C#
    /// class's, such as defaultdict's), what that returns (true); false when the key is missing and none answers.
    /// </summary>
    public static bool TryMissing(ThreadState ts, PyDict d, PyValue key, out PyValue result)
    {
        if (d.TryGet(ts, key, out var v)) { result = v.NewRef(); return true; }
        if (d.Type.Lookup("__missing__") is not PyValue missing || missing.Obj is PyBuiltinFunction { OwnerType.IsHeapType: false })
        {
            result = default;
            return false;
        }
        var bound = AttributeLookup.Get(ts, missing, PyValue.From(d), d.Type);
        try { result = Ops.Call(ts, bound, new[] { key }, null); }
        finally { bound.DecRef(); }
        return true;
    }

    /// <summary>
    /// The copy of a subclass's instance <paramref name="self"/> (OrderedDict.copy, deque_copy): its class called with
    /// <paramref name="args"/>, which must give an instance of <paramref name="layout"/>. New reference.
    /// </summary>
    public static PyValue CopyByCallingClass(ThreadState ts, PyValue self, PyType layout, params PyValue[] args)
    {
        var copy = Ops.Call(ts, PyValue.From(self.Type), args, null);
        if (!copy.Type.IsSubtypeOf(layout))
        {
            var name = copy.Type.Name;
            copy.DecRef();
            throw PyErr.TypeError($"{self.Type.Name}() must return a {layout.Name}, not {name}");
        }
        return copy;
    }

    /// <summary>
    /// The <c>__init__</c> step of a class call (after <c>__new__</c> made <paramref name="obj"/>): a method written in
    /// Python, or the <c>__init__</c> of list, dict or set; object's does nothing.
    /// </summary>
    public static void RunInit(ThreadState ts, PyValue obj, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var init = obj.Type.Lookup("__init__");
        if (init is PyValue { Obj: PyFunction } f)
        {
            var r = Ops.CallWithSelf(ts, f, obj, args, kwNames);
            if (!r.IsNone) { r.DecRef(); throw PyErr.TypeError($"__init__() should return None, not '{r.Type.Name}'"); }
        }
        else if (init is PyValue { Obj: PyBuiltinFunction { OwnerType: PyType owner } } b
                 && (IsMutable(owner) || owner.IsSubtypeOf(ExceptionTypes.BaseException) || ReferenceEquals(owner, PyType.TypeType)))
        {
            var withSelf = new PyValue[args.Length + 1];
            withSelf[0] = obj;
            args.CopyTo(withSelf.AsSpan(1));
            Ops.Call(ts, b, withSelf, kwNames).DecRef();
        }
    }

    /// <summary><c>layout.__new__(cls, *args)</c>: an empty list/dict/set of cls, or the immutable value args give, as an instance of cls.</summary>
    public static PyValue New(ThreadState ts, PyType cls, PyType layout, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (IsMutable(layout))
        {
            if (ReferenceEquals(layout, PyType.Set) && kwNames is { Length: > 0 } && ReferenceEquals(cls, layout))
                throw PyErr.TypeError("set() takes no keyword arguments");
            if (ReferenceEquals(layout, PyType.List)) return PyValue.From(ReferenceEquals(cls, layout) ? new PyList() : new SubclassedList(cls));
            if (ReferenceEquals(layout, PyType.Dict_)) return PyValue.From(ReferenceEquals(cls, layout) ? new PyDict() : new SubclassedDict(cls));
            return PyValue.From(ReferenceEquals(cls, layout) ? new PySet() : new SubclassedSet(cls, frozen: false));
        }
        var value = layout.Constructor!(ts, layout, args, kwNames);
        if (ReferenceEquals(cls, layout)) return value;
        try { return Wrap(cls, layout, value); }
        finally { value.DecRef(); }
    }

    /// <summary>A new instance of heap class <paramref name="cls"/> holding the value of <paramref name="value"/> (borrowed).</summary>
    private static PyValue Wrap(PyType cls, PyType layout, PyValue value)
    {
        switch (value.Obj)
        {
            case PyTuple t when ReferenceEquals(layout, PyType.Tuple):
                var items = (PyValue[])t.Items.Clone();
                foreach (var v in items) v.IncRef();
                return PyValue.From(new SubclassedTuple(cls, items));
            case PyStr s when ReferenceEquals(layout, PyType.Str):
                return PyValue.From(new SubclassedStr(cls, s.Value));
            case PyFloat f when ReferenceEquals(layout, PyType.Float):
                return PyValue.From(new SubclassedFloat(cls, f.Value));
            case PyBytes b when ReferenceEquals(layout, PyType.Bytes):
                return PyValue.From(new SubclassedBytes(cls, b.Data));
            case PySet fs when ReferenceEquals(layout, PyType.FrozenSet):
                var made = new SubclassedSet(cls, frozen: true);
                foreach (var item in fs.Items()) made.Add(null, item);
                return PyValue.From(made);
        }
        if (ReferenceEquals(layout, PyType.Int) && Numbers.TryInt(value, out BigInteger n))
            return PyValue.From(new SubclassedInt(cls, n));
        throw PyErr.TypeError($"{layout.Name}.__new__({cls.Name}) produced a '{value.Type.Name}' object, which GilGen cannot give the subclass's type");
    }
}
