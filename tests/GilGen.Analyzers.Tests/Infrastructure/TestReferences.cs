using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace GilGen.Analyzers.Tests.Infrastructure;

/// <summary>What test sources compile against: the framework (this process's) and GilGen.Runtime.</summary>
internal static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_all = new(Load);

    /// <summary>The framework assemblies and GilGen.Runtime.</summary>
    public static ImmutableArray<MetadataReference> All => s_all.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var framework = trusted.Where(path =>
        {
            var name = Path.GetFileName(path);
            return name.StartsWith("System.", StringComparison.Ordinal) || name is "System.dll" or "mscorlib.dll" or "netstandard.dll" or "Microsoft.CSharp.dll";
        });
        var runtime = typeof(GilGen.GilFunctionAttribute).Assembly.Location;
        return framework.Append(runtime).Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)).ToImmutableArray();
    }
}
