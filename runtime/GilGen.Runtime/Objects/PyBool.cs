using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>True and False: immortal singletons of the int subclass bool.</summary>
public sealed class PyBool : PyObject
{
    /// <summary>The True object.</summary>
    public static readonly PyBool TrueObject = new(true);
    /// <summary>The False object.</summary>
    public static readonly PyBool FalseObject = new(false);
    /// <summary>The truth value.</summary>
    public readonly bool Value;
    private PyBool(bool v) { Value = v; MakeImmortal(); }
    /// <inheritdoc/>
    public override PyType Type => PyType.Bool;
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => Value ? "True" : "False";
    /// <inheritdoc/>
    public override bool IsTrue(ThreadState ts) => Value;
    /// <inheritdoc/>
    public override long Hash(ThreadState? ts) => Value ? 1 : 0;
}
