using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>The NotImplemented singleton, returned by binary dunder methods that do not handle an operand.</summary>
public sealed class PyNotImplemented : PyObject
{
    /// <summary>The only instance.</summary>
    public static readonly PyNotImplemented Instance = new();
    private static readonly PyType TypeObject = new("NotImplementedType", PyType.Object) { IsBaseType = false };
    private PyNotImplemented() => MakeImmortal();
    /// <inheritdoc/>
    public override PyType Type => TypeObject;
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => "NotImplemented";
}
