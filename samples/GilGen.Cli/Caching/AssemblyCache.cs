using System;
using System.IO;

namespace GilGen.Cli.Caching;

/// <summary>
/// A folder of compiled script assemblies, one file per <see cref="CacheKey"/>. A second run of an
/// unchanged script loads the file instead of compiling it again, which is most of a cold start.
/// </summary>
public sealed class AssemblyCache
{
    /// <summary>Uses <paramref name="directory"/>, creating it when the first assembly is stored.</summary>
    public AssemblyCache(string directory)
    {
        Directory = directory;
    }

    /// <summary>The folder that holds the cached assemblies.</summary>
    public string Directory { get; }

    /// <summary>
    /// The default folder: <c>$XDG_CACHE_HOME/gilgen</c>, else <c>~/.cache/gilgen</c> (the XDG base
    /// directory convention, which is what Linux users expect to clear).
    /// </summary>
    public static string DefaultDirectory()
    {
        string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg))
            return Path.Combine(xdg, "gilgen");
        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (string.IsNullOrEmpty(home))
            home = Path.GetTempPath();
        return Path.Combine(home, ".cache", "gilgen");
    }

    /// <summary>The path the assembly for <paramref name="key"/> has (or would have).</summary>
    public string PathFor(CacheKey key) => Path.Combine(Directory, key.Value + ".dll");

    /// <summary>Returns true and the file's path when an assembly for <paramref name="key"/> is cached.</summary>
    public bool TryGet(CacheKey key, out string path)
    {
        path = PathFor(key);
        return File.Exists(path);
    }

    /// <summary>Stores <paramref name="image"/> as the assembly for <paramref name="key"/> and returns its path.</summary>
    public string Store(CacheKey key, byte[] image)
    {
        System.IO.Directory.CreateDirectory(Directory);
        string path = PathFor(key);
        // Written under a unique name and then renamed, so that a concurrent run of the same script
        // never loads a half-written file; the rename is atomic on one file system.
        string temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, image);
        try
        {
            File.Move(temporary, path, overwrite: true);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another run stored the same key first; the content is the same by construction.
            File.Delete(temporary);
        }
        return path;
    }
}
