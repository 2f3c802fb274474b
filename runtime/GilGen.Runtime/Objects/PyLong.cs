using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Numerics;

namespace GilGen.Runtime;

/// <summary>An int beyond 64 bits. Results that fit in 64 bits are always normalized back to inline ints.</summary>
public class PyLong : PyObject
{
    /// <summary>The value (never within the long range once normalized).</summary>
    public readonly BigInteger Value;
    /// <summary>Creates a big int; use <see cref="PyValue.Int(BigInteger)"/> to normalize.</summary>
    public PyLong(BigInteger v) => Value = v;
    /// <inheritdoc/>
    public override PyType Type => PyType.Int;
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => (Value.Sign < 0 ? "-" : "") + IntStrDigitLimit.Decimal(ts, Value);
    /// <inheritdoc/>
    public override bool IsTrue(ThreadState ts) => !Value.IsZero;
    /// <inheritdoc/>
    public override long Hash(ThreadState? ts) => NumericHash.OfBig(Value);
}
