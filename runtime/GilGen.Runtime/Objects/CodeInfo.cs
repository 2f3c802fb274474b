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
    /// <summary>What dis.dis prints for this code object (CPython 3.9's layout), its nested code objects' included.</summary>
    public string Disassembly => _disassembly ??= ComposeDisassembly();

    // This code object's own listing; the nested code objects' listings are theirs, each kept once per module
    // (generated code used to repeat every function's listing in its module's, doubling the strings to compile).
    private readonly string _ownDisassembly;
    private readonly CodeInfo[] _nested;
    private readonly string[] _nestedHeaders;
    private string? _disassembly;

    /// <summary>
    /// True when a generator of this code, suspended at a yield, can be closed without raising GeneratorExit in its
    /// frame: the code yields and sets up no try, with or async with block, so nothing in the frame could catch the
    /// exception or run on its way out. CPython 3.12's gen_close makes the same test (the yield's exception-handler
    /// depth) and then clears the frame. The emitter, which has the instructions, sets it.
    /// </summary>
    public bool ClosesWithoutUnwinding { get; init; }

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
        : this(name, qualName, source, firstLine, disassembly, doc, [], [])
    {
    }

    /// <summary>Describes a code object whose constants hold other code objects.</summary>
    /// <param name="name">co_name.</param>
    /// <param name="qualName">co_qualname.</param>
    /// <param name="source">The module source.</param>
    /// <param name="firstLine">co_firstlineno.</param>
    /// <param name="ownDisassembly">What dis.disassemble prints for this code object alone.</param>
    /// <param name="doc">The docstring of a def, or null.</param>
    /// <param name="nested">The code objects among its constants, in order (initialized before this one).</param>
    /// <param name="nestedHeaders">The repr of each, as "Disassembly of REPR:" names it.</param>
    public CodeInfo(string name, string qualName, SourceText source, int firstLine, string ownDisassembly, string? doc, CodeInfo[] nested, string[] nestedHeaders)
    {
        if (nested.Length != nestedHeaders.Length) throw new ArgumentException("one header per nested code object", nameof(nestedHeaders));
        Name = name; QualName = qualName; Source = source; FirstLine = firstLine; Doc = doc;
        _ownDisassembly = ownDisassembly; _nested = nested; _nestedHeaders = nestedHeaders;
        if (nested.Length == 0) _disassembly = ownDisassembly;
    }

    /// <summary>As the compiler's Disassembler.Dis: this listing, then a "Disassembly of ..." section per nested code object.</summary>
    private string ComposeDisassembly()
    {
        var text = new System.Text.StringBuilder(_ownDisassembly);
        for (int i = 0; i < _nested.Length; i++)
        {
            text.Append("\nDisassembly of ").Append(_nestedHeaders[i]).Append(":\n").Append(_nested[i].Disassembly);
        }
        return text.ToString();
    }
}
