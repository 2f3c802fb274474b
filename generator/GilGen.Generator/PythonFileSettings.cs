using Microsoft.CodeAnalysis.Diagnostics;

namespace GilGen.Generator;

/// <summary>
/// Where the class made from one .py AdditionalFile goes and what file name its code objects report.
/// By default: the project's namespace and the file's path. An item can override both with metadata,
/// which the runtime uses for its own modules written in Python (docs/architecture/design.md §5):
/// <c>&lt;AdditionalFiles Include="Lib/queue.py" GilGenNamespace="X" GilGenFileName="&lt;gilgen&gt;/queue.py" /&gt;</c>,
/// so that the build does not depend on where the repository is checked out. <c>GilGenPackageDir</c>
/// (the file's folder under the module root, as MSBuild's <c>%(RecursiveDir)</c> gives it) puts the file
/// in a package: <c>concurrent/futures/thread.py</c> is the module <c>concurrent.futures.thread</c> and
/// <c>concurrent/futures/__init__.py</c> the package <c>concurrent.futures</c>.
/// </summary>
/// <param name="Namespace">The namespace of the generated class.</param>
/// <param name="FileName">The name used in #line directives, <c>co_filename</c> and tracebacks.</param>
/// <param name="Package">The dotted name of the file's package; empty for a top-level module.</param>
/// <param name="ProgramModule">
/// Whether the generated code registers the module by name, so that the program's other modules and snippets import
/// it (<c>GilGenProgramModule="false"</c> on the item turns it off: the runtime registers its own library modules).
/// </param>
internal sealed record PythonFileSettings(string Namespace, string FileName, string Package, bool ProgramModule = true)
{
    /// <summary>Item metadata that turns the module's registration off when "false".</summary>
    public const string ProgramModuleMetadata = "build_metadata.AdditionalFiles.GilGenProgramModule";

    /// <summary>Item metadata naming the namespace (made visible by the package's GilGen.props).</summary>
    public const string NamespaceMetadata = "build_metadata.AdditionalFiles.GilGenNamespace";

    /// <summary>Item metadata naming the reported file name.</summary>
    public const string FileNameMetadata = "build_metadata.AdditionalFiles.GilGenFileName";

    /// <summary>Item metadata naming the file's folder under the module root (its package).</summary>
    public const string PackageDirMetadata = "build_metadata.AdditionalFiles.GilGenPackageDir";

    /// <summary>The settings of a file from its item metadata, falling back to the defaults.</summary>
    public static PythonFileSettings Read(AnalyzerConfigOptions options, string path, string defaultNamespace)
    {
        string ns = options.TryGetValue(NamespaceMetadata, out var n) && !string.IsNullOrWhiteSpace(n) ? n.Trim() : defaultNamespace;
        string fileName = options.TryGetValue(FileNameMetadata, out var f) && !string.IsNullOrWhiteSpace(f) ? f.Trim() : path;
        string package = options.TryGetValue(PackageDirMetadata, out var d) && d is not null ? PackageOf(d) : string.Empty;
        bool programModule = !(options.TryGetValue(ProgramModuleMetadata, out var r) && string.Equals(r?.Trim(), "false", System.StringComparison.OrdinalIgnoreCase));
        return new PythonFileSettings(ns, fileName, package, programModule);
    }

    /// <summary>"concurrent/futures/" (or with backslashes) → "concurrent.futures".</summary>
    public static string PackageOf(string folder)
        => string.Join(".", folder.Split(new[] { '/', '\\' }, System.StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The module a file named <paramref name="fileNameWithoutExtension"/> is: <c>__init__</c> is its package itself.</summary>
    public string ModuleName(string fileNameWithoutExtension)
        => Package.Length == 0 ? fileNameWithoutExtension
            : fileNameWithoutExtension == "__init__" ? Package
            : Package + "." + fileNameWithoutExtension;
}
