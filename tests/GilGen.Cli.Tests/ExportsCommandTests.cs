using System;
using System.IO;

namespace GilGen.Cli.Tests;

/// <summary>A module of C# functions for <see cref="ExportsCommandTests"/>, made by GilGen's generator in this project's build.</summary>
[GilExtensionModule("cliexports")]
public static partial class CliExports
{
    /// <summary>n * factor, without the GIL.</summary>
    [GilExport(ReleasesGil = true)]
    public static long Times(long n, long factor) => n * factor;

    /// <summary>Fails as C# does.</summary>
    [GilExport]
    public static long Checked(long n) => n >= 0 ? n : throw new ArgumentOutOfRangeException(nameof(n), "negative");
}

/// <summary><c>gilgen run --exports ASSEMBLY.dll</c>: a built assembly's extension modules, importable from the script (docs/exports.md).</summary>
public sealed class ExportsCommandTests : IClassFixture<TemporaryCache>
{
    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public ExportsCommandTests(TemporaryCache cache) => _cache = cache;

    [Fact]
    public void A_script_imports_and_calls_the_exports_of_an_assembly()
    {
        string script = _cache.WriteScript("uses_exports.py",
            "import threading\n" +
            "import cliexports\n" +
            "out = []\n" +
            "threads = [threading.Thread(target=lambda k=k: out.append(cliexports.times(k, 10))) for k in range(3)]\n" +
            "for t in threads:\n" +
            "    t.start()\n" +
            "for t in threads:\n" +
            "    t.join()\n" +
            "print(sorted(out), cliexports.times)\n" +
            "cliexports.checked(-1)\n");
        CliResult result = _cache.Run("run", "--exports", typeof(CliExports).Assembly.Location, script);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("[0, 10, 20] <built-in function times>\n", result.Stdout);
        Assert.Contains(", in cliexports.checked\n", result.Stderr);
        Assert.EndsWith("ValueError: negative (Parameter 'n')\n", result.Stderr);
    }

    [Fact]
    public void An_assembly_that_cannot_be_loaded_is_reported_and_nothing_runs()
    {
        string script = _cache.WriteScript("no_exports.py", "print('ran')\n");
        string missing = Path.Combine(_cache.Directory, "missing.dll");
        CliResult result = _cache.Run("run", "--exports", missing, script);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        Assert.StartsWith($"gilgen: cannot load the exports of '{missing}'", result.Stderr);
    }
}
