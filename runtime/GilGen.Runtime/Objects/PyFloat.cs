using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>A float (IEEE double), printed as CPython prints it.</summary>
public class PyFloat : PyObject
{
    private double _value;
    /// <summary>The value. Fixed for every float Python code can see (see <see cref="TemporaryFloat"/>).</summary>
    public double Value => _value;
    /// <summary>A new float with reference count 1.</summary>
    public PyFloat(double v) => _value = v;
    /// <summary>
    /// Gives a float that only its caller holds (an exact float with reference count 1, a temporary of an
    /// expression) a new value, so that it becomes the result of the operation that consumed it.
    /// </summary>
    internal void TakeResult(double v) => _value = v;
    /// <inheritdoc/>
    public override PyType Type => PyType.Float;
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => FloatFormatter.Repr(Value);
    /// <inheritdoc/>
    public override bool IsTrue(ThreadState ts) => Value != 0.0;
    /// <inheritdoc/>
    public override long Hash(ThreadState? ts) => NumericHash.OfDouble(Value);
}
