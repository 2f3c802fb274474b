using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>A float (IEEE double), printed as CPython prints it.</summary>
public class PyFloat : PyObject
{
    /// <summary>The value.</summary>
    public readonly double Value;
    /// <summary>A new float with reference count 1.</summary>
    public PyFloat(double v) => Value = v;
    /// <inheritdoc/>
    public override PyType Type => PyType.Float;
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => FloatFormatter.Repr(Value);
    /// <inheritdoc/>
    public override bool IsTrue(ThreadState ts) => Value != 0.0;
    /// <inheritdoc/>
    public override long Hash(ThreadState? ts) => NumericHash.OfDouble(Value);
}
