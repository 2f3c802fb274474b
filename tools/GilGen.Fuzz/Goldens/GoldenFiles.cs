using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GilGen.Fuzz.Goldens;

/// <summary>CPython 3.12's outcome of one generated program, as the CI test replays it without python.</summary>
/// <param name="Seed">The program's seed.</param>
/// <param name="Hash">The hash of its source (<see cref="Model.FuzzProgram.HashOf"/>): a changed generator shows here first.</param>
/// <param name="Stdout">What CPython printed.</param>
/// <param name="Escaped">The exception that ended it, or null.</param>
public sealed record ProgramGolden(ulong Seed, string Hash, string Stdout, string? Escaped);

/// <summary>python3.9's dis of one generated function module.</summary>
/// <param name="Seed">The function's seed.</param>
/// <param name="Hash">The hash of its source.</param>
/// <param name="Dis">What dis.dis printed, addresses as 0x0000.</param>
public sealed record DisGolden(ulong Seed, string Hash, string Dis);

/// <summary>The golden files of the fuzzers' CI ranges: JSON, one entry per seed, in seed order.</summary>
public static class GoldenFiles
{
    /// <summary>The command that rewrites them (quoted in the tests' failure messages).</summary>
    public const string RegenerateCommand = "tools/fuzz.sh goldens";

    /// <summary>The programs' file name.</summary>
    public const string ProgramsFile = "programs.json";

    /// <summary>The functions' file name.</summary>
    public const string DisFile = "dis.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="items"/> to <paramref name="path"/> as indented JSON.</summary>
    public static void Write<T>(string path, IReadOnlyList<T> items) =>
        File.WriteAllText(path, JsonSerializer.Serialize(items, Options) + "\n", new UTF8Encoding(false));

    /// <summary>Reads a golden file.</summary>
    public static IReadOnlyList<T> Read<T>(string path) =>
        JsonSerializer.Deserialize<List<T>>(File.ReadAllText(path)) ?? new List<T>();
}
