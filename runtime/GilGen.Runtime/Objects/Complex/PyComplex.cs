using System;

namespace GilGen.Runtime;

/// <summary>A complex number: two doubles, printed, hashed and compared as CPython's complex (Objects/complexobject.c).</summary>
public sealed class PyComplex : PyObject
{
    /// <summary>A new complex with reference count 1.</summary>
    public PyComplex(double real, double imag)
    {
        Real = real;
        Imag = imag;
    }

    /// <summary>The real part.</summary>
    public double Real { get; }

    /// <summary>The imaginary part.</summary>
    public double Imag { get; }

    /// <summary>The parts as ComplexMath takes them.</summary>
    internal (double Re, double Im) Parts => (Real, Imag);

    /// <inheritdoc/>
    public override PyType Type => PyType.Complex;

    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => ComplexMath.Repr(Real, Imag, FloatFormatter.Repr);

    /// <inheritdoc/>
    public override bool IsTrue(ThreadState ts) => Real != 0.0 || Imag != 0.0;

    /// <summary>complex_hash: hash(real) + 1000003 * hash(imag), so a complex with no imaginary part hashes as its real part.</summary>
    public override long Hash(ThreadState? ts)
    {
        long h = unchecked(NumericHash.OfDouble(Real) + 1000003L * NumericHash.OfDouble(Imag));
        return h == -1 ? -2 : h;
    }

    /// <summary>complex_richcompare's ==: equal to a complex with the same parts, or to an int or float equal to its real part when it has no imaginary part.</summary>
    public override bool? EqualsValue(ThreadState? ts, PyValue other)
    {
        if (other.Obj is PyComplex c) return Real == c.Real && Imag == c.Imag;
        if (!ComplexOperands.IsReal(other)) return null;
        if (Imag != 0.0) return false;
        // An int is compared exactly, as float == int is.
        var real = PyValue.Float(Real);
        try { return Ops.EqualsBool(ts, real, other); }
        finally { real.DecRef(); }
    }
}
