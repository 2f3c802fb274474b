using System.Collections.Generic;
using System.Linq;
using System.Text;
using GilGen.Compiler;
using GilGen.Generator.Snippets;
using GilGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.Generator.Tests;

/// <summary>
/// 200 broken snippets in each literal style: every one gives GIL diagnostics located inside its
/// literal, at the position the compiler reported (mapped independently through
/// <see cref="LiteralEncoder"/>), and the generator never fails (CS8785).
/// </summary>
public sealed class MalformedSnippetTests
{
    public static TheoryData<LiteralStyle> Styles => new(LiteralStyle.Regular, LiteralStyle.RegularIndented, LiteralStyle.Verbatim, LiteralStyle.Raw);

    [Theory]
    [MemberData(nameof(Styles))]
    public void Every_malformed_snippet_is_a_located_diagnostic_and_never_a_generator_failure(LiteralStyle style)
    {
        var code = new StringBuilder("using GilGen;\nnamespace Malformed;\n");
        var cases = new List<(string Name, string Snippet, EncodedLiteral Literal, int LiteralStart)>();
        foreach (var (name, snippet) in MalformedSnippets.All)
        {
            var literal = LiteralEncoder.Encode(snippet, style);
            code.Append("\n[GilModule(");
            cases.Add((name, snippet, literal, code.Length));
            code.Append(literal.Text).Append(")]\npublic static partial class ").Append(name).Append(";\n");
        }
        var compilation = GeneratorHarness.CreateCompilation(("Malformed.cs", code.ToString()));
        var text = SourceText.From(code.ToString());

        var result = GeneratorHarness.Run(compilation);

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "CS8785");
        Assert.All(result.GeneratorDiagnostics, d => Assert.StartsWith("GIL", d.Id));
        var failures = new List<string>();
        foreach (var (name, snippet, literal, literalStart) in cases)
        {
            var literalSpan = new TextSpan(literalStart, literal.Text.Length);
            var reported = result.GeneratorDiagnostics.Where(d => literalSpan.Contains(d.Location.SourceSpan.Start)).ToList();

            var value = style == LiteralStyle.RegularIndented ? LiteralEncoder.Indent(snippet, "    ") : snippet;
            var compiled = SnippetDedenter.Dedent(value);
            var direct = PythonCompiler.Compile(compiled.Text, "Malformed.cs");
            if (direct.Success) failures.Add($"{name}: compiles, so it is not malformed: {Escape(snippet)}");
            if (reported.Count == 0) failures.Add($"{name}: no diagnostic inside its literal: {Escape(snippet)}");

            var expected = direct.Diagnostics.Select(d =>
            {
                var offset = OffsetOf(compiled.Text, d.Line, d.Column);
                var start = literalStart + (offset < compiled.Text.Length ? literal.ValueOffsets[compiled.OriginalIndex[offset]] : literal.ContentEnd);
                return (start, text.Lines.GetLinePosition(start));
            }).OrderBy(e => e.start).ToList();
            var actual = reported.Select(d => (d.Location.SourceSpan.Start, d.Location.GetLineSpan().StartLinePosition)).OrderBy(a => a.Start).ToList();
            if (!expected.SequenceEqual(actual))
            {
                failures.Add($"{name}: expected at {string.Join(", ", expected.Select(e => e.Item2))}, reported at {string.Join(", ", actual.Select(a => a.StartLinePosition))}: {Escape(snippet)}");
            }
        }
        var outside = result.GeneratorDiagnostics.Where(d => !cases.Any(c => new TextSpan(c.LiteralStart, c.Literal.Text.Length).Contains(d.Location.SourceSpan.Start)));
        failures.AddRange(outside.Select(d => "reported outside every literal: " + d));
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} cases failed:\n" + string.Join("\n", failures.Take(40)));
    }

    // The same clamping as the generator, written out again so the test does not trust it.
    private static int OffsetOf(string text, int line, int column)
    {
        var offset = 0;
        for (var current = 1; current < line; current++)
        {
            var newLine = text.IndexOf('\n', offset);
            if (newLine < 0) return text.Length;
            offset = newLine + 1;
        }
        return System.Math.Min(text.Length, offset + System.Math.Max(0, column));
    }

    private static string Escape(string snippet) => snippet.Replace("\n", "\\n").Replace("\t", "\\t");
}
