using System;

namespace GilGen.Runtime;

/// <summary>
/// <c>weakref.ref</c> (<c>weakref.ReferenceType</c>): calling it gives the referent, or None once the referent was
/// released; its callback is called with it at that release. Equal while both referents live when the referents are
/// equal, else only to itself; its hash is the referent's, remembered once asked. Not sealed: the instances of a
/// Python subclass are <see cref="SubclassedWeakRef"/>.
/// </summary>
public class PyWeakRef : WeakReferenceBase
{
    /// <summary>The class <c>weakref.ReferenceType</c> (<c>weakref.ref</c>).</summary>
    public static readonly PyType RefType = CreateType();

    private long? _hash;

    /// <summary>A reference to <paramref name="referent"/>; <see cref="New"/> puts it in the referent's list.</summary>
    private protected PyWeakRef(PyObject referent, PyValue callback) : base(referent, callback) { }

    /// <inheritdoc/>
    public override PyType Type => RefType;

    /// <summary>
    /// <c>ref.__new__(cls, target, callback=None)</c>: the target's shared plain reference when there is one and this
    /// asks for it (class ref itself, no callback), else a new reference. New reference.
    /// </summary>
    internal static PyValue New(PyType cls, PyValue target, PyValue callback)
    {
        var list = ListOf(target);
        bool basic = callback.IsNone && ReferenceEquals(cls, RefType);
        if (basic && list.BasicRef is PyWeakRef shared) return PyValue.From(shared).NewRef();
        PyWeakRef made = ReferenceEquals(cls, RefType) ? new PyWeakRef(target.Obj!, callback) : new SubclassedWeakRef(cls, target.Obj!, callback);
        list.Insert(made, basicRef: basic, basicProxy: false);
        return PyValue.From(made);
    }

    /// <inheritdoc/>
    public override PyValue Call(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var a = new BuiltinArguments("weakref", args, kwNames).NoKeywords();
        if (a.Count != 0) throw PyErr.TypeError($"weakref expected 0 arguments, got {a.Count}");
        return Referent is PyObject o ? PyValue.From(o).NewRef() : PyValue.None;
    }

    /// <inheritdoc/>
    public override long Hash(ThreadState? ts)
    {
        if (_hash is long h) return h;
        if (Referent is not PyObject o) throw PyErr.TypeError("weak object has gone away");
        h = Ops.HashOf(ts, PyValue.From(o));
        _hash = h;
        return h;
    }

    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other)
    {
        if (other.Obj is not PyWeakRef r) return null;
        // weakref_richcompare: referents compared while both live, identity otherwise.
        if (Referent is not PyObject mine || r.Referent is not PyObject theirs) return ReferenceEquals(this, r);
        return Ops.EqualsBool(ts, PyValue.From(mine), PyValue.From(theirs));
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        if (Referent is not PyObject o) return $"<weakref at 0x{ObjectId.Of(this):x}; dead>";
        string head = $"<weakref at 0x{ObjectId.Of(this):x}; to '{o.Type.TpName}' at 0x{ObjectId.Of(o):x}";
        // CPython names the referent by a __name__ its class defines (functions, classes, builtin functions).
        string? name = o switch
        {
            PyFunction f => f.Name,
            PyType t => t.Name,
            PyBuiltinFunction b => b.Name,
            _ => null,
        };
        return name is null ? head + ">" : $"{head} ({name})>";
    }

    private static PyType CreateType()
    {
        var t = new PyType("ReferenceType", PyType.Object, (ts, cls, a, kw) =>
        {
            var args = new BuiltinArguments("ref", a, kw).NoKeywords();
            if (args.Count < 1) throw PyErr.TypeError($"__new__ expected at least 1 argument, got {args.Count}");
            if (args.Count > 2) throw PyErr.TypeError($"__new__ expected at most 2 arguments, got {args.Count}");
            var made = New(cls, a[0], args.Count > 1 ? a[1] : PyValue.None);
            if (!cls.IsHeapType) return made;
            bool done = false;
            try
            {
                // type_call's tp_init for a Python subclass without a __new__ of its own: its __init__ runs.
                BuiltinSubclassing.RunInit(ts, made, a, kw);
                done = true;
            }
            finally { if (!done) made.DecRef(); }
            return made;
        }) { Module = "weakref", TpName = "weakref.ReferenceType" };
        // ref.__new__(cls, target, callback), which a subclass's own __new__ calls (WeakMethod, KeyedRef).
        t.Dict["__new__"] = PyValue.From(new PyStaticMethod(PyValue.From(new PyBuiltinFunction("__new__", (ts, a, kw) =>
        {
            var args = new BuiltinArguments("__new__", a, kw).NoKeywords();
            if (args.Count == 0 || a[0].Obj is not PyType cls) throw PyErr.TypeError("ReferenceType.__new__(X): X is not a type object");
            if (!cls.IsSubtypeOf(RefType)) throw PyErr.TypeError($"ReferenceType.__new__({cls.Name}): {cls.Name} is not a subtype of ReferenceType");
            if (args.Count < 2) throw PyErr.TypeError($"__new__ expected at least 1 argument, got {args.Count - 1}");
            if (args.Count > 3) throw PyErr.TypeError($"__new__ expected at most 2 arguments, got {args.Count - 1}");
            return New(cls, a[1], args.Count > 2 ? a[2] : PyValue.None);
        }))));
        // ref.__init__ accepts what __new__ did and does nothing (a subclass's __init__ may call it).
        t.AddMethod("__init__", (ts, a, kw) => PyValue.None);
        ReadOnlyAttribute.Install(t, "__callback__", v => ((WeakReferenceBase)v.Obj!).Callback is { Obj: not null } cb ? cb.NewRef() : PyValue.None);
        t.AddMethod("__call__", (ts, a, kw) =>
        {
            if (a.Length == 0 || a[0].Obj is not PyWeakRef r) throw PyErr.TypeError("descriptor '__call__' requires a 'weakref.ReferenceType' object");
            return r.Call(ts, a.Slice(1), kw);
        });
        // Named so that a subclass can take them over (WeakMethod's __hash__ = ref.__hash__); each is the C# slot.
        t.AddMethod("__hash__", (ts, a, kw) => PyValue.Int(Self(a, "__hash__").Hash(ts)));
        t.AddMethod("__eq__", (ts, a, kw) => Self(a, "__eq__").EqualsValue(ts, a[1]) is bool eq ? PyValue.Bool(eq) : PyValue.From(PyNotImplemented.Instance));
        t.AddMethod("__ne__", (ts, a, kw) => Self(a, "__ne__").EqualsValue(ts, a[1]) is bool eq ? PyValue.Bool(!eq) : PyValue.From(PyNotImplemented.Instance));
        return t;
    }

    private static PyWeakRef Self(ReadOnlySpan<PyValue> a, string name)
    {
        if (a.Length == 0 || a[0].Obj is not PyWeakRef r) throw PyErr.TypeError($"descriptor '{name}' requires a 'weakref.ReferenceType' object");
        int expected = name == "__hash__" ? 1 : 2;
        if (a.Length != expected) throw PyErr.TypeError($"expected {expected - 1} argument{(expected == 2 ? "" : "s")}, got {a.Length - 1}");
        return r;
    }
}
