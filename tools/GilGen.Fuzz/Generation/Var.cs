using GilGen.Fuzz.Model;

namespace GilGen.Fuzz.Generation;

/// <summary>A name the generated code may use at the point being generated.</summary>
/// <param name="Name">The Python name.</param>
/// <param name="Type">What it holds.</param>
/// <param name="Assignable">
/// False for loop variables and, inside a function, for module globals (assigning one there would
/// make it local and the reads before it UnboundLocalError).
/// </param>
internal sealed record Var(string Name, PyType Type, bool Assignable);
