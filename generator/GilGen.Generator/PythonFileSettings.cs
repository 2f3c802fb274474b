using Microsoft.CodeAnalysis.Diagnostics;

namespace GilGen.Generator;

/// <summary>
/// Where the class made from one .py AdditionalFile goes and what file name its code objects report.
/// By default: the project's namespace and the file's path. An item can override both with metadata,
/// which the runtime uses for its own modules written in Python (docs/architecture/design.md §5):
/// <c>&lt;AdditionalFiles Include="Lib/queue.py" GilGenNamespace="X" GilGenFileName="&lt;gilgen&gt;/queue.py" /&gt;</c>,
/// so that the build does not depend on where the repository is checked out.
/// </summary>
/// <param name="Namespace">The namespace of the generated class.</param>
/// <param name="FileName">The name used in #line directives, <c>co_filename</c> and tracebacks.</param>
internal sealed record PythonFileSettings(string Namespace, string FileName)
{
    /// <summary>Item metadata naming the namespace (made visible by the package's GilGen.props).</summary>
    public const string NamespaceMetadata = "build_metadata.AdditionalFiles.GilGenNamespace";

    /// <summary>Item metadata naming the reported file name.</summary>
    public const string FileNameMetadata = "build_metadata.AdditionalFiles.GilGenFileName";

    /// <summary>The settings of a file from its item metadata, falling back to the defaults.</summary>
    public static PythonFileSettings Read(AnalyzerConfigOptions options, string path, string defaultNamespace)
    {
        string ns = options.TryGetValue(NamespaceMetadata, out var n) && !string.IsNullOrWhiteSpace(n) ? n.Trim() : defaultNamespace;
        string fileName = options.TryGetValue(FileNameMetadata, out var f) && !string.IsNullOrWhiteSpace(f) ? f.Trim() : path;
        return new PythonFileSettings(ns, fileName);
    }
}
