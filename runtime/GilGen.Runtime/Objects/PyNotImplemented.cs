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
    internal static readonly PyType TypeObject = SmallTypeSlotMethods.Singleton(new("NotImplementedType", PyType.Object) { IsBaseType = false }, "NotImplemented", truth: true);
    private PyNotImplemented() => MakeImmortal();
    /// <inheritdoc/>
    public override PyType Type => TypeObject;
    /// <inheritdoc/>
    public override string ReprString(ThreadState? ts) => "NotImplemented";
}
