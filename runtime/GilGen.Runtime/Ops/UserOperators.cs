using System;

namespace GilGen.Runtime;

/// <summary>Operators defined by Python classes (__add__, __radd__, __iadd__, __neg__, ...), dispatched as CPython's binary_op1 does.</summary>
public static class UserOperators
{
    // An operator's three method names, made once: building them per operation allocated three strings for every
    // list + list or str % tuple that reaches this path.
    private sealed record MethodNames(string Forward, string Reflected, string InPlace)
    {
        public static MethodNames Of(string n) => new("__" + n + "__", "__r" + n + "__", "__i" + n + "__");
    }

    private static readonly MethodNames[] Names =
        Array.ConvertAll(new[] { "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul" }, MethodNames.Of);
    private static readonly MethodNames Divmod = MethodNames.Of("divmod");

    /// <summary>
    /// Calls the dunder methods of user classes; null when neither operand has one that answers. The in-place
    /// form goes first; a right operand whose class is a subclass of the left's and overrides the reflected
    /// method is asked before the left one.
    /// </summary>
    public static PyValue? TryBinary(ThreadState ts, PyValue a, PyValue b, BinaryOp op, bool inplace) =>
        TryBinary(ts, a, b, Names[(int)op], inplace);

    /// <summary>divmod(a, b) through __divmod__ and __rdivmod__, dispatched as the binary operators are; null when neither answers.</summary>
    public static PyValue? TryDivmod(ThreadState ts, PyValue a, PyValue b) => TryBinary(ts, a, b, Divmod, inplace: false);

    private static PyValue? TryBinary(ThreadState ts, PyValue a, PyValue b, MethodNames n, bool inplace)
    {
        if (inplace && TryCall(ts, a, n.InPlace, b) is PyValue r0) return r0;
        string reflected = n.Reflected;
        bool sameType = ReferenceEquals(a.Type, b.Type);
        bool rightFirst = !sameType && b.Type.IsSubtypeOf(a.Type) && Overrides(b.Type, a.Type, reflected);
        if (rightFirst && TryCall(ts, b, reflected, a) is PyValue rr) return rr;
        if (TryCall(ts, a, n.Forward, b) is PyValue r1) return r1;
        if (!sameType && !rightFirst && TryCall(ts, b, reflected, a) is PyValue r2) return r2;
        return null;
    }

    /// <summary>
    /// After the Python methods of a subclass of int or float answered NotImplemented: whether a builtin numeric slot
    /// still takes the pair, as in CPython's binary_op1. The left operand reaches its builtin unless its class writes
    /// <c>__op__</c> in Python, the right one unless its class writes <c>__rop__</c> (an inherited float.__radd__ is
    /// the builtin); int's builtin takes ints, float's takes ints and floats.
    /// </summary>
    public static bool BuiltinSlotAccepts(PyValue a, PyValue b, BinaryOp op)
    {
        var n = Names[(int)op];
        bool leftBuiltin = !WritesInPython(a, n.Forward) && KindAccepts(a, b);
        bool rightBuiltin = !WritesInPython(b, n.Reflected) && KindAccepts(b, a);
        return leftBuiltin || rightBuiltin;
    }

    private static bool WritesInPython(PyValue v, string name) =>
        v.Obj is ISubclassInstance && v.Type.Lookup(name) is PyValue { Obj: PyFunction };

    private static bool KindAccepts(PyValue builtin, PyValue other) =>
        builtin.Obj is PyFloat ? Numbers.TryInt(other, out _) || other.Obj is PyFloat
            : Numbers.TryInt(builtin, out _) && Numbers.TryInt(other, out _);

    /// <summary>-v, +v, ~v for instances of user classes: the result of the method, or null when there is none.</summary>
    public static PyValue? TryUnary(ThreadState ts, PyValue v, string name)
    {
        // As TryCall: classes written in Python and the types of modules written in C# (Counter's unary + and -).
        if (v.Obj is null || !v.Type.IsOutsideBuiltins || v.Type.Lookup(name) is not PyValue { Obj: PyFunction or PyBuiltinFunction } m) return null;
        return Ops.Call(ts, m, new[] { v }, null);
    }

    /// <summary>True when <paramref name="sub"/> finds <paramref name="name"/> somewhere other than where <paramref name="super"/> does.</summary>
    internal static bool Overrides(PyType sub, PyType super, string name)
    {
        var s = sub.Lookup(name);
        if (s is not PyValue sv || sv.Obj is not PyFunction) return false;
        return super.Lookup(name) is not PyValue pv || !ReferenceEquals(pv.Obj, sv.Obj);
    }

    /// <summary>
    /// pow(a, b, mod) for a class written in Python: a's <c>__pow__(b, mod)</c>, as CPython 3.12's ternary power
    /// (which never calls <c>__rpow__</c> with three arguments); null when a has none or it answers NotImplemented.
    /// </summary>
    public static PyValue? TryTernaryPow(ThreadState ts, PyValue a, PyValue b, PyValue mod)
    {
        if (a.Obj is null || !a.Type.IsOutsideBuiltins) return null;
        if (a.Type.Lookup("__pow__") is not PyValue method || method.Obj is not PyFunction) return null;
        var r = Ops.Call(ts, method, new[] { a, b, mod }, null);
        if (r.Obj is PyNotImplemented) return null;
        return r;
    }

    private static PyValue? TryCall(ThreadState ts, PyValue self, string name, PyValue other)
    {
        if (self.Obj is null || !self.Type.IsOutsideBuiltins) return null;
        if (self.Type.Lookup(name) is not PyValue method || method.Obj is not (PyFunction or PyBuiltinFunction)) return null;
        // int.__mul__ and the like, inherited by a subclass of a builtin: the builtin arithmetic after this does it.
        if (method.Obj is PyBuiltinFunction { OwnerType: PyType owner } && BuiltinSubclassing.IsDataLayout(owner)) return null;
        var r = Ops.Call(ts, method, new[] { self, other }, null);
        if (r.Obj is PyNotImplemented) return null;
        return r;
    }
}
