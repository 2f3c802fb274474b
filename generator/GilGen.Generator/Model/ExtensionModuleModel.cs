namespace GilGen.Generator.Model;

/// <summary>A [GilExtensionModule] class: what the extension module writer generates for it, as equatable data.</summary>
/// <param name="HintName">Name of the generated file.</param>
/// <param name="Namespace">Namespace of the outermost type, or null for the global namespace.</param>
/// <param name="ContainingTypes">Declaration heads of the class and the types around it, outermost first.</param>
/// <param name="TypeName">The class, fully qualified (for typeof).</param>
/// <param name="ModuleName">The Python module name.</param>
/// <param name="Exports">The methods that can be exported (the others have a GIL0011).</param>
/// <param name="CanGenerate">False when the class cannot receive the module (GIL0004, GIL0012).</param>
internal sealed record ExtensionModuleModel(
    string HintName,
    string? Namespace,
    EquatableArray<string> ContainingTypes,
    string TypeName,
    string ModuleName,
    EquatableArray<ExportModel> Exports,
    bool CanGenerate);
