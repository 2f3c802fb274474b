using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>Methods of int (and bool).</summary>
public static class IntMethods
{
    /// <summary>Installs the methods on <paramref name="t"/>.</summary>
    public static void Install(PyType t)
    {
        t.AddMethod("bit_length", (ts, a, kw) =>
        {
            Numbers.TryInt(a[0], out var v);
            return PyValue.Int((long)BigInteger.Abs(v).GetBitLength());
        });
        IntBytes.Install(t);
        t.AddMethod("bit_count", (ts, a, kw) =>
        {
            new BuiltinArguments("bit_count", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            Numbers.TryInt(a[0], out var v);
            var magnitude = BigInteger.Abs(v);
            long count = 0;
            foreach (byte b in magnitude.ToByteArray(isUnsigned: true)) count += System.Numerics.BitOperations.PopCount(b);
            return PyValue.Int(count);
        });
        t.AddMethod("conjugate", (ts, a, kw) => Ops.Pos(ts, a[0]));
        IntNumberProtocol.Install(t);
        // The exact int, never a subclass's own __pos__.
        t.AddSlotWrapper("__index__", (ts, a, kw) => { Numbers.TryInt(a[0], out var n); return PyValue.Int(n); });
        t.AddSlotWrapper("__int__", (ts, a, kw) => { Numbers.TryInt(a[0], out var n); return PyValue.Int(n); });
        NumberSlotMethods.InstallInt(t);
        t.AddMethod("__format__", (ts, a, kw) => PyValue.Str(FormatSpec.Format(ts, a[0], ((PyStr)a[1].Obj!).Value)));
    }
}
