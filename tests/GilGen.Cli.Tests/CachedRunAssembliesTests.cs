using System.Collections.Generic;
using System.Linq;
using GilGen.Cli.Execution;

namespace GilGen.Cli.Tests;

/// <summary>
/// A cached run loads only what running needs: not Roslyn, the Python compiler, System.Reflection.Metadata or the
/// cryptography stack, which only compiling (or the cache key, before version 2 of the cache) used. Checked in a
/// process of its own (the test process has Roslyn loaded) through <c>GILGEN_LOADED_ASSEMBLIES=1</c>.
/// </summary>
public sealed class CachedRunAssembliesTests : IClassFixture<TemporaryCache>
{
    private static readonly string[] CompileOnly =
    {
        "Microsoft.CodeAnalysis",
        "Microsoft.CodeAnalysis.CSharp",
        "GilGen.Compiler",
        "System.Reflection.Metadata",
        "System.Collections.Immutable",
        "System.Security.Cryptography",
    };

    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public CachedRunAssembliesTests(TemporaryCache cache) => _cache = cache;

    /// <summary>The compiling run loads Roslyn (so the report sees it); the cached run after it loads none of them.</summary>
    [Fact]
    public void A_cached_run_loads_no_compiler_and_no_cryptography()
    {
        string path = _cache.WriteScript("loaded.py", "print('hello world')\n");

        List<string> compiling = LoadedAssemblies(path);
        List<string> cached = LoadedAssemblies(path);

        Assert.Contains("Microsoft.CodeAnalysis.CSharp", compiling);
        Assert.Contains("GilGen.Runtime", cached);
        Assert.Empty(cached.Intersect(CompileOnly));
    }

    private List<string> LoadedAssemblies(string path)
    {
        CliResult result = GilgenProcess.RunWithEnvironment(_cache.Directory,
            new Dictionary<string, string> { [LoadedAssembliesReport.VariableName] = "1" }, "run", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("hello world\n", result.Stdout);
        string[] lines = result.Stderr.Split('\n', System.StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(LoadedAssembliesReport.Heading, lines[0]);
        return lines.Skip(1).ToList();
    }
}
