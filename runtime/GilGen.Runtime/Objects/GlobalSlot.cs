using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>One global variable of a module; generated code refers to it by index.</summary>
public sealed class GlobalSlot
{
    /// <summary>The variable name.</summary>
    public readonly string Name;
    /// <summary>The value (owned reference), Unbound when not bound.</summary>
    public PyValue Value = PyValue.Unbound;
    /// <summary>An unbound slot.</summary>
    public GlobalSlot(string name) => Name = name;
}
