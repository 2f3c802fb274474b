namespace GilGen.Generator.Tests.Infrastructure;

/// <summary>A C# literal written by <see cref="LiteralEncoder"/> and, per character of its value, the offset (from the literal's start) where that character is written.</summary>
internal sealed record EncodedLiteral(string Text, int[] ValueOffsets);
