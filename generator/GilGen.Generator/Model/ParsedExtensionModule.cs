namespace GilGen.Generator.Model;

/// <summary>What the parse step reads from one [GilExtensionModule] class.</summary>
/// <param name="Model">What is generated.</param>
/// <param name="ClassLocation">The class's name, where a module-wide error goes (a name used twice).</param>
/// <param name="Diagnostics">Errors of the declaration (GIL0004, GIL0011, GIL0012).</param>
internal sealed record ParsedExtensionModule(ExtensionModuleModel Model, LocationInfo ClassLocation, EquatableArray<DiagnosticInfo> Diagnostics);
