using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
namespace GilGen.Runtime;

/// <summary>A compiled module: its global names in a fixed order and the generated method of its top-level code.</summary>
public sealed class ModuleDefinition
{
    /// <summary>The module name (used when imported).</summary>
    public readonly string Name;
    /// <summary>The source, for tracebacks.</summary>
    public readonly SourceText Source;
    /// <summary>Every global name the code uses; a global's slot index is its position here.</summary>
    public readonly string[] SlotNames;
    /// <summary>Runs the module's top-level code.</summary>
    public readonly Func<ThreadState, PyModule, PyValue> Body;

    /// <summary>
    /// For a main module: finds the other modules of its program by dotted name (null when there is none), for every
    /// import of the interpreter that runs it. The gilgen command sets it on the script it loads, to find the modules
    /// beside it as CPython finds them on sys.path[0]. Set by the host before the module runs.
    /// </summary>
    public Func<string, ModuleDefinition?>? ProgramModules { get; set; }

    /// <summary>Whether this is a package (its file is an <c>__init__.py</c>, as CPython decides): its submodules are importable as <c>Name.sub</c>.</summary>
    public bool IsPackage => Path.GetFileName(Source.FileName) == "__init__.py";

    /// <summary>Describes a module.</summary>
    public ModuleDefinition(string name, SourceText source, string[] slotNames, Func<ThreadState, PyModule, PyValue> body)
    {
        Name = name; Source = source; SlotNames = slotNames; Body = body;
    }
}
