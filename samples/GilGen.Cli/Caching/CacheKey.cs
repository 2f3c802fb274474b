using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace GilGen.Cli.Caching;

/// <summary>
/// The identity of a compiled script: everything that changes the compiled assembly — the source text, the file
/// name baked into tracebacks, the extension modules imports may name, and the exact builds of gilgen, the
/// compiler, the emitter, the runtime and Roslyn (their module version ids), so that rebuilding any of them
/// invalidates the cache without anyone clearing it. <see cref="Text"/> is all of it; <see cref="Value"/> is its
/// hash, the entry's file name. An entry stores the text and is used only when the text matches, so the key is
/// exact although the hash is short and not cryptographic.
/// </summary>
/// <param name="Value">The hash of <paramref name="Text"/>, 32 lower-case hex digits.</param>
/// <param name="Text">The key in full.</param>
public sealed record CacheKey(string Value, string Text)
{
    /// <summary>
    /// Bumped when the layout of cached entries changes in a way the version ids cannot see. Version 2: entries
    /// hold their key text before the image and are named by a 128-bit FNV-1a hash (version 1: SHA-256-named bare
    /// assemblies, which version 2 neither reads nor overwrites, having another file extension).
    /// </summary>
    private const string FormatVersion = "gilgen-assembly-cache-2";

    /// <summary>Computes the key of <paramref name="source"/> compiled as <paramref name="fileName"/>.</summary>
    /// <param name="source">The script's text.</param>
    /// <param name="fileName">The file name the generated code reports in tracebacks.</param>
    /// <param name="toolBuilds">The builds of the assemblies that shape the output.</param>
    /// <param name="extensionModules">The extension modules an import may name besides the runtime's (<c>--exports</c>).</param>
    /// <param name="moduleName">The module's name when it is not the file's (a package's submodule: <c>pkg.sub</c>).</param>
    public static CacheKey For(string source, string fileName, IEnumerable<ToolBuild> toolBuilds, IEnumerable<string>? extensionModules = null, string? moduleName = null)
    {
        var text = new StringBuilder();
        text.Append(FormatVersion).Append('\n');
        foreach (ToolBuild build in toolBuilds)
            text.Append(build.Name).Append(' ').Append(build.Mvid.ToString("N")).Append('\n');
        foreach (string module in extensionModules ?? Array.Empty<string>())
            text.Append("extension ").Append(module).Append('\n');
        if (moduleName != null) text.Append("module ").Append(moduleName).Append('\n');
        // The file name and the source go last with their lengths first, so no field can run into another.
        text.Append(fileName.Length.ToString(CultureInfo.InvariantCulture)).Append('\n').Append(fileName).Append('\n');
        text.Append(source.Length.ToString(CultureInfo.InvariantCulture)).Append('\n').Append(source);

        string full = text.ToString();
        return new CacheKey(Fnv1a128.HashHex(full), full);
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
