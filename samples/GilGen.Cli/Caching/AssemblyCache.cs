using System;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Text;

namespace GilGen.Cli.Caching;

/// <summary>
/// A folder of compiled script assemblies, one entry file per <see cref="CacheKey"/> hash. A second run of an
/// unchanged script loads the file instead of compiling it again, which is most of a cold start.
/// </summary>
public sealed class AssemblyCache
{
    /// <summary>The extension of an entry file (version 1 of the cache kept bare <c>.dll</c> files).</summary>
    public const string EntryExtension = ".entry";

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

    /// <summary>The path the entry for <paramref name="key"/> has (or would have).</summary>
    public string PathFor(CacheKey key) => Path.Combine(Directory, key.Value + EntryExtension);

    /// <summary>
    /// Returns true and the assembly image when an entry for <paramref name="key"/> is cached: one whose stored
    /// key text is <paramref name="key"/>'s. Another key's entry with the same hash, a file too short for its header
    /// or an entry removed meanwhile are misses.
    /// </summary>
    public bool TryGet(CacheKey key, [NotNullWhen(true)] out byte[]? image)
    {
        image = null;
        byte[] entry;
        try
        {
            entry = File.ReadAllBytes(PathFor(key));
        }
        catch (IOException e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
        byte[] expected = Encoding.UTF8.GetBytes(key.Text);
        if (entry.Length < sizeof(int) || BinaryPrimitives.ReadInt32LittleEndian(entry) != expected.Length)
            return false;
        int imageStart = sizeof(int) + expected.Length;
        if (entry.Length <= imageStart || !entry.AsSpan(sizeof(int), expected.Length).SequenceEqual(expected))
            return false;
        image = entry.AsSpan(imageStart).ToArray();
        return true;
    }

    /// <summary>
    /// Stores <paramref name="image"/> as the assembly for <paramref name="key"/> and returns the entry's path.
    /// The entry is the key text's UTF-8 length (4 bytes, little-endian), the text, then the image.
    /// </summary>
    public string Store(CacheKey key, byte[] image)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(image);
        System.IO.Directory.CreateDirectory(Directory);
        string path = PathFor(key);
        // Written under a unique name and then renamed, so that a concurrent run of the same script
        // never loads a half-written file; the rename is atomic on one file system.
        string temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        byte[] text = Encoding.UTF8.GetBytes(key.Text);
        var entry = new byte[sizeof(int) + text.Length + image.Length];
        BinaryPrimitives.WriteInt32LittleEndian(entry, text.Length);
        text.CopyTo(entry, sizeof(int));
        image.CopyTo(entry, sizeof(int) + text.Length);
        File.WriteAllBytes(temporary, entry);
        try
        {
            File.Move(temporary, path, overwrite: true);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another run stored an entry under this name first: the same key's (the same content by
            // construction) or, rarely, another key's with the same hash, which a later load tells apart.
            File.Delete(temporary);
        }
        return path;
    }
}
