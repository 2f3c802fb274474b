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
        Assert.Equal(first.Script.EntryPath, second.Script.EntryPath);
        Assert.Single(Directory.GetFiles(_cache.Directory, "*" + AssemblyCache.EntryExtension));
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
        Assert.Contains(ToolBuild.Of(typeof(GilGen.Compiler.PythonCompiler).Assembly), ScriptCompiler.ToolBuilds);

        var rebuilt = ScriptCompiler.ToolBuilds.Select(b => b.Name == roslyn.GetName().Name ? b with { Mvid = System.Guid.NewGuid() } : b);
        Assert.NotEqual(CacheKey.For("print(1)\n", "/a/x.py", ScriptCompiler.ToolBuilds), CacheKey.For("print(1)\n", "/a/x.py", rebuilt));
    }

    /// <summary>
    /// A new build of any tool (here the compiler's, then Roslyn's) or a changed source misses the entry stored
    /// before and gets an entry file of its own; the original key still finds its assembly.
    /// </summary>
    [Fact]
    public void A_changed_tool_build_or_source_gets_a_different_cache_entry()
    {
        const string Source = "print(1)\n";
        CacheKey original = CacheKey.For(Source, "/a/x.py", ScriptCompiler.ToolBuilds);
        byte[] image = { 1, 2, 3 };
        _cache.Cache.Store(original, image);

        CacheKey[] changed =
        {
            CacheKey.For(Source, "/a/x.py", Rebuilt("GilGen.Compiler")),
            CacheKey.For(Source, "/a/x.py", Rebuilt("Microsoft.CodeAnalysis.CSharp")),
            CacheKey.For("print(2)\n", "/a/x.py", ScriptCompiler.ToolBuilds),
        };
        foreach (CacheKey key in changed)
        {
            Assert.NotEqual(original.Value, key.Value);
            Assert.NotEqual(_cache.Cache.PathFor(original), _cache.Cache.PathFor(key));
            Assert.False(_cache.Cache.TryGet(key, out _));
        }
        Assert.True(_cache.Cache.TryGet(original, out byte[]? cached));
        Assert.Equal(image, cached);
    }

    /// <summary>
    /// An entry is used only for the key it was stored under: another key's entry under the same file name (a hash
    /// collision, simulated by copying the file) is a miss, and so is an entry written by an older format.
    /// </summary>
    [Fact]
    public void An_entry_stored_under_another_key_text_is_a_miss()
    {
        CacheKey stored = CacheKey.For("print(1)\n", "/a/x.py", ScriptCompiler.ToolBuilds);
        CacheKey other = CacheKey.For("print(2)\n", "/a/x.py", ScriptCompiler.ToolBuilds);
        File.Copy(_cache.Cache.Store(stored, new byte[] { 7 }), _cache.Cache.PathFor(other));
        File.WriteAllBytes(_cache.Cache.PathFor(CacheKey.For("print(3)\n", "/a/x.py", ScriptCompiler.ToolBuilds)), new byte[] { 0x4D, 0x5A, 0, 0, 0, 0 });

        Assert.True(_cache.Cache.TryGet(stored, out _));
        Assert.False(_cache.Cache.TryGet(other, out _));
        Assert.False(_cache.Cache.TryGet(CacheKey.For("print(3)\n", "/a/x.py", ScriptCompiler.ToolBuilds), out _));
    }

    private static System.Collections.Generic.IEnumerable<ToolBuild> Rebuilt(string name)
    {
        Assert.Contains(ScriptCompiler.ToolBuilds, b => b.Name == name);
        return ScriptCompiler.ToolBuilds.Select(b => b.Name == name ? b with { Mvid = System.Guid.NewGuid() } : b);
    }

    /// <summary>Two runs through the command: the same output, one cached assembly.</summary>
    [Fact]
    public void Second_run_through_the_command_uses_the_cached_assembly()
    {
        string path = _cache.WriteScript("twice.py", "print(6 * 7)\n");

        CliResult first = _cache.Run("run", path);
        System.DateTime stored = File.GetLastWriteTimeUtc(Directory.GetFiles(_cache.Directory, "*" + AssemblyCache.EntryExtension)[0]);
        CliResult second = _cache.Run("run", path);

        Assert.Equal("42\n", first.Stdout);
        Assert.Equal(first, second);
        string cached = Assert.Single(Directory.GetFiles(_cache.Directory, "*" + AssemblyCache.EntryExtension));
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
        Assert.Empty(Directory.GetFiles(_cache.Directory, "*" + AssemblyCache.EntryExtension));
    }

    /// <inheritdoc/>
    public void Dispose() => _cache.Dispose();
}
