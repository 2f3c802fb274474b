using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GilGen.Generator.Tests.Infrastructure;

/// <summary>
/// Analyzer config options with global (build_property.*) values, as MSBuild passes CompilerVisibleProperty,
/// and optionally per-file values of additional files (build_metadata.AdditionalFiles.*, as MSBuild passes
/// CompilerVisibleItemMetadata), keyed by path.
/// </summary>
internal sealed class GlobalOptionsProvider(IReadOnlyDictionary<string, string> globals, IReadOnlyDictionary<string, Dictionary<string, string>>? perFile = null) : AnalyzerConfigOptionsProvider
{
    private readonly Options _options = new(globals);

    public override AnalyzerConfigOptions GlobalOptions => _options;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.None;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
        => perFile != null && perFile.TryGetValue(textFile.Path, out var values) ? new Options(values) : Options.None;

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Options None = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            var found = values.TryGetValue(key, out var text);
            value = text;
            return found;
        }
    }
}
