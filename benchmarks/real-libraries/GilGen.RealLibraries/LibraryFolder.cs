using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace GilGen.RealLibraries;

/// <summary>
/// One library's fetched source: every <c>*.cs</c> under a folder named <c>owner__repo</c>, compiled
/// together as one assembly against the .NET 10 reference assemblies. Third-party packages the library
/// uses are not referenced, so their types stay unresolved (compiler errors, counted and printed);
/// the analyzers still see every operation that binds.
/// </summary>
internal sealed class LibraryFolder
{
    /// <summary>
    /// What the SDK adds with <c>ImplicitUsings</c> for a plain library; a project's own
    /// <c>&lt;Using&gt;</c> items are not known here.
    /// </summary>
    private const string ImplicitUsings =
        "global using global::System;\n" +
        "global using global::System.Collections.Generic;\n" +
        "global using global::System.IO;\n" +
        "global using global::System.Linq;\n" +
        "global using global::System.Net.Http;\n" +
        "global using global::System.Threading;\n" +
        "global using global::System.Threading.Tasks;\n";

    /// <summary>Symbols of a modern .NET build, so that each file's newest branch of <c>#if</c> is compiled.</summary>
    private static readonly string[] PreprocessorSymbols =
        ["NET", "NETCOREAPP", "NET5_0_OR_GREATER", "NET6_0_OR_GREATER", "NET7_0_OR_GREATER", "NET8_0_OR_GREATER", "RELEASE"];

    private LibraryFolder(string name, string root, IReadOnlyList<string> files, int lines)
    {
        Name = name;
        Root = root;
        Files = files;
        Lines = lines;
    }

    /// <summary>The folder's name, <c>owner__repo</c>.</summary>
    public string Name { get; }

    /// <summary>The folder itself.</summary>
    public string Root { get; }

    /// <summary>The C# files, ordinal order, full paths.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Newline characters over all files (what <c>wc -l</c> counts).</summary>
    public int Lines { get; }

    /// <summary>Every library folder under <paramref name="directory"/> that holds C# files, by name.</summary>
    public static IReadOnlyList<LibraryFolder> All(string directory) =>
        Directory.EnumerateDirectories(directory)
            .OrderBy(d => d, StringComparer.Ordinal)
            .Select(Read)
            .Where(library => library.Files.Count > 0)
            .ToList();

    private static LibraryFolder Read(string root)
    {
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
        var lines = files.Sum(f => File.ReadAllText(f).Count(c => c == '\n'));
        return new LibraryFolder(Path.GetFileName(root), root, files, lines);
    }

    /// <summary>The library as one compilation.</summary>
    public CSharpCompilation Compile()
    {
        var parse = new CSharpParseOptions(LanguageVersion.Preview, preprocessorSymbols: PreprocessorSymbols);
        var trees = Files
            .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(File.ReadAllText(f), Encoding.UTF8), parse, path: f))
            .Append(CSharpSyntaxTree.ParseText(ImplicitUsings, parse, path: Path.Combine(Root, "ImplicitUsings.g.cs")))
            .ToList();
        var options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable, allowUnsafe: true);
        return CSharpCompilation.Create(Name, trees, Basic.Reference.Assemblies.Net100.References.All, options);
    }

    /// <summary>A file's path relative to the library folder, with forward slashes.</summary>
    public string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
