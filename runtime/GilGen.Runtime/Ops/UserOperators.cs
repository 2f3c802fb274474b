using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>Binary operators defined by Python classes (__add__, __radd__, __iadd__, ...).</summary>
public static class UserOperators
{
    private static readonly string[] Names = { "add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul" };

    /// <summary>Calls the dunder methods of user classes; null when neither operand has one that answers.</summary>
    public static PyValue? TryBinary(ThreadState ts, PyValue a, PyValue b, BinaryOp op, bool inplace)
    {
        string n = Names[(int)op];
        if (inplace && TryCall(ts, a, "__i" + n + "__", b) is PyValue r0) return r0;
        if (TryCall(ts, a, "__" + n + "__", b) is PyValue r1) return r1;
        if (!ReferenceEquals(a.Type, b.Type) && TryCall(ts, b, "__r" + n + "__", a) is PyValue r2) return r2;
        return null;
    }

    private static PyValue? TryCall(ThreadState ts, PyValue self, string name, PyValue other)
    {
        if (self.Obj is null || self.Type.Module == "builtins") return null;
        if (self.Type.Lookup(name) is not PyValue method || method.Obj is not (PyFunction or PyBuiltinFunction)) return null;
        var r = Ops.Call(ts, method, new[] { self, other }, null);
        if (r.Obj is PyNotImplemented) return null;
        return r;
    }
}
