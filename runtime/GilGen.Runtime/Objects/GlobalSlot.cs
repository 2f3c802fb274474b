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
    /// <summary>
    /// While this global is unbound, LOAD_GLOBAL reads the builtin of the same name: the builtins module's
    /// slot, found once and kept (CPython 3.11's LOAD_GLOBAL_BUILTIN caches the same lookup).
    /// </summary>
    internal GlobalSlot? Builtin;
    /// <summary>An unbound slot.</summary>
    public GlobalSlot(string name) => Name = name;
}
