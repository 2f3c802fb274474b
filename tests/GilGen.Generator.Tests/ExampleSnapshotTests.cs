using System.Linq;
using System.Text;
using GilGen.Generator.Tests.Infrastructure;

namespace GilGen.Generator.Tests;

/// <summary>The generated code for examples 04–09 as [GilModule] classes, compared with approved snapshots.</summary>
public sealed class ExampleSnapshotTests
{
    public static TheoryData<string> Examples => new(ExampleFiles.ModuleExamples);

    [Theory]
    [MemberData(nameof(Examples))]
    public void Generated_code_matches_the_snapshot(string example)
    {
        var compilation = GeneratorHarness.CreateCompilation(("Examples/" + ExampleFiles.ClassName(example) + ".cs", ExampleFiles.AsGilModule(example)));

        var result = GeneratorHarness.Run(compilation);

        Assert.Empty(result.GeneratorDiagnostics);
        var generated = new StringBuilder();
        foreach (var (hintName, text) in result.GeneratedSources.OrderBy(s => s.HintName, System.StringComparer.Ordinal))
        {
            generated.Append("//----- ").AppendLine(hintName).Append(text);
        }
        Snapshot.Verify(generated.ToString(), example);
    }
}
