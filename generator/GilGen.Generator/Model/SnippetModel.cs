namespace GilGen.Generator.Model;

/// <summary>
/// What the emit steps compile for one Python snippet, as plain equatable data. It holds no file
/// offsets (those are in <see cref="SnippetPlacement"/>): typing in one snippet moves every later
/// snippet of the file, and must not compile them again.
/// </summary>
/// <param name="Kind">Function, module or file.</param>
/// <param name="HintName">Name of the generated file: from the member and its file, not its position (<see cref="HintNames"/>).</param>
/// <param name="Namespace">Namespace of the outermost type, or null for the global namespace.</param>
/// <param name="ContainingTypes">Declaration heads of the types that receive the code, outermost first.</param>
/// <param name="FileName">The .cs or .py path, for #line directives and tracebacks.</param>
/// <param name="LineOffset">0-based file line of the snippet's first line.</param>
/// <param name="ModuleName">The Python module name.</param>
/// <param name="Source">The snippet after dedent: what is compiled.</param>
/// <param name="Function">The partial method, for <see cref="SnippetKind.Function"/>.</param>
/// <param name="CanGenerate">False when the declaration cannot receive generated members (GIL0004).</param>
/// <param name="RegistersModule">A .py file whose generated code registers its module by name (<see cref="PythonFileSettings.ProgramModule"/>).</param>
internal sealed record SnippetModel(
    SnippetKind Kind,
    string HintName,
    string? Namespace,
    EquatableArray<string> ContainingTypes,
    string FileName,
    int LineOffset,
    string ModuleName,
    string Source,
    FunctionSignature? Function,
    bool CanGenerate,
    bool RegistersModule = false);
