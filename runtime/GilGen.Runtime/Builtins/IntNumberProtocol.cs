using System;

namespace GilGen.Runtime;

/// <summary>int's number-protocol members: as_integer_ratio, is_integer, real/imag/numerator/denominator (to_bytes/from_bytes are in IntBytes.cs).</summary>
public static class IntNumberProtocol
{
    /// <summary>Installs them on int (bool inherits them).</summary>
    public static void Install(PyType t)
    {
        // Small ints answer these in Ops (IntAttribute); big ints and bools read them here.
        ReadOnlyAttribute.Install(t, "real", v => AsInt(v));
        ReadOnlyAttribute.Install(t, "numerator", v => AsInt(v));
        ReadOnlyAttribute.Install(t, "imag", v => PyValue.Int(0));
        ReadOnlyAttribute.Install(t, "denominator", v => PyValue.Int(1));
        t.AddMethod("as_integer_ratio", (ts, a, kw) =>
        {
            new BuiltinArguments("as_integer_ratio", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            return PyValue.From(new PyTuple(new[] { AsInt(a[0]), PyValue.Int(1) }));
        });
        t.AddMethod("is_integer", (ts, a, kw) =>
        {
            new BuiltinArguments("is_integer", a.Slice(1), kw).NoKeywords().Expect(0, 0);
            return PyValue.True;
        });
        t.Modified();
    }

    // An exact int, as CPython's int.real of a bool or an int subclass is.
    private static PyValue AsInt(PyValue v) => Numbers.TryInt(v, out var n) ? PyValue.Int(n) : v.NewRef();
}
