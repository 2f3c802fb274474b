namespace GilGen.Generator.Model;

/// <summary>The result of compiling and emitting one snippet: the C# to add (if any) and the diagnostics to report.</summary>
/// <param name="HintName">Unique name of the generated file.</param>
/// <param name="Source">The C# source, or null when nothing is generated.</param>
/// <param name="Diagnostics">Compiler and generator diagnostics, located in the .cs or .py file.</param>
internal sealed record GeneratedSource(string HintName, string? Source, EquatableArray<DiagnosticInfo> Diagnostics);
