using System;

namespace GilGen.Runtime;

/// <summary>Operators defined by Python classes (__add__, __radd__, __iadd__, __neg__, ...), dispatched as CPython's binary_op1 does.</summary>
public static class UserOperators
{
    private static readonly string[] Names = { "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul" };

    /// <summary>
    /// Calls the dunder methods of user classes; null when neither operand has one that answers. The in-place
    /// form goes first; a right operand whose class is a subclass of the left's and overrides the reflected
    /// method is asked before the left one.
    /// </summary>
    public static PyValue? TryBinary(ThreadState ts, PyValue a, PyValue b, BinaryOp op, bool inplace) =>
        TryBinary(ts, a, b, Names[(int)op], inplace);

    /// <summary>divmod(a, b) through __divmod__ and __rdivmod__, dispatched as the binary operators are; null when neither answers.</summary>
    public static PyValue? TryDivmod(ThreadState ts, PyValue a, PyValue b) => TryBinary(ts, a, b, "divmod", inplace: false);

    private static PyValue? TryBinary(ThreadState ts, PyValue a, PyValue b, string n, bool inplace)
    {
        if (inplace && TryCall(ts, a, "__i" + n + "__", b) is PyValue r0) return r0;
        string reflected = "__r" + n + "__";
        bool sameType = ReferenceEquals(a.Type, b.Type);
        bool rightFirst = !sameType && b.Type.IsSubtypeOf(a.Type) && Overrides(b.Type, a.Type, reflected);
        if (rightFirst && TryCall(ts, b, reflected, a) is PyValue rr) return rr;
        if (TryCall(ts, a, "__" + n + "__", b) is PyValue r1) return r1;
        if (!sameType && !rightFirst && TryCall(ts, b, reflected, a) is PyValue r2) return r2;
        return null;
    }

    /// <summary>-v, +v, ~v for instances of user classes: the result of the method, or null when there is none.</summary>
    public static PyValue? TryUnary(ThreadState ts, PyValue v, string name)
    {
        // As TryCall: classes written in Python and the types of modules written in C# (Counter's unary + and -).
        if (v.Obj is null || v.Type.Module == "builtins" || v.Type.Lookup(name) is not PyValue { Obj: PyFunction or PyBuiltinFunction } m) return null;
        return Ops.Call(ts, m, new[] { v }, null);
    }

    /// <summary>True when <paramref name="sub"/> finds <paramref name="name"/> somewhere other than where <paramref name="super"/> does.</summary>
    internal static bool Overrides(PyType sub, PyType super, string name)
    {
        var s = sub.Lookup(name);
        if (s is not PyValue sv || sv.Obj is not PyFunction) return false;
        return super.Lookup(name) is not PyValue pv || !ReferenceEquals(pv.Obj, sv.Obj);
    }

    private static PyValue? TryCall(ThreadState ts, PyValue self, string name, PyValue other)
    {
        if (self.Obj is null || self.Type.Module == "builtins") return null;
        if (self.Type.Lookup(name) is not PyValue method || method.Obj is not (PyFunction or PyBuiltinFunction)) return null;
        // int.__mul__ and the like, inherited by a subclass of a builtin: the builtin arithmetic after this does it.
        if (method.Obj is PyBuiltinFunction { OwnerType: PyType owner } && BuiltinSubclassing.IsDataLayout(owner)) return null;
        var r = Ops.Call(ts, method, new[] { self, other }, null);
        if (r.Obj is PyNotImplemented) return null;
        return r;
    }
}
