using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>The None singleton (immortal).</summary>
public sealed class PyNone : PyObject
{
    /// <summary>The only instance.</summary>
    public static readonly PyNone Instance = new();
    private PyNone() => MakeImmortal();
    /// <inheritdoc/>
    public override PyType Type => PyType.NoneType;
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => "None";
    /// <inheritdoc/>
    public override bool IsTrue(ThreadState ts) => false;
    /// <inheritdoc/>
    public override long Hash(ThreadState? ts) => 0x5d7a3b1c;
}
