namespace GilGen.Benchmarks;

/// <summary>One row of <see cref="GeneratorEditBenchmarks"/>: which generator, over how many snippets, after which edit.</summary>
/// <param name="Generator">"GilGen" (<c>[GilModule]</c> snippets) or "Regex" (the .NET Regex generator, <c>[GeneratedRegex]</c> patterns).</param>
/// <param name="Snippets">How many snippets (or patterns) the project holds, one per file.</param>
/// <param name="InSnippet">Whether the edit is inside a snippet (the middle one) rather than in a method body of a plain C# file.</param>
public sealed record GeneratorEditCase(string Generator, int Snippets, bool InSnippet)
{
    /// <summary>How BenchmarkDotNet's table shows the case.</summary>
    public override string ToString() => $"{Generator} {Snippets} {(InSnippet ? "snippet" : "outside")}";
}
