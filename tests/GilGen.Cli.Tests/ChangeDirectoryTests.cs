using System.IO;

namespace GilGen.Cli.Tests;

/// <summary>
/// os.chdir and contextlib.chdir change the process's working directory, as CPython's do: relative paths follow,
/// contextlib.chdir goes back, and a missing path or a file gets CPython 3.12's OSError subclass and message (checked
/// with pyenv). The script runs in a process of its own (<see cref="GilgenProcess"/>): the working directory is the
/// process's, and the other tests of this process rely on theirs.
/// </summary>
public sealed class ChangeDirectoryTests : IClassFixture<TemporaryCache>
{
    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public ChangeDirectoryTests(TemporaryCache cache) => _cache = cache;

    /// <summary>The script goes to its own folder, into a subfolder and back, then tries two paths it cannot enter.</summary>
    [Fact]
    public void Chdir_moves_the_working_directory_and_contextlib_chdir_goes_back()
    {
        string inner = Path.Combine(_cache.Directory, "inner");
        Directory.CreateDirectory(inner);
        File.WriteAllText(Path.Combine(inner, "f.txt"), "hello");
        string path = _cache.WriteScript("chdir.py",
            "import contextlib, os\n" +
            "os.chdir(os.path.dirname(__file__))\n" +
            "start = os.getcwd()\n" +
            "with contextlib.chdir('inner'):\n" +
            "    print(os.getcwd() == os.path.join(start, 'inner'), open('f.txt').read())\n" +
            "print(os.getcwd() == start)\n" +
            "for bad in ('missing', 'inner/f.txt'):\n" +
            "    try:\n" +
            "        os.chdir(bad)\n" +
            "    except OSError as e:\n" +
            "        print(type(e).__name__, e)\n");

        CliResult result = GilgenProcess.Run(_cache.Directory, "run", path);

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            "True hello\n" +
            "True\n" +
            "FileNotFoundError [Errno 2] No such file or directory: 'missing'\n" +
            "NotADirectoryError [Errno 20] Not a directory: 'inner/f.txt'\n",
            result.Stdout);
    }
}
