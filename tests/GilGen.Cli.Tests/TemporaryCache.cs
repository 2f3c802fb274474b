using System;
using System.IO;
using GilGen.Cli.Caching;

namespace GilGen.Cli.Tests;

/// <summary>
/// An assembly cache in a fresh temporary folder, deleted afterwards, so tests neither depend on nor
/// pollute the user's ~/.cache/gilgen. Used as a class fixture: the tests of one class share it.
/// </summary>
public sealed class TemporaryCache : IDisposable
{
    /// <summary>Creates the folder.</summary>
    public TemporaryCache()
    {
        Directory = Path.Combine(Path.GetTempPath(), "gilgen-tests-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Cache = new AssemblyCache(Directory);
    }

    /// <summary>The folder.</summary>
    public string Directory { get; }

    /// <summary>The cache that stores its assemblies in <see cref="Directory"/>.</summary>
    public AssemblyCache Cache { get; }

    /// <summary>Runs gilgen with <paramref name="args"/> in-process against this cache.</summary>
    public CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exitCode = GilGenCommand.Run(args, stdout, stderr, Cache);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Writes <paramref name="source"/> to a new .py file in the folder and returns its path.</summary>
    public string WriteScript(string name, string source)
    {
        string path = Path.Combine(Directory, name);
        File.WriteAllText(path, source);
        return path;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still mapped by the runtime on some platforms; the OS cleans temp folders.
        }
    }
}
