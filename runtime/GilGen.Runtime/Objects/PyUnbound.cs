using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>The marker held by a local or global slot that has no value (immortal; never visible to Python code).</summary>
public sealed class PyUnbound : PyObject
{
    /// <summary>The only instance.</summary>
    public static readonly PyUnbound Instance = new();
    private PyUnbound() => MakeImmortal();
    /// <inheritdoc/>
    public override PyType Type => PyType.Unbound;
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => "<unbound>";
}
