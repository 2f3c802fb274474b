using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>Methods of float.</summary>
public static class FloatMethods
{
    /// <summary>Installs the methods on <paramref name="t"/>.</summary>
    public static void Install(PyType t)
    {
        t.AddMethod("is_integer", (ts, a, kw) =>
        {
            double d = ((PyFloat)a[0].Obj!).Value;
            return PyValue.Bool(double.IsFinite(d) && d == Math.Floor(d));
        });
        t.AddMethod("__int__", (ts, a, kw) => Numbers.FromDouble(((PyFloat)a[0].Obj!).Value));
        t.AddMethod("__format__", (ts, a, kw) => PyValue.Str(FormatSpec.Format(ts, a[0], ((PyStr)a[1].Obj!).Value)));
        t.AddMethod("hex", (ts, a, kw) => throw PyErr.NotImplementedError("float.hex() is not supported"));
    }
}
