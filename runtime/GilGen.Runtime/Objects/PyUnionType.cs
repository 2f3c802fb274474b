using System;
using System.Collections.Generic;
using System.Linq;

namespace GilGen.Runtime;

/// <summary>
/// <c>types.UnionType</c>, what <c>int | None</c> makes (PEP 604), as CPython 3.12's unionobject.c: the operands
/// flattened and without duplicates, in order; a union of one type is that type. It compares and hashes as the set
/// of its arguments, and isinstance/issubclass accept it as they accept a tuple of classes.
/// </summary>
public sealed class PyUnionType : PyObject
{
    /// <summary>The type <c>types.UnionType</c>; it cannot be called to make one.</summary>
    public static readonly PyType UnionTypeType = new("UnionType", PyType.Object) { Module = "types", IsBaseType = false };

    /// <summary>__args__ (owned).</summary>
    public readonly PyTuple Args;

    private PyUnionType(PyTuple args) => Args = args;

    /// <inheritdoc/>
    public override PyType Type => UnionTypeType;

    /// <summary>
    /// <c>a | b</c> when both are what a union may hold (None, a class, a generic alias, a union): the new union,
    /// or the one type it reduces to (new reference); null when either is not, so the operator reports its TypeError.
    /// </summary>
    public static PyValue? TryOr(PyValue a, PyValue b)
    {
        // None | None is not one (NoneType has no |: only a class, alias or union brings the operator).
        if (!IsUnionable(a) || !IsUnionable(b) || (a.IsNone && b.IsNone)) return null;
        var args = new List<PyValue>();
        foreach (var operand in new[] { a, b })
        {
            if (operand.Obj is PyUnionType u) foreach (var item in u.Args.Items) AddUnique(args, item);
            else AddUnique(args, operand.IsNone ? PyValue.From(PyType.NoneType) : operand);
        }
        if (args.Count == 1) return args[0].NewRef();
        foreach (var item in args) item.IncRef();
        return PyValue.From(new PyUnionType(PyTuple.FromBorrowed(args.ToArray())));
    }

    private static bool IsUnionable(PyValue v) => v.IsNone || v.Obj is PyType or PyGenericAlias or PyUnionType;

    // dedup_and_flatten_args: identity, except that equal generic aliases (list[int] twice) are one.
    private static void AddUnique(List<PyValue> args, PyValue item)
    {
        foreach (var seen in args)
        {
            if (ReferenceEquals(seen.Obj, item.Obj)) return;
            if (seen.Obj is PyGenericAlias && item.Obj is PyGenericAlias && Ops.EqualsBool(null, seen, item)) return;
        }
        args.Add(item);
    }

    /// <inheritdoc/>
    public override void Dealloc() => PyValue.From(Args).DecRefFromDealloc();

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => string.Join(" | ", Args.Items.Select(item => item.Obj switch
    {
        PyType t when ReferenceEquals(t, PyType.NoneType) => "None",
        PyType t => t.Module == "builtins" ? t.QualName : t.Module + "." + t.QualName,
        _ => Ops.ReprOf(ts, item),
    }));

    /// <inheritdoc/>
    public override PyValue Call(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames) =>
        throw PyErr.TypeError("'types.UnionType' object is not callable");

    /// <inheritdoc/>
    public override bool? EqualsValue(ThreadState? ts, PyValue other)
    {
        // Unions are equal when they hold the same arguments in any order (CPython compares two frozensets).
        if (other.Obj is not PyUnionType u) return null;
        return Args.Items.All(x => u.Args.Items.Any(y => Ops.EqualsBool(ts, x, y)))
            && u.Args.Items.All(y => Args.Items.Any(x => Ops.EqualsBool(ts, x, y)));
    }

    /// <inheritdoc/>
    public override long Hash(ThreadState? ts)
    {
        var set = new PySet(frozen: true);
        foreach (var item in Args.Items) set.Add(ts, item);
        try { return Ops.HashOf(ts, PyValue.From(set)); }
        finally { PyValue.From(set).DecRef(); }
    }

    /// <inheritdoc/>
    public override PyValue? GetAttrOrNull(ThreadState ts, string name) => name switch
    {
        "__args__" => PyValue.From(Args).NewRef(),
        "__parameters__" => PyValue.From(PyTuple.Empty).NewRef(),
        _ => base.GetAttrOrNull(ts, name),
    };
}
