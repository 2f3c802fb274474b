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

    // The entry point of the body last made into a function with this code (MAKE_FUNCTION runs for every def
    // executed, and looking the method up by reflection each time would cost more than it saves).
    private FunctionBody? _entryBody;
    private unsafe delegate*<ThreadState, PyFunction, ReadOnlySpan<PyValue>, string[]?, PyValue> _entry;

    /// <summary>The entry point of <paramref name="body"/> (this code's generated method), or null: see <see cref="FunctionEntryPoint"/>.</summary>
    internal unsafe delegate*<ThreadState, PyFunction, ReadOnlySpan<PyValue>, string[]?, PyValue> EntryPointOf(FunctionBody body)
    {
        if (!ReferenceEquals(_entryBody, body))
        {
            // Interpreters running in parallel may race here: a code object's bodies all have the same entry
            // (generated code has one static method per code object; lambdas have none), so any order is right.
            _entry = FunctionEntryPoint.Of(body);
            _entryBody = body;
        }
        return _entry;
    }

    /// <summary>Describes a code object.</summary>
    public CodeInfo(string name, string qualName, SourceText source, int firstLine, string disassembly, string? doc = null)
    {
        Name = name; QualName = qualName; Source = source; FirstLine = firstLine; Disassembly = disassembly; Doc = doc;
    }
}
