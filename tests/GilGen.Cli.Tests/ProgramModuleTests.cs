using System;
using System.IO;
using System.Linq;

namespace GilGen.Cli.Tests;

/// <summary>
/// A program in several files: <c>gilgen run main.py</c> imports the modules and packages beside the script, as CPython
/// finds them on sys.path[0], each compiled on its first import and cached like the script. Expected outputs are
/// CPython 3.12's on the same files (ProgramModules/main.out).
/// </summary>
public sealed class ProgramModuleTests : IDisposable
{
    private readonly TemporaryCache _cache = new();

    /// <summary>
    /// Plain, aliased and from-imports of a module beside the script, a package with submodules and a subpackage that
    /// import each other relatively (and CPython's ImportErrors for a relative import beyond the top package and in
    /// the script), a module importing the others, a queue.py that comes before the runtime's queue, and a SyntaxError
    /// in a module caught by the script. The second run takes every module from the cache: no new entry.
    /// </summary>
    [Fact]
    public void A_program_in_several_files_prints_what_CPython_prints_and_its_modules_are_cached()
    {
        string directory = Path.Combine(AppContext.BaseDirectory, "ProgramModules");
        string expected = File.ReadAllText(Path.Combine(directory, "main.out"));

        CliResult first = _cache.Run("run", Path.Combine(directory, "main.py"));
        Assert.Equal("", first.Stderr);
        Assert.Equal(expected, first.Stdout);
        Assert.Equal(0, first.ExitCode);
        // The script, helper, pkg, pkg.sub, chain, pkg.rel, pkg.inner, pkg.inner.deep and queue; broken.py does not
        // compile, so nothing is stored for it.
        Assert.Equal(9, CacheEntries());

        CliResult second = _cache.Run("run", Path.Combine(directory, "main.py"));
        Assert.Equal(expected, second.Stdout);
        Assert.Equal(9, CacheEntries());
    }

    /// <summary>
    /// A file beside the script named like one of the runtime's modules written in C# replaces it where CPython's would
    /// be found on sys.path (math, random, collections), and not where CPython has the module before the script runs
    /// (time and itertools are compiled into it, os is imported at start-up): those files raise if imported.
    /// </summary>
    [Fact]
    public void A_file_beside_the_script_replaces_the_modules_CPython_finds_on_its_path_only()
    {
        string directory = Path.Combine(AppContext.BaseDirectory, "ShadowingModules");
        CliResult run = _cache.Run("run", Path.Combine(directory, "main.py"));
        Assert.Equal("", run.Stderr);
        Assert.Equal(File.ReadAllText(Path.Combine(directory, "main.out")), run.Stdout);
        Assert.Equal(0, run.ExitCode);
    }

    [Fact]
    public void A_module_edited_between_runs_runs_as_edited()
    {
        string folder = NewFolder();
        string main = Write(folder, "main.py", "import helper\nprint(helper.V)\n");
        Write(folder, "helper.py", "V = 1\n");
        Assert.Equal("1\n", _cache.Run("run", main).Stdout);

        Write(folder, "helper.py", "V = 'two'\n");
        Assert.Equal("two\n", _cache.Run("run", main).Stdout);
    }

    /// <summary>Uncaught, it ends the program with CPython's traceback: through the import, then the module's line and a caret.</summary>
    [Fact]
    public void A_module_that_does_not_compile_raises_SyntaxError_where_it_is_imported()
    {
        string folder = NewFolder();
        string main = Write(folder, "main.py", "print('before')\nimport broken\nprint('after')\n");
        string broken = Write(folder, "broken.py", "def f(:\n    pass\n");

        CliResult result = _cache.Run("run", main);

        Assert.Equal("before\n", result.Stdout);
        Assert.Equal(
            "Traceback (most recent call last):\n" +
            $"  File \"{main}\", line 2, in <module>\n" +
            "    import broken\n" +
            $"  File \"{broken}\", line 1\n" +
            "    def f(:\n" +
            "          ^\n" +
            "SyntaxError: invalid syntax\n",
            result.Stderr);
        Assert.Equal(1, result.ExitCode);
    }

    /// <summary>Worker processes find them too: a spawned child, which runs the script again, and a forked one.</summary>
    [Fact]
    public void Spawned_and_forked_processes_import_the_modules_beside_the_script()
    {
        string folder = NewFolder();
        Write(folder, "helper.py", "def double(x):\n    return 2 * x\n");
        string main = Write(folder, "main.py", """
            import multiprocessing as mp
            import helper


            def work(q):
                import helper as again
                q.put(again.double(4) + helper.double(1))


            if __name__ == "__main__":
                for method in ("spawn", "fork"):
                    ctx = mp.get_context(method)
                    q = ctx.Queue()
                    p = ctx.Process(target=work, args=(q,))
                    p.start()
                    print(method, q.get())
                    p.join()
                    print(method, p.exitcode)
            """);

        CliResult result = _cache.Run("run", main);

        Assert.Equal("", result.Stderr);
        Assert.Equal("spawn 10\nspawn 0\nfork 10\nfork 0\n", result.Stdout);
    }

    /// <summary>The explorer runs the modules beside the script under its schedules too: the lost update is in one.</summary>
    [Fact]
    public void Explore_finds_the_lost_update_in_a_module_beside_the_script()
    {
        string folder = NewFolder();
        Write(folder, "counter.py", "def bump(box):\n    box[0] += 1\n");
        string main = Write(folder, "main.py", """
            import threading
            from counter import bump
            box = [0]
            def work():
                for _ in range(3):
                    bump(box)
            ts = [threading.Thread(target=work) for _ in range(2)]
            for t in ts: t.start()
            for t in ts: t.join()
            assert box[0] == 6, box[0]
            """);

        CliResult result = _cache.Run("explore", "--profile", "py39", "--schedules", "200", main);

        Assert.Contains("failing schedule", result.Stdout);
        Assert.Contains("bump:2 INPLACE_ADD", result.Stdout);
        Assert.Equal(1, result.ExitCode);
    }

    /// <summary><c>gilgen dis</c> accepts the imports of modules beside the script, as <c>run</c> does.</summary>
    [Fact]
    public void Dis_lists_a_script_that_imports_a_module_beside_it()
    {
        string folder = NewFolder();
        Write(folder, "helper.py", "V = 1\n");
        string main = Write(folder, "main.py", "import helper\n");

        CliResult result = _cache.Run("dis", main);

        Assert.Equal("", result.Stderr);
        Assert.Contains("IMPORT_NAME              0 (helper)", result.Stdout);
        Assert.Equal(0, result.ExitCode);
    }

    private int CacheEntries() => Directory.GetFiles(_cache.Directory, "*.entry", SearchOption.AllDirectories).Length;

    private string NewFolder() => Directory.CreateDirectory(Path.Combine(_cache.Directory, "program-" + Guid.NewGuid().ToString("N"))).FullName;

    private static string Write(string folder, string name, string source)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllText(path, source);
        return path;
    }

    /// <inheritdoc/>
    public void Dispose() => _cache.Dispose();
}
