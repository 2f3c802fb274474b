using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>Rich comparisons defined by Python classes (__eq__, __lt__, ... and their reflections).</summary>
public static class UserComparison
{
    private static readonly string[] Names = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };
    private static readonly CompareOp[] Reflected = { CompareOp.Gt, CompareOp.Ge, CompareOp.Eq, CompareOp.Ne, CompareOp.Lt, CompareOp.Le };

    /// <summary>The result of a user-defined comparison, or null when neither operand defines one.</summary>
    public static PyValue? TryCompare(ThreadState ts, PyValue a, PyValue b, CompareOp op)
    {
        if (TryCall(ts, a, Names[(int)op], b) is PyValue r) return r;
        if (TryCall(ts, b, Names[(int)Reflected[(int)op]], a) is PyValue r2) return r2;
        return null;
    }

    private static PyValue? TryCall(ThreadState ts, PyValue self, string name, PyValue other)
    {
        if (self.Obj is null || self.Type.Module == "builtins") return null;
        if (self.Type.Lookup(name) is not PyValue method || method.Obj is not PyFunction) return null;
        var r = Ops.Call(ts, method, new[] { self, other }, null);
        if (r.Obj is PyNotImplemented) return null;
        return r;
    }
}
