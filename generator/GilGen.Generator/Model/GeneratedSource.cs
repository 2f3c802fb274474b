namespace GilGen.Generator.Model;

/// <summary>The result of compiling and emitting one snippet: the C# to add (if any) and the diagnostics to report.</summary>
/// <param name="HintName">Name of the generated file.</param>
/// <param name="Source">The C# source, or null when nothing is generated.</param>
/// <param name="Diagnostics">Compiler and generator diagnostics, in snippet terms (<see cref="SnippetPlacement.Locate"/>).</param>
internal sealed record GeneratedSource(string HintName, string? Source, EquatableArray<SnippetDiagnostic> Diagnostics);
