using System.Collections.Generic;

namespace GilGen.Compiler;

/// <summary>Every diagnostic id the compiler reports, with its title.</summary>
public static class DiagnosticIds
{
    /// <summary>GIL0001: syntax error — the source is not valid Python (CPython would raise SyntaxError, IndentationError or TabError).</summary>
    public const string SyntaxError = "GIL0001";
    /// <summary>GIL0002: unsupported construct — valid Python that GilGen cannot compile yet (e.g. <c>yield</c>, decorators, async).</summary>
    public const string UnsupportedConstruct = "GIL0002";
    /// <summary>GIL0003: unknown module — an import of a module the GilGen runtime does not provide.</summary>
    public const string UnknownModule = "GIL0003";
    /// <summary>GIL0004: too many errors — reporting stopped after the limit of errors for one file.</summary>
    public const string TooManyErrors = "GIL0004";
    /// <summary>GIL0005: internal compiler error — a bug in GilGen, reported instead of an exception.</summary>
    public const string InternalError = "GIL0005";
    /// <summary>GIL0010: exec, eval or compile — code made from text at run time, which ahead-of-time compiled code cannot do.</summary>
    public const string RuntimeCompilation = "GIL0010";

    /// <summary>The title of each id.</summary>
    public static IReadOnlyDictionary<string, string> Titles { get; } = new Dictionary<string, string>
    {
        [SyntaxError] = "Syntax error",
        [UnsupportedConstruct] = "Unsupported construct",
        [UnknownModule] = "Unknown module",
        [TooManyErrors] = "Too many errors",
        [InternalError] = "Internal compiler error",
        [RuntimeCompilation] = "exec, eval and compile are not available in ahead-of-time compiled code",
    };
}
