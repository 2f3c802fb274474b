using System.Globalization;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>
/// Builds the heap constants of a code object (co_consts) once, into static fields of the generated
/// class. Like CPython's constants they are owned by the code and never freed: each is made immortal,
/// so interpreters running in parallel (process-pool workers) can share them without a refcount race.
/// </summary>
public static class EmittedConstants
{
    /// <summary>A str constant.</summary>
    public static PyValue Str(string s) => Immortal(new PyStr(s));

    /// <summary>A float constant.</summary>
    public static PyValue Float(double d) => Immortal(new PyFloat(d));

    /// <summary>A complex constant (an imaginary literal, or one the compiler folded).</summary>
    public static PyValue Complex(double real, double imag) => Immortal(new PyComplex(real, imag));

    /// <summary>An int constant too big for 64 bits, from its decimal text.</summary>
    public static PyValue BigInt(string decimalText) =>
        PyValue.Int(BigInteger.Parse(decimalText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)) is var v && v.Obj is { } o
            ? Immortal(o)
            : v;

    /// <summary>A tuple constant of other constants.</summary>
    public static PyValue Tuple(PyValue[] items) => Immortal(new PyTuple(items));

    /// <summary>A frozenset constant (<c>x in {1, 2}</c>) of other constants.</summary>
    public static PyValue FrozenSet(PyValue[] items)
    {
        var first = new PySet(frozen: true);
        foreach (var item in items) first.Add(null, item);
        // CPython's compiler rebuilds a frozenset constant from its own iteration order when it merges constants
        // (merge_consts_recursive), so the constant, and a set display copied from it, iterate as that second build.
        var set = new PySet(frozen: true);
        foreach (var item in first.Items()) set.Add(null, item);
        PyValue.From(first).DecRef();
        return Immortal(set);
    }

    /// <summary>A bytes constant; each char of <paramref name="latin1"/> is one byte.</summary>
    public static PyValue Bytes(string latin1)
    {
        var data = new byte[latin1.Length];
        for (int i = 0; i < data.Length; i++) data[i] = (byte)latin1[i];
        return Immortal(new PyBytes(data));
    }

    private static PyValue Immortal(PyObject o)
    {
        o.MakeImmortal();
        return PyValue.From(o);
    }
}
