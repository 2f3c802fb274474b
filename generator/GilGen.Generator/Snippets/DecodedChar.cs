namespace GilGen.Generator.Snippets;

/// <summary>
/// One character of a string literal's value and the source text it came from: an escape such as
/// <c>\n</c> or <c>""</c> is one character written with several.
/// </summary>
/// <param name="Value">The character in the string's value.</param>
/// <param name="Offset">Where its source text starts, counted from the start of the literal token.</param>
/// <param name="Width">How many source characters wrote it (1, or the escape's length).</param>
internal readonly record struct DecodedChar(char Value, int Offset, int Width);
