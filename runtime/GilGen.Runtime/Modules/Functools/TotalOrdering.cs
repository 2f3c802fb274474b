using System;

namespace GilGen.Runtime;

/// <summary>
/// functools.total_ordering: fills in the rich comparisons a class lacks from the one it defines (preferring
/// __lt__, then __le__, __gt__, __ge__), with functions that behave as CPython's _gt_from_lt and its kin:
/// NotImplemented passes through, equality comes from ==.
/// </summary>
public static class TotalOrdering
{
    private static readonly string[] Roots = { "__lt__", "__le__", "__gt__", "__ge__" };

    /// <summary>@total_ordering applied to <paramref name="cls"/> (borrowed); returns it (new reference).</summary>
    public static PyValue Apply(ThreadState ts, PyModule functools, PyValue cls)
    {
        if (cls.Obj is not PyType type) throw PyErr.AttributeError($"'{cls.Type.Name}' object has no attribute '__lt__'");
        var defined = new bool[Roots.Length];
        int root = -1;
        for (int i = 0; i < Roots.Length; i++)
        {
            defined[i] = DefinedBelowObject(type, Roots[i]);
            if (defined[i] && root < 0) root = i;
        }
        if (root < 0) throw PyErr.ValueError("must define at least one ordering operation: < > <= >=");
        string rootName = Roots[root];
        for (int i = 0; i < Roots.Length; i++)
        {
            if (defined[i]) continue;
            string target = Roots[i];
            string qualName = $"_{target.Trim('_')}_from_{rootName.Trim('_')}";
            var fn = NativeFunction.Create(functools, qualName, new[] { "self", "other" },
                (ts2, p) => Derived(ts2, rootName, target, p[0], p[1]));
            fn.Name = target;
            var f = PyValue.From(fn);
            try { type.SetAttr(ts, target, f); }
            finally { f.DecRef(); }
        }
        return cls.NewRef();
    }

    private static bool DefinedBelowObject(PyType type, string name)
    {
        foreach (var t in type.Mro)
            if (!ReferenceEquals(t, PyType.Object) && t.Dict.ContainsKey(name)) return true;
        return false;
    }

    /// <summary>The derived comparison <paramref name="target"/> of self and other from type(self).root(self, other).</summary>
    private static PyValue Derived(ThreadState ts, string root, string target, PyValue self, PyValue other)
    {
        var method = self.Type.Lookup(root) ?? throw PyErr.AttributeError($"type object '{self.Type.Name}' has no attribute '{root}'");
        var r = Ops.Call(ts, method, new[] { self, other }, null);
        if (r.Obj is PyNotImplemented) return r;
        // Each derivation is one of: not r; r or self == other; not r or self == other; r and self != other; not r and self != other.
        bool rootIsLess = root is "__lt__" or "__le__";
        bool targetIsLess = target is "__lt__" or "__le__";
        bool rootStrict = root is "__lt__" or "__gt__";
        bool targetStrict = target is "__lt__" or "__gt__";
        if (rootIsLess == targetIsLess)
        {
            // Same direction, other strictness: lt->le is "r or ==", le->lt is "r and !=".
            return targetStrict ? AndCompare(ts, r, self, other, CompareOp.Ne) : OrCompare(ts, r, self, other, CompareOp.Eq);
        }
        bool truth = Truth(ts, r);
        // Opposite direction: strict root and strict target (lt->gt) is "not r and !=", the non-strict pair (le->ge) "not r or ==".
        if (rootStrict == targetStrict)
            return rootStrict
                ? (truth ? PyValue.False : Ops.Compare(ts, self, other, CompareOp.Ne))
                : (!truth ? PyValue.True : Ops.Compare(ts, self, other, CompareOp.Eq));
        return PyValue.Bool(!truth);
    }

    private static bool Truth(ThreadState ts, PyValue r)
    {
        try { return Ops.IsTrue(ts, r); }
        finally { r.DecRef(); }
    }

    private static PyValue OrCompare(ThreadState ts, PyValue r, PyValue self, PyValue other, CompareOp op)
    {
        if (Ops.IsTrue(ts, r)) return r;
        r.DecRef();
        return Ops.Compare(ts, self, other, op);
    }

    private static PyValue AndCompare(ThreadState ts, PyValue r, PyValue self, PyValue other, CompareOp op)
    {
        if (!Ops.IsTrue(ts, r)) return r;
        r.DecRef();
        return Ops.Compare(ts, self, other, op);
    }
}
