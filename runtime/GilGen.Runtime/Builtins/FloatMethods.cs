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
        ReadOnlyAttribute.Install(t, "real", v => v.NewRef());
        ReadOnlyAttribute.Install(t, "imag", v => PyValue.Float(0.0));
        t.AddMethod("is_integer", (ts, a, kw) =>
        {
            double d = ((PyFloat)a[0].Obj!).Value;
            return PyValue.Bool(double.IsFinite(d) && d == Math.Floor(d));
        });
        t.AddSlotWrapper("__int__", (ts, a, kw) => Numbers.FromDouble(((PyFloat)a[0].Obj!).Value));
        t.AddMethod("__format__", (ts, a, kw) => PyValue.Str(FormatSpec.Format(ts, a[0], ((PyStr)a[1].Obj!).Value)));
        t.AddMethod("hex", (ts, a, kw) => PyValue.Str(FloatHex.ToHex(((PyFloat)a[0].Obj!).Value)));
        t.AddMethod("as_integer_ratio", (ts, a, kw) =>
        {
            var (n, d) = FloatHex.IntegerRatio(((PyFloat)a[0].Obj!).Value);
            return PyValue.From(new PyTuple(new[] { PyValue.Int(n), PyValue.Int(d) }));
        });
        t.AddMethod("conjugate", (ts, a, kw) => a[0].NewRef());
        NumberSlotMethods.InstallFloat(t);
        t.Dict["fromhex"] = PyValue.From(new PyBuiltinFunction("fromhex", (ts, a, kw) =>
        {
            var arg = new BuiltinArguments("fromhex", a, kw).NoKeywords().Expect(1, 1)[0];
            if (arg.Obj is not PyStr s) throw PyErr.TypeError($"bad argument type for built-in operation");
            return PyValue.Float(FloatHex.FromHex(s.Value));
        }));
    }
}
