using System;
using System.Linq;

namespace GilGen.Runtime;

/// <summary>
/// <c>types.GenericAlias</c>, what <c>list[int]</c> or <c>ExceptionGroup[ValueError]</c> makes: a class with type
/// arguments, for annotations. It calls, compares and reads attributes as its class does; isinstance refuses it.
/// GilGen has no TypeVar, so an alias has no parameters and cannot be subscripted again.
/// </summary>
public sealed class PyGenericAlias : PyObject
{
    /// <summary>The type <c>types.GenericAlias</c>; GenericAlias(origin, args) makes one.</summary>
    public static readonly PyType GenericAliasType = new("GenericAlias", PyType.Object, (ts, t, a, kw) =>
    {
        var args = new BuiltinArguments("GenericAlias", a, kw).NoKeywords().Expect(2, 2);
        return PyValue.From(new PyGenericAlias(args[0], args[1]));
    }) { Module = "types", IsBaseType = false };

    // GenericAlias.__mro_entries__(self, bases): (origin,).
    private static readonly PyBuiltinFunction MroEntries = new("__mro_entries__", (ts, a, kw) =>
    {
        var args = new BuiltinArguments("__mro_entries__", a, kw).NoKeywords().Expect(2, 2);
        return PyValue.From(PyTuple.FromBorrowed(new[] { ((PyGenericAlias)args[0].Obj!).Origin }));
    }, GenericAliasType);

    /// <summary>__origin__ (owned).</summary>
    public readonly PyValue Origin;

    /// <summary>__args__ (owned): always a tuple.</summary>
    public readonly PyTuple Args;

    /// <summary>origin[args]; a single argument that is not a tuple becomes a one-tuple. Takes new references.</summary>
    public PyGenericAlias(PyValue origin, PyValue args)
    {
        origin.IncRef();
        Origin = origin;
        if (args.Obj is PyTuple tuple) { args.IncRef(); Args = tuple; }
        else Args = PyTuple.FromBorrowed(new[] { args });
    }

    /// <summary>The <c>__class_getitem__</c> of the builtin generic classes: <c>cls[args]</c> (a, classmethod-style, is (cls, args)).</summary>
    public static PyValue ClassGetItem(ThreadState ts, ReadOnlySpan<PyValue> a, string[]? kw)
    {
        var args = new BuiltinArguments("__class_getitem__", a, kw).NoKeywords().Expect(2, 2);
        return PyValue.From(new PyGenericAlias(args[0], args[1]));
    }

    /// <summary>Gives each of <paramref name="types"/> the <c>__class_getitem__</c> that makes a GenericAlias.</summary>
    public static void InstallClassGetItem(params PyType[] types)
    {
        foreach (var t in types)
        {
            // classmethod(GenericAlias), as CPython's: list.__class_getitem__(int) is bound to list.
            var function = PyValue.From(new PyBuiltinFunction("__class_getitem__", ClassGetItem));
            t.Dict["__class_getitem__"] = PyValue.From(new PyClassMethod(function));
            function.DecRef();
            t.Modified();
        }
    }

    /// <inheritdoc/>
    public override PyType Type => GenericAliasType;

    /// <inheritdoc/>
    public override void Dealloc()
    {
        Origin.DecRefFromDealloc();
        PyValue.From(Args).DecRefFromDealloc();
    }

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts)
    {
        string items = Args.Items.Length == 0 ? "()" : string.Join(", ", Args.Items.Select(item => ItemRepr(ts, item)));
        return ItemRepr(ts, Origin) + "[" + items + "]";
    }

    // ga_repr_item: "..." for Ellipsis, module.qualname for a class (the qualname alone for builtins), repr otherwise.
    private static string ItemRepr(ThreadState? ts, PyValue item) => item.Obj switch
    {
        PyEllipsis => "...",
        PyGenericAlias alias => alias.ReprString(ts),
        PyType t => t.Module == "builtins" ? t.QualName : t.Module + "." + t.QualName,
        _ => Ops.ReprOf(ts, item),
    };

    /// <inheritdoc/>
    public override PyValue Call(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        var result = Ops.Call(ts, Origin, args, kwNames);
        // As CPython, the new object remembers the alias that made it when it can hold an attribute.
        try { Ops.SetAttr(ts, result, "__orig_class__", PyValue.From(this)); }
        catch (PyException e) when (e.Instance.Type.IsSubtypeOf(ExceptionTypes.AttributeError) || e.Instance.Type.IsSubtypeOf(ExceptionTypes.TypeError))
        {
            e.Value.DecRef();
        }
        return result;
    }

    /// <inheritdoc/>
    public override PyValue GetItem(ThreadState ts, PyValue key) =>
        throw PyErr.TypeError($"{ReprString(ts)} is not a generic class");

    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other)
    {
        if (other.Obj is not PyGenericAlias alias) return null;
        return Ops.EqualsBool(ts, Origin, alias.Origin) && Ops.EqualsBool(ts, PyValue.From(Args), PyValue.From(alias.Args));
    }

    /// <inheritdoc/>
    public override long Hash(ThreadState? ts) => Ops.HashOf(ts, Origin) ^ Ops.HashOf(ts, PyValue.From(Args));

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name)
    {
        switch (name)
        {
            case "__origin__": return Origin.NewRef();
            case "__args__": return PyValue.From(Args).NewRef();
            case "__parameters__": return PyValue.From(PyTuple.Empty).NewRef();
            case "__unpacked__": return PyValue.False;
            // ga_mro_entries: a class statement (or types.resolve_bases) takes the alias's class as the base.
            case "__mro_entries__": return PyValue.From(MroEntries.BindTo(PyValue.From(this)));
            case "__class__" or "__reduce__" or "__reduce_ex__" or "__copy__" or "__deepcopy__" or "__dict__":
                return base.GetAttrOrNull(ts, name);
        }
        // Everything else is the class's: list[int].append is list.append.
        return Ops.GetAttrOrNull(ts, Origin, name) ?? base.GetAttrOrNull(ts, name);
    }
}
