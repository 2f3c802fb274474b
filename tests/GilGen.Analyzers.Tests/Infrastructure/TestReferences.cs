using System;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace GilGen.Analyzers.Tests.Infrastructure;

/// <summary>
/// What test sources compile against: .NET 10's reference assemblies from the
/// Basic.Reference.Assemblies.Net100 package (restored with the project, so no test downloads a
/// reference pack) and GilGen.Runtime.
/// </summary>
internal static class TestReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_all = new(() =>
        Basic.Reference.Assemblies.Net100.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(GilGen.GilFunctionAttribute).Assembly.Location))
            .ToImmutableArray());

    /// <summary>The framework's reference assemblies and GilGen.Runtime.</summary>
    public static ImmutableArray<MetadataReference> All => s_all.Value;

    /// <summary>
    /// The testing library's reference set with no package to fetch: <see cref="All"/> is added as
    /// additional references instead.
    /// </summary>
    public static ReferenceAssemblies None { get; } = new("net10.0");
}
