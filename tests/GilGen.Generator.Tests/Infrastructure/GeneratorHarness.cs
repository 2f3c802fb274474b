using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace GilGen.Generator.Tests.Infrastructure;

/// <summary>Builds test compilations and runs <see cref="GilGenGenerator"/> over them with step tracking on.</summary>
internal static class GeneratorHarness
{
    /// <summary>The parse options of test sources (the SDK's default language version).</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    /// <summary>The framework assemblies and GilGen.Runtime: what a consumer project compiles against.</summary>
    public static ImmutableArray<MetadataReference> References => s_references.Value;

    /// <summary>A compilation of <paramref name="sources"/> (path, text) into a library.</summary>
    public static CSharpCompilation CreateCompilation(params (string Path, string Text)[] sources)
        => CSharpCompilation.Create(
            "GilGen.Generated.Tests",
            sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, ParseOptions, s.Path)),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>A driver for the generator, tracking steps, with the given additional files and build properties.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText>? additionalTexts = null, IReadOnlyDictionary<string, string>? buildProperties = null)
        => CSharpGeneratorDriver.Create(
            new[] { new GilGenGenerator().AsSourceGenerator() },
            additionalTexts,
            ParseOptions,
            new GlobalOptionsProvider(buildProperties ?? new Dictionary<string, string>()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once; returns the compilation with generated sources and every diagnostic (generator's and compiler's).</summary>
    public static GeneratorResult Run(CSharpCompilation compilation, IEnumerable<AdditionalText>? additionalTexts = null, IReadOnlyDictionary<string, string>? buildProperties = null)
    {
        var driver = CreateDriver(additionalTexts, buildProperties)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorResult(driver.GetRunResult(), output, generatorDiagnostics);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var framework = trusted.Where(path =>
        {
            var name = Path.GetFileName(path);
            return name.StartsWith("System.", StringComparison.Ordinal) || name is "System.dll" or "mscorlib.dll" or "netstandard.dll" or "Microsoft.CSharp.dll";
        });
        var runtime = typeof(GilGen.Runtime.PyValue).Assembly.Location;
        return framework.Append(runtime).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
    }
}
