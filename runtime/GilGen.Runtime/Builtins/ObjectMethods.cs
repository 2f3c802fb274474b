using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>Methods every object has (object.__repr__, __str__, __eq__, ...), so user classes can call them via super().</summary>
public static class ObjectMethods
{
    /// <summary>Installs the methods on <paramref name="t"/>.</summary>
    public static void Install(PyType t)
    {
        t.AddMethod("__repr__", (ts, a, kw) => PyValue.Str(a[0].Obj is null ? Ops.ReprOf(ts, a[0]) : a[0].Obj!.ReprString(ts)));
        t.AddMethod("__str__", (ts, a, kw) => PyValue.Str(Ops.StrOf(ts, a[0])));
        t.AddMethod("__init__", (ts, a, kw) => PyValue.None);
        t.AddMethod("__eq__", (ts, a, kw) => a.Length > 1 && Ops.Is(a[0], a[1]) ? PyValue.True : PyValue.From(PyNotImplemented.Instance));
        t.AddMethod("__ne__", (ts, a, kw) => a.Length > 1 && Ops.Is(a[0], a[1]) ? PyValue.False : PyValue.From(PyNotImplemented.Instance));
        t.AddMethod("__hash__", (ts, a, kw) => PyValue.Int(a[0].Obj is null ? NumericHash.OfLong(a[0].IntValue) : a[0].Obj!.Hash(ts)));
    }
}
