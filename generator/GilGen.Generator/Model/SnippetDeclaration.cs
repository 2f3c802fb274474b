using GilGen.Generator.Snippets;

namespace GilGen.Generator.Model;

/// <summary>
/// What the declaration step reads from a <c>[GilFunction]</c> method or a <c>[GilModule]</c> class with its symbols:
/// everything a <see cref="SnippetModel"/> and a <see cref="SnippetPlacement"/> need except the snippet's text, which
/// stays undecoded in <see cref="Argument"/>. Roslyn runs that step (ForAttributeWithMetadataName's transform) for
/// every snippet whenever the compilation changes, a keystroke in any file; it is kept cheap, and the step that
/// decodes the argument, maps it and dedents it (<see cref="SnippetReader.FromArgument"/>) runs only when this record
/// changes: when the snippet's file or declaration changes.
/// </summary>
/// <param name="Kind">Function or module.</param>
/// <param name="HintName">Name of the generated file (<see cref="HintNames"/>).</param>
/// <param name="Namespace">Namespace of the outermost type, or null for the global namespace.</param>
/// <param name="ContainingTypes">Declaration heads of the types that receive the code, outermost first.</param>
/// <param name="ModuleName">The Python module name.</param>
/// <param name="Function">The partial method, for <see cref="SnippetKind.Function"/>.</param>
/// <param name="CanGenerate">False when the declaration cannot receive generated members (GIL0004, GIL0005).</param>
/// <param name="MethodLocation">The [GilFunction] method's name, where signature errors go; null for modules.</param>
/// <param name="Diagnostics">Errors found while reading the declaration (GIL0004, GIL0005).</param>
/// <param name="Argument">The attribute argument the snippet is written in.</param>
internal sealed record SnippetDeclaration(
    SnippetKind Kind,
    string HintName,
    string? Namespace,
    EquatableArray<string> ContainingTypes,
    string ModuleName,
    FunctionSignature? Function,
    bool CanGenerate,
    LocationInfo? MethodLocation,
    EquatableArray<DiagnosticInfo> Diagnostics,
    SnippetArgument Argument);
