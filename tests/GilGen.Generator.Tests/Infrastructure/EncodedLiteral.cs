namespace GilGen.Generator.Tests.Infrastructure;

/// <summary>A C# literal written by <see cref="LiteralEncoder"/>.</summary>
/// <param name="Text">The literal as written in C#.</param>
/// <param name="ValueOffsets">Per character of the literal's value, where it is written (from the literal's start).</param>
/// <param name="ContentEnd">Where the value's last character's text ends (from the literal's start): the end-of-snippet position.</param>
internal sealed record EncodedLiteral(string Text, int[] ValueOffsets, int ContentEnd);
