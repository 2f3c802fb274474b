using System.Linq;
using System.IO;
using GilGen.Cli.Caching;
using GilGen.Cli.Compilation;

namespace GilGen.Cli.Tests;

/// <summary>A compiled script is cached by content: the second build loads it, any change compiles anew.</summary>
public sealed class AssemblyCacheTests : System.IDisposable
{
    private readonly TemporaryCache _cache = new();

    /// <summary>The second build of the same source is a cache hit and returns the same file.</summary>
    [Fact]
    public void Second_build_of_the_same_source_hits_the_cache()
    {
        var compiler = new ScriptCompiler(_cache.Cache);
        string path = Path.Combine(_cache.Directory, "hello.py");

        ScriptBuildResult first = compiler.Build(path, "print('hello')\n");
        ScriptBuildResult second = compiler.Build(path, "print('hello')\n");

        Assert.True(first.Success);
        Assert.False(first.Script!.FromCache);
        Assert.True(second.Script!.FromCache);
        Assert.Equal(first.Script.AssemblyPath, second.Script.AssemblyPath);
        Assert.Single(Directory.GetFiles(_cache.Directory, "*.dll"));
    }

    /// <summary>Changing the source or the file name (it is in tracebacks) changes the key.</summary>
    [Fact]
    public void Key_depends_on_source_and_file_name()
    {
        CacheKey original = CacheKey.For("print(1)\n", "/a/x.py", ScriptCompiler.ToolBuilds);

        Assert.Equal(original, CacheKey.For("print(1)\n", "/a/x.py", ScriptCompiler.ToolBuilds));
        Assert.NotEqual(original, CacheKey.For("print(2)\n", "/a/x.py", ScriptCompiler.ToolBuilds));
        Assert.NotEqual(original, CacheKey.For("print(1)\n", "/b/x.py", ScriptCompiler.ToolBuilds));
    }

    /// <summary>A tool's build read from its file is the build the loaded assembly reports, and a new build is a new key.</summary>
    [Fact]
    public void A_tool_build_read_from_its_file_matches_the_loaded_assembly_and_changes_the_key()
    {
        System.Reflection.Assembly roslyn = typeof(Microsoft.CodeAnalysis.CSharp.CSharpCompilation).Assembly;
        Assert.Equal(ToolBuild.Of(roslyn), ToolBuild.OfFile(roslyn.Location));
        Assert.Contains(ToolBuild.Of(roslyn), ScriptCompiler.ToolBuilds);

        var rebuilt = ScriptCompiler.ToolBuilds.Select(b => b.Name == roslyn.GetName().Name ? b with { Mvid = System.Guid.NewGuid() } : b);
        Assert.NotEqual(CacheKey.For("print(1)\n", "/a/x.py", ScriptCompiler.ToolBuilds), CacheKey.For("print(1)\n", "/a/x.py", rebuilt));
    }

    /// <summary>Two runs through the command: the same output, one cached assembly.</summary>
    [Fact]
    public void Second_run_through_the_command_uses_the_cached_assembly()
    {
        string path = _cache.WriteScript("twice.py", "print(6 * 7)\n");

        CliResult first = _cache.Run("run", path);
        System.DateTime stored = File.GetLastWriteTimeUtc(Directory.GetFiles(_cache.Directory, "*.dll")[0]);
        CliResult second = _cache.Run("run", path);

        Assert.Equal("42\n", first.Stdout);
        Assert.Equal(first, second);
        string cached = Assert.Single(Directory.GetFiles(_cache.Directory, "*.dll"));
        Assert.Equal(stored, File.GetLastWriteTimeUtc(cached));
    }

    /// <summary>A script with a syntax error is never cached.</summary>
    [Fact]
    public void Failed_compile_stores_nothing()
    {
        var compiler = new ScriptCompiler(_cache.Cache);

        ScriptBuildResult result = compiler.Build(Path.Combine(_cache.Directory, "bad.py"), "def (:\n");

        Assert.False(result.Success);
        Assert.NotEmpty(result.Diagnostics);
        Assert.Empty(Directory.GetFiles(_cache.Directory, "*.dll"));
    }

    /// <inheritdoc/>
    public void Dispose() => _cache.Dispose();
}
