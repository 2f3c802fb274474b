using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using GilGen.Cli.Caching;
using GilGen.Fuzz.Dis;
using GilGen.Fuzz.Generation;
using GilGen.Fuzz.Goldens;
using GilGen.Fuzz.Model;
using GilGen.Fuzz.Running;

namespace GilGen.Fuzz;

/// <summary>The command line of the fuzzer (tools/fuzz.sh passes its arguments through).</summary>
internal static class FuzzCommand
{
    private const string Usage = """
        usage: gilgen-fuzz programs --seeds A-B [--batch N] [--jobs N] [--timeout S] [--no-shrink] [--shrink-budget S] [--max-shrinks N]
               gilgen-fuzz dis --seeds A-B [--batch N] [--jobs N] [--no-shrink] [--shrink-budget S]
               gilgen-fuzz show --seed N [--function]
               gilgen-fuzz emit --seed N | --file F.py         (the C# GilGen emits for the program; GILGEN_FUZZ_TIMING=1 times each batch)
               gilgen-fuzz goldens [--programs A-B] [--functions A-B] [--out DIR]
        """;

    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        var options = ParseOptions(args.Skip(1).ToArray());
        string Option(string name, string fallback) => options.TryGetValue(name, out string? v) ? v : fallback;
        int jobs = int.Parse(Option("jobs", Environment.ProcessorCount.ToString()));
        TextWriter log = Console.Out;
        switch (args[0])
        {
            case "show":
            {
                ulong seed = ulong.Parse(Option("seed", "1"));
                FuzzProgram program = options.ContainsKey("function") ? ProgramGenerator.Function(seed) : ProgramGenerator.Program(seed);
                Console.Out.Write(program.Render());
                return 0;
            }
            case "emit":
            {
                // The C# GilGen emits for a program (to look at what the compile and the JIT chew on).
                string source = options.TryGetValue("file", out string? file)
                    ? File.ReadAllText(file)
                    : ProgramGenerator.Program(ulong.Parse(Option("seed", "1"))).Render();
                Console.Out.Write(GilGen.Cli.Compilation.ScriptCompiler.Translate("fuzz.py", source, "Fuzz", out _));
                return 0;
            }
            case "programs":
            {
                var seeds = SeedRange.Parse(Option("seeds", "1-100"));
                var gilgen = new GilGenRunner(new AssemblyCache(Option("cache", Path.Combine(Path.GetTempPath(), "gilgen-fuzz-cache"))), TimeSpan.FromSeconds(double.Parse(Option("timeout", "20"))));
                var python = PythonInterpreter.Find("3.12.1", "GILGEN_FUZZ_PYTHON312");
                var campaign = new ProgramsCampaign(new CPythonRunner(python), gilgen, log);
                var mismatches = campaign.Run(seeds, int.Parse(Option("batch", "20")), jobs);
                if (options.ContainsKey("no-shrink") || mismatches.Count == 0)
                    return mismatches.Count == 0 ? 0 : 1;
                var writer = new FindingWriter(RepoRoot(), python);
                var budget = TimeSpan.FromSeconds(double.Parse(Option("shrink-budget", "240")));
                // One finding per kind of first difference: the same bug shows in many seeds.
                var seen = new HashSet<string>();
                int shrinks = 0, max = int.Parse(Option("max-shrinks", "15"));
                foreach (var m in mismatches)
                {
                    if (!seen.Add(m.Verdict + ":" + Signature(m.Describe())) || shrinks++ >= max)
                        continue;
                    FuzzProgram small = campaign.Shrink(m.Seed, m.Verdict, budget);
                    var again = campaign.Compare(new[] { small.Render() })[0];
                    string description = new ProgramsCampaign.Mismatch(m.Seed, again.Verdict, again.CPython, again.GilGen).Describe();
                    string path = writer.Write(m.Verdict.ToString().ToLowerInvariant(), m.Seed, small, description, again.GilGen);
                    log.WriteLine($"SHRUNK seed {m.Seed} ({m.Verdict}) from {ProgramGenerator.Program(m.Seed).Size()} to {small.Size()} nodes: {path}\n{small.Render()}--- {description}");
                }
                return 1;
            }
            case "dis":
            {
                var seeds = SeedRange.Parse(Option("seeds", "1-100"));
                var campaign = new DisCampaign(DisCampaign.FindPython(), log);
                var mismatches = campaign.Run(seeds, int.Parse(Option("batch", "100")), jobs);
                if (options.ContainsKey("no-shrink") || mismatches.Count == 0)
                    return mismatches.Count == 0 ? 0 : 1;
                var budget = TimeSpan.FromSeconds(double.Parse(Option("shrink-budget", "120")));
                var seen = new HashSet<string>();
                string findings = Path.Combine(RepoRoot(), "tools", "GilGen.Fuzz", "findings");
                Directory.CreateDirectory(findings);
                foreach (var m in mismatches)
                {
                    if (!seen.Add(Signature(m.Describe())) || seen.Count > int.Parse(Option("max-shrinks", "15")))
                        continue;
                    FuzzProgram small = campaign.Shrink(m.Seed, budget);
                    string source = small.Render();
                    string want = campaign.Expected(new[] { source })[0] ?? "";
                    string got = GilGenDis.Of(source);
                    string path = Path.Combine(findings, $"dis_seed{m.Seed}.py");
                    File.WriteAllText(path, $"# Found by tools/fuzz.sh dis (seed {m.Seed}), shrunk: {GilGenDis.FirstDifference(want, got)}\n" + source
                        + "\n# python3.9 dis:\n" + string.Concat(want.Split('\n').Select(l => "#   " + l + "\n"))
                        + "# GilGen dis:\n" + string.Concat(got.Split('\n').Select(l => "#   " + l + "\n")));
                    log.WriteLine($"SHRUNK dis seed {m.Seed}: {path}\n{source}--- {GilGenDis.FirstDifference(want, got)}");
                }
                return 1;
            }
            case "goldens":
                return WriteGoldens(SeedRange.Parse(Option("programs", "1-300")), SeedRange.Parse(Option("functions", "1-300")),
                    Option("out", Path.Combine(RepoRoot(), "tests", "GilGen.Fuzz.Tests", "Goldens")), log);
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    /// <summary>The CI goldens: CPython's outcomes and python3.9's dis for fixed seed ranges.</summary>
    private static int WriteGoldens(SeedRange programs, SeedRange functions, string directory, TextWriter log)
    {
        Directory.CreateDirectory(directory);
        var cpython = CPythonRunner.Find();
        var programGoldens = new List<ProgramGolden>();
        foreach (ulong[] batch in programs.Seeds().Chunk(50))
        {
            string[] sources = batch.Select(s => ProgramGenerator.Program(s).Render()).ToArray();
            var outcomes = cpython.Run(sources);
            for (int i = 0; i < batch.Length; i++)
            {
                if (outcomes[i].Failure is { } failure)
                    throw new InvalidOperationException($"seed {batch[i]} does not run under CPython: {failure}");
                programGoldens.Add(new ProgramGolden(batch[i], FuzzProgram.HashOf(sources[i]), outcomes[i].Stdout, outcomes[i].Escaped));
            }
        }
        GoldenFiles.Write(Path.Combine(directory, GoldenFiles.ProgramsFile), programGoldens);
        var dis = new DisCampaign(DisCampaign.FindPython(), log);
        var disGoldens = new List<DisGolden>();
        foreach (ulong[] batch in functions.Seeds().Chunk(100))
        {
            string[] sources = batch.Select(s => ProgramGenerator.Function(s).Render()).ToArray();
            var expected = dis.Expected(sources);
            for (int i = 0; i < batch.Length; i++)
                disGoldens.Add(new DisGolden(batch[i], FuzzProgram.HashOf(sources[i]), expected[i] ?? throw new InvalidOperationException($"python3.9 failed on function seed {batch[i]}")));
        }
        GoldenFiles.Write(Path.Combine(directory, GoldenFiles.DisFile), disGoldens);
        log.WriteLine($"wrote {programGoldens.Count} program goldens and {disGoldens.Count} dis goldens to {directory}");
        return 0;
    }

    /// <summary>A mismatch's description with its numbers and quoted text blurred, to group the same bug.</summary>
    private static string Signature(string description)
    {
        string s = System.Text.RegularExpressions.Regex.Replace(description, @"'[^']*'", "'…'");
        return System.Text.RegularExpressions.Regex.Replace(s, @"\d+", "N");
    }

    private static Dictionary<string, string> ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
                throw new ArgumentException("unexpected argument " + args[i] + "\n" + Usage);
            string name = args[i][2..];
            if (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                options[name] = args[++i];
            else
                options[name] = "";
        }
        return options;
    }

    /// <summary>The repository: the nearest folder up from the current one that holds GilGen.sln.</summary>
    private static string RepoRoot()
    {
        for (string? dir = Directory.GetCurrentDirectory(); dir is not null; dir = Path.GetDirectoryName(dir))
            if (File.Exists(Path.Combine(dir, "GilGen.sln")))
                return dir;
        throw new InvalidOperationException("run from inside the GilGen repository");
    }
}
