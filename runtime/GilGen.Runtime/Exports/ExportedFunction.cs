using System;

namespace GilGen.Runtime;

/// <summary>
/// A C# method exported to Python (<c>[GilExport]</c>): one function of an <see cref="ExtensionModule"/>.
/// Python sees it as a builtin function of the module (<c>&lt;built-in function spin&gt;</c>) that takes
/// positional arguments only, as a C function does. docs/exports.md.
/// </summary>
public sealed class ExportedFunction
{
    private ExtensionModule? _module;
    private CodeInfo? _frame;

    /// <summary>Describes one export; the source generator writes these.</summary>
    /// <param name="name">The Python name.</param>
    /// <param name="clrName">The C# method, e.g. <c>Demo.FastMath.Spin</c> (for messages).</param>
    /// <param name="parameterCount">How many positional arguments it takes.</param>
    /// <param name="releasesGil">Whether the method runs without the GIL (<c>ReleasesGil = true</c>).</param>
    /// <param name="sourceFile">The .cs file that declares the method, for the traceback line.</param>
    /// <param name="line">The method's line in <paramref name="sourceFile"/> (1-based).</param>
    /// <param name="body">Converts the arguments, calls the method, converts the result.</param>
    public ExportedFunction(string name, string clrName, int parameterCount, bool releasesGil, string sourceFile, int line, ExportBody body)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfNegative(parameterCount);
        ArgumentNullException.ThrowIfNull(body);
        Name = name;
        ClrName = clrName;
        ParameterCount = parameterCount;
        ReleasesGil = releasesGil;
        SourceFile = sourceFile;
        Line = line;
        Body = body;
    }

    /// <summary>The Python name (<c>__name__</c>).</summary>
    public string Name { get; }

    /// <summary>The C# method it calls.</summary>
    public string ClrName { get; }

    /// <summary>The number of positional arguments.</summary>
    public int ParameterCount { get; }

    /// <summary>True when the method runs without the GIL.</summary>
    public bool ReleasesGil { get; }

    /// <summary>The .cs file of the method.</summary>
    public string SourceFile { get; }

    /// <summary>The method's line in <see cref="SourceFile"/>.</summary>
    public int Line { get; }

    /// <summary>The generated body.</summary>
    public ExportBody Body { get; }

    /// <summary>The module it belongs to.</summary>
    public ExtensionModule Module => _module ?? throw new InvalidOperationException($"export {Name} is not part of an extension module");

    /// <summary><c>module.name</c>, as errors and tracebacks name it.</summary>
    public string QualifiedName => _module is null ? Name : _module.Name + "." + Name;

    // The traceback line of an exception that leaves the method: the C# file and the method's line, named
    // module.function. It has no source text (the line is C#), so the traceback prints no code under it.
    internal CodeInfo Frame => _frame ??= new CodeInfo(QualifiedName, QualifiedName, new SourceText(SourceFile, ""), Line, "");

    internal void AttachTo(ExtensionModule module)
    {
        if (_module is not null && !ReferenceEquals(_module, module))
            throw new ArgumentException($"export {Name} already belongs to module {_module.Name}");
        _module = module;
    }

    // The builtin function's body: the argument checks CPython 3.12 makes for a C function of as many positional
    // parameters (METH_NOARGS, METH_O, or Argument Clinic's METH_FASTCALL), with their texts, then the generated body.
    internal PyValue Call(ThreadState ts, ReadOnlySpan<PyValue> args, string[]? kwNames)
    {
        if (kwNames is { Length: > 0 }) throw PyErr.TypeError($"{QualifiedName}() takes no keyword arguments");
        if (args.Length != ParameterCount)
        {
            throw PyErr.TypeError(ParameterCount switch
            {
                0 => $"{QualifiedName}() takes no arguments ({args.Length} given)",
                1 => $"{QualifiedName}() takes exactly one argument ({args.Length} given)",
                _ => $"{Name} expected {ParameterCount} arguments, got {args.Length}",
            });
        }
        return Body(ts, args);
    }
}
