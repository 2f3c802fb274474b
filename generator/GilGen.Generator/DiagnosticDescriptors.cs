using System.Collections.Generic;
using GilGen.Compiler;
using Microsoft.CodeAnalysis;

namespace GilGen.Generator;

/// <summary>
/// Every diagnostic the generator reports, made from the one table of ids (<see cref="DiagnosticIds.All"/>):
/// the compiler's ids (their message is the compiler's text) and the generator's own (GIL0004–GIL0006, GIL0011, GIL0012).
/// Each id has a page in docs/diagnostics.
/// </summary>
internal static class DiagnosticDescriptors
{
    /// <summary>GIL0001: the snippet is not valid Python.</summary>
    public static readonly DiagnosticDescriptor SyntaxError = Create(DiagnosticIds.SyntaxError, "{0}");

    /// <summary>GIL0002: valid Python that GilGen does not compile (yet).</summary>
    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(DiagnosticIds.UnsupportedConstruct, "{0}");

    /// <summary>GIL0003: an import of a module the runtime does not provide.</summary>
    public static readonly DiagnosticDescriptor UnknownModule = Create(DiagnosticIds.UnknownModule, "{0}");

    /// <summary>GIL0004: the generator cannot add members to the declaration as written.</summary>
    public static readonly DiagnosticDescriptor DeclarationNotPartial = Create(DiagnosticIds.DeclarationNotPartial,
        "{0} '{1}' must be declared {2} so that GilGen can generate its implementation");

    /// <summary>GIL0005: the C# method cannot call the Python def as declared.</summary>
    public static readonly DiagnosticDescriptor SignatureMismatch = Create(DiagnosticIds.SignatureMismatch, "{0}");

    /// <summary>GIL0006: a [GilFunction] snippet without exactly one def.</summary>
    public static readonly DiagnosticDescriptor NotExactlyOneDef = Create(DiagnosticIds.NotExactlyOneDef,
        "The [GilFunction] snippet must hold exactly one top-level def; it holds {0}");

    /// <summary>GIL0007: more errors than are reported for one snippet.</summary>
    public static readonly DiagnosticDescriptor TooManyErrors = Create(DiagnosticIds.TooManyErrors, "{0}");

    /// <summary>GIL0008: GilGen itself failed (an exception in the compiler, the emitter or the generator).</summary>
    public static readonly DiagnosticDescriptor InternalError = Create(DiagnosticIds.InternalError, "{0}");

    /// <summary>GIL0009: the snippet nests deeper than the compiler's recursion limit.</summary>
    public static readonly DiagnosticDescriptor NestingTooDeep = Create(DiagnosticIds.NestingTooDeep, "{0}");

    /// <summary>GIL0010: a call to the builtin exec, eval or compile.</summary>
    public static readonly DiagnosticDescriptor RuntimeCompilation = Create(DiagnosticIds.RuntimeCompilation, "{0}");

    /// <summary>GIL0011: a [GilExport] method that cannot be exported as declared.</summary>
    public static readonly DiagnosticDescriptor ExportNotPossible = Create(DiagnosticIds.ExportNotPossible, "{0}");

    /// <summary>GIL0012: a [GilExtensionModule] class that cannot be registered as a module.</summary>
    public static readonly DiagnosticDescriptor ExtensionModuleNotPossible = Create(DiagnosticIds.ExtensionModuleNotPossible, "{0}");

    private static readonly Dictionary<string, DiagnosticDescriptor> s_byId = new()
    {
        [ExportNotPossible.Id] = ExportNotPossible,
        [ExtensionModuleNotPossible.Id] = ExtensionModuleNotPossible,
        [SyntaxError.Id] = SyntaxError,
        [UnsupportedConstruct.Id] = UnsupportedConstruct,
        [UnknownModule.Id] = UnknownModule,
        [DeclarationNotPartial.Id] = DeclarationNotPartial,
        [SignatureMismatch.Id] = SignatureMismatch,
        [NotExactlyOneDef.Id] = NotExactlyOneDef,
        [TooManyErrors.Id] = TooManyErrors,
        [InternalError.Id] = InternalError,
        [NestingTooDeep.Id] = NestingTooDeep,
        [RuntimeCompilation.Id] = RuntimeCompilation,
    };

    /// <summary>Every descriptor of the generator.</summary>
    public static IEnumerable<DiagnosticDescriptor> All => s_byId.Values;

    /// <summary>The descriptor for one of the ids above.</summary>
    /// <exception cref="KeyNotFoundException">For any other id: a bug in the generator, not bad input.</exception>
    public static DiagnosticDescriptor ById(string id) => s_byId[id];

    /// <summary>
    /// The descriptor for a diagnostic of the Python compiler: each compiler id has its own. An id
    /// the generator has no descriptor for is a GilGen bug, so it is reported as
    /// <see cref="InternalError"/> (never as "unsupported"); the caller keeps the id in the text.
    /// </summary>
    public static DiagnosticDescriptor ForCompilerDiagnostic(string compilerId)
        => s_byId.TryGetValue(compilerId, out var descriptor) && DiagnosticIds.Get(compilerId).Reporter == DiagnosticReporter.Compiler
            ? descriptor
            : InternalError;

    private static DiagnosticDescriptor Create(string id, string messageFormat)
    {
        var definition = DiagnosticIds.Get(id);
        return new DiagnosticDescriptor(
            id: definition.Id,
            title: definition.Title,
            messageFormat: messageFormat,
            category: definition.Category,
            defaultSeverity: definition.Severity == Compiler.DiagnosticSeverity.Error ? Microsoft.CodeAnalysis.DiagnosticSeverity.Error : Microsoft.CodeAnalysis.DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: definition.Description,
            helpLinkUri: definition.HelpLinkUri);
    }
}
