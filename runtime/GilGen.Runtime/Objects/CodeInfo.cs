using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>What the runtime knows of one compiled code object: names for tracebacks and its dis listing.</summary>
public sealed class CodeInfo
{
    /// <summary>co_name.</summary>
    public readonly string Name;
    /// <summary>co_qualname.</summary>
    public readonly string QualName;
    /// <summary>The module source.</summary>
    public readonly SourceText Source;
    /// <summary>co_firstlineno.</summary>
    public readonly int FirstLine;
    /// <summary>What dis.dis prints for this code object (CPython 3.9's layout).</summary>
    public readonly string Disassembly;

    /// <summary>The docstring of a def (its first statement, a string), or null: a new function's <c>__doc__</c>.</summary>
    public readonly string? Doc;

    /// <summary>Describes a code object.</summary>
    public CodeInfo(string name, string qualName, SourceText source, int firstLine, string disassembly, string? doc = null)
    {
        Name = name; QualName = qualName; Source = source; FirstLine = firstLine; Disassembly = disassembly; Doc = doc;
    }
}
