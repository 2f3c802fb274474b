namespace GilGen.Generator.Model;

/// <summary>A C# parameter of a [GilFunction] method.</summary>
/// <param name="Type">Fully qualified type, with nullable annotations as declared.</param>
/// <param name="Name">The name, escaped with @ when it is a keyword.</param>
internal sealed record ParameterModel(string Type, string Name);
