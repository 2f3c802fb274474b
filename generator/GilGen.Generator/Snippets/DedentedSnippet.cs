namespace GilGen.Generator.Snippets;

/// <summary>A snippet after <see cref="SnippetDedenter"/>: its text and, per character, the index it had before.</summary>
/// <param name="Text">The dedented text, what the Python compiler compiles.</param>
/// <param name="OriginalIndex">For each character of <paramref name="Text"/>, its index in the original text.</param>
internal sealed record DedentedSnippet(string Text, int[] OriginalIndex);
