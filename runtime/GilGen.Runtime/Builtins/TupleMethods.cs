using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>Methods of tuple.</summary>
public static class TupleMethods
{
    /// <summary>Installs the methods on <paramref name="t"/>.</summary>
    public static void Install(PyType t)
    {
        t.AddMethod("count", (ts, a, kw) =>
        {
            new BuiltinArguments("count", a.Slice(1), kw).NoKeywords().Expect(1, 1);
            long n = 0;
            foreach (var v in ((PyTuple)a[0].Obj!).Items) if (Ops.EqualsBool(ts, v, a[1])) n++;
            return PyValue.Int(n);
        });
        t.AddMethod("index", (ts, a, kw) =>
        {
            new BuiltinArguments("index", a.Slice(1), kw).NoKeywords().Expect(1, 3);
            var items = ((PyTuple)a[0].Obj!).Items;
            for (int i = 0; i < items.Length; i++) if (Ops.EqualsBool(ts, items[i], a[1])) return PyValue.Int(i);
            throw PyErr.ValueError("tuple.index(x): x not in tuple");
        });
    }
}
