namespace GilGen.Generator.Model;

/// <summary>What the parse step reads from one snippet: the model to compile and where it is written.</summary>
internal sealed record ParsedSnippet(SnippetModel Model, SnippetPlacement Placement);
