using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace GilGen.Generator;

/// <summary>
/// Every diagnostic the generator reports. GIL0001–GIL0003 come from the Python compiler (their
/// message is the compiler's); GIL0004–GIL0006 are found by the generator itself. Each id has a
/// page in docs/diagnostics.
/// </summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "GilGen";
    private const string HelpLinkBase = "https://github.com/gilgen/gilgen/blob/main/docs/diagnostics/";

    /// <summary>GIL0001: the snippet is not valid Python.</summary>
    public static readonly DiagnosticDescriptor SyntaxError = new(
        id: "GIL0001",
        title: "Python syntax error",
        messageFormat: "{0}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The Python snippet does not parse. The error is located at its line and column inside the string literal or .py file.",
        helpLinkUri: HelpLinkBase + "GIL0001.md");

    /// <summary>GIL0002: valid Python that GilGen does not compile (yet).</summary>
    public static readonly DiagnosticDescriptor UnsupportedConstruct = new(
        id: "GIL0002",
        title: "Unsupported Python construct",
        messageFormat: "{0}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The snippet uses a Python construct that GilGen's compiler does not support.",
        helpLinkUri: HelpLinkBase + "GIL0002.md");

    /// <summary>GIL0003: an import of a module the runtime does not provide.</summary>
    public static readonly DiagnosticDescriptor UnknownModule = new(
        id: "GIL0003",
        title: "Unknown Python module",
        messageFormat: "{0}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The snippet imports a module that the GilGen runtime does not provide.",
        helpLinkUri: HelpLinkBase + "GIL0003.md");

    /// <summary>GIL0004: the generator cannot add members to the declaration as written.</summary>
    public static readonly DiagnosticDescriptor DeclarationNotPartial = new(
        id: "GIL0004",
        title: "Declaration must be partial (and static)",
        messageFormat: "{0} '{1}' must be declared {2} so that GilGen can generate its implementation",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "[GilFunction] needs a static partial method in partial types; [GilModule] needs a partial class in partial types.",
        helpLinkUri: HelpLinkBase + "GIL0004.md");

    /// <summary>GIL0005: the C# method cannot call the Python def as declared.</summary>
    public static readonly DiagnosticDescriptor SignatureMismatch = new(
        id: "GIL0005",
        title: "C# signature does not match the Python function",
        messageFormat: "{0}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The [GilFunction] method's parameters must match the def's by count and use supported types: long, int, double, bool, string, GilGen.Runtime.PyValue, object, and arrays and List<T> of those.",
        helpLinkUri: HelpLinkBase + "GIL0005.md");

    /// <summary>GIL0006: a [GilFunction] snippet without exactly one def.</summary>
    public static readonly DiagnosticDescriptor NotExactlyOneDef = new(
        id: "GIL0006",
        title: "[GilFunction] snippet must hold exactly one def",
        messageFormat: "The [GilFunction] snippet must hold exactly one top-level def; it holds {0}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "The method calls the snippet's only top-level def; with none or several, which one is meant is unclear. Use [GilModule] for several functions.",
        helpLinkUri: HelpLinkBase + "GIL0006.md");

    /// <summary>GIL0010: exec, eval or compile, which need a compiler at run time.</summary>
    public static readonly DiagnosticDescriptor RuntimeCompilation = new(
        id: "GIL0010",
        title: "exec, eval and compile are not available in ahead-of-time compiled code",
        messageFormat: "{0}",
        category: Category,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "GilGen compiles Python to C# at build time; there is no Python compiler at run time to turn a string into code.",
        helpLinkUri: HelpLinkBase + "GIL0010.md");

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = new()
    {
        [SyntaxError.Id] = SyntaxError,
        [UnsupportedConstruct.Id] = UnsupportedConstruct,
        [UnknownModule.Id] = UnknownModule,
        [DeclarationNotPartial.Id] = DeclarationNotPartial,
        [SignatureMismatch.Id] = SignatureMismatch,
        [NotExactlyOneDef.Id] = NotExactlyOneDef,
        [RuntimeCompilation.Id] = RuntimeCompilation,
    };

    /// <summary>The descriptor for one of the ids above.</summary>
    /// <exception cref="KeyNotFoundException">For any other id: a bug in the generator, not bad input.</exception>
    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    /// <summary>
    /// The descriptor for a diagnostic of the Python compiler: GIL0001–GIL0003 by id. Any other
    /// compiler id (the compiler grows faster than this table, and its own ids beyond GIL0003 are
    /// not the generator's) is reported as <see cref="UnsupportedConstruct"/>, whose message is the
    /// compiler's text, so it is never dropped nor formatted with the wrong message.
    /// </summary>
    public static DiagnosticDescriptor ForCompilerDiagnostic(string compilerId) => compilerId switch
    {
        "GIL0001" => SyntaxError,
        "GIL0002" => UnsupportedConstruct,
        "GIL0003" => UnknownModule,
        "GIL0010" => RuntimeCompilation,
        _ => UnsupportedConstruct,
    };

}
