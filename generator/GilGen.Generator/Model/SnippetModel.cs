using GilGen.Generator.Snippets;

namespace GilGen.Generator.Model;

/// <summary>
/// Everything the generator knows about one Python snippet after reading the C# (or the .py
/// file), as plain equatable data: the output of the parse steps and the input of the emit steps.
/// </summary>
/// <param name="Kind">Function, module or file.</param>
/// <param name="HintName">Unique name of the generated file.</param>
/// <param name="Namespace">Namespace of the outermost type, or null for the global namespace.</param>
/// <param name="ContainingTypes">Declaration heads of the types that receive the code, outermost first.</param>
/// <param name="FileName">The .cs or .py path, for #line directives and tracebacks.</param>
/// <param name="LineOffset">0-based file line of the snippet's first line.</param>
/// <param name="ModuleName">The Python module name.</param>
/// <param name="Source">The snippet after dedent: what is compiled.</param>
/// <param name="Map">Maps snippet positions to file positions.</param>
/// <param name="SnippetLocation">The whole attribute argument (or the .py file's start): where snippet-wide errors go.</param>
/// <param name="Function">The partial method, for <see cref="SnippetKind.Function"/>.</param>
/// <param name="Diagnostics">Errors found while reading the declaration (GIL0004, GIL0005).</param>
/// <param name="CanGenerate">False when the declaration cannot receive generated members (GIL0004).</param>
internal sealed record SnippetModel(
    SnippetKind Kind,
    string HintName,
    string? Namespace,
    EquatableArray<string> ContainingTypes,
    string FileName,
    int LineOffset,
    string ModuleName,
    string Source,
    SnippetLocationMap Map,
    LocationInfo SnippetLocation,
    FunctionSignature? Function,
    EquatableArray<DiagnosticInfo> Diagnostics,
    bool CanGenerate);
