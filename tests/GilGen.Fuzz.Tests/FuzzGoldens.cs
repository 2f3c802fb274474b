using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GilGen.Fuzz.Goldens;

namespace GilGen.Fuzz.Tests;

/// <summary>The golden files beside the test assembly, read once.</summary>
internal static class FuzzGoldens
{
    private static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Goldens", file);

    public static readonly Lazy<IReadOnlyDictionary<ulong, ProgramGolden>> Programs =
        new(() => GoldenFiles.Read<ProgramGolden>(PathOf(GoldenFiles.ProgramsFile)).ToDictionary(g => g.Seed));

    public static readonly Lazy<IReadOnlyDictionary<ulong, DisGolden>> Functions =
        new(() => GoldenFiles.Read<DisGolden>(PathOf(GoldenFiles.DisFile)).ToDictionary(g => g.Seed));

    public static IEnumerable<object[]> ProgramSeeds() => Programs.Value.Keys.OrderBy(s => s).Select(s => new object[] { s });

    public static IEnumerable<object[]> FunctionSeeds() => Functions.Value.Keys.OrderBy(s => s).Select(s => new object[] { s });

    public static string Changed(string what, ulong seed) =>
        $"generator changed: {what} seed {seed} is not the program the goldens were recorded for; regenerate the goldens with {GoldenFiles.RegenerateCommand} (needs pyenv's 3.12.1 and 3.9.18)";
}
