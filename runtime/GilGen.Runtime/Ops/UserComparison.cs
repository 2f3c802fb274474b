using System;

namespace GilGen.Runtime;

/// <summary>Rich comparisons defined by Python classes (__eq__, __lt__, ... and their reflections), as CPython's do_richcompare.</summary>
public static class UserComparison
{
    private static readonly string[] Names = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };
    private static readonly CompareOp[] Reflected = { CompareOp.Gt, CompareOp.Ge, CompareOp.Eq, CompareOp.Ne, CompareOp.Lt, CompareOp.Le };

    /// <summary>True when either operand is an instance of a Python class (whose comparisons this type decides).</summary>
    public static bool Involves(PyValue a, PyValue b) => IsUser(a) || IsUser(b);

    private static bool IsUser(PyValue v) => v.Obj is not null && v.Type.IsOutsideBuiltins;

    /// <summary>The result of a user-defined comparison, or null when every method answered NotImplemented.</summary>
    public static PyValue? TryCompare(ThreadState ts, PyValue a, PyValue b, CompareOp op)
    {
        string name = Names[(int)op], reflected = Names[(int)Reflected[(int)op]];
        bool sameType = ReferenceEquals(a.Type, b.Type);
        // The right operand's reflection goes first when its type is a proper subtype of the left's, whether or not it
        // overrides the method (do_richcompare only asks for a subtype, unlike the binary operators' slots): an
        // instance of a subclass that inherits __gt__ is asked first in base() < sub().
        bool rightFirst = !sameType && IsUser(b) && b.Type.IsSubtypeOf(a.Type);
        if (rightFirst && TryCall(ts, b, reflected, a) is PyValue rr) return rr;
        if (TryCall(ts, a, name, b) is PyValue r) return r;
        if (!rightFirst && TryCall(ts, b, reflected, a) is PyValue r2) return r2;
        return null;
    }

    private static PyValue? TryCall(ThreadState ts, PyValue self, string name, PyValue other)
    {
        if (!IsUser(self)) return null;
        var found = self.Type.Lookup(name);
        if (found is not PyValue method || method.Obj is not PyFunction)
        {
            // str.__ne__ and the like, inherited by a subclass of a builtin: the builtin comparison decides, as
            // slot_tp_richcompare calls tuple.__gt__ for a namedtuple subclass that only defines __lt__.
            if ((found is PyValue { Obj: PyBuiltinFunction { OwnerType: PyType owner } } && BuiltinSubclassing.IsDataLayout(owner))
                || (self.Obj is ISubclassInstance && found is not PyValue { Obj: PyFunction }))
                return BuiltinComparison(ts, self, other, name);
            // object.__ne__ inverts __eq__ unless that is NotImplemented.
            if (name != "__ne__" || TryCall(ts, self, "__eq__", other) is not PyValue eq) return null;
            bool t = Ops.IsTrue(ts, eq);
            eq.DecRef();
            return PyValue.Bool(!t);
        }
        var r = Ops.Call(ts, method, new[] { self, other }, null);
        if (r.Obj is PyNotImplemented) return null;
        return r;
    }

    /// <summary>The builtin layout's own comparison of <paramref name="self"/> with <paramref name="other"/>; null when it has none for them.</summary>
    private static PyValue? BuiltinComparison(ThreadState ts, PyValue self, PyValue other, string name)
    {
        if (name is "__eq__" or "__ne__")
            return self.Obj!.EqualsValue(ts, other) is bool eq ? PyValue.Bool(eq == (name == "__eq__")) : null;
        if (self.Obj!.CompareTo(ts, other) is not int sign) return null;
        return PyValue.Bool(name switch { "__lt__" => sign < 0, "__le__" => sign <= 0, "__gt__" => sign > 0, _ => sign >= 0 });
    }
}
