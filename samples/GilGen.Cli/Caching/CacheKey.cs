using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace GilGen.Cli.Caching;

/// <summary>
/// The identity of a compiled script: a SHA-256 over everything that changes the compiled assembly —
/// the source text, the file name baked into tracebacks, and the exact builds of gilgen, the compiler,
/// the emitter, the runtime and Roslyn (their module version ids), so that rebuilding any of them
/// invalidates the cache without anyone clearing it.
/// </summary>
public sealed record CacheKey(string Value)
{
    /// <summary>Bumped when the layout of cached assemblies changes in a way the version ids cannot see.</summary>
    private const string FormatVersion = "gilgen-assembly-cache-1";

    /// <summary>Computes the key of <paramref name="source"/> compiled as <paramref name="fileName"/>.</summary>
    /// <param name="source">The script's text.</param>
    /// <param name="fileName">The file name the generated code reports in tracebacks.</param>
    /// <param name="toolBuilds">The builds of the assemblies that shape the output.</param>
    /// <param name="extensionModules">The extension modules an import may name besides the runtime's (<c>--exports</c>).</param>
    public static CacheKey For(string source, string fileName, IEnumerable<ToolBuild> toolBuilds, IEnumerable<string>? extensionModules = null)
    {
        var text = new StringBuilder();
        text.Append(FormatVersion).Append('\n');
        foreach (ToolBuild build in toolBuilds)
            text.Append(build.Name).Append(' ').Append(build.Mvid.ToString("N")).Append('\n');
        foreach (string module in extensionModules ?? Array.Empty<string>())
            text.Append("extension ").Append(module).Append('\n');
        text.Append(fileName).Append('\n');
        // The source goes last with its length first, so no other field can run into it.
        text.Append(source.Length).Append('\n').Append(source);

        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return new CacheKey(Convert.ToHexString(hash).ToLowerInvariant());
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
