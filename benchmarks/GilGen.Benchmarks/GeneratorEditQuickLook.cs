using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;

namespace GilGen.Benchmarks;

/// <summary>
/// <see cref="GeneratorEditBenchmarks"/>' cases measured in CPU time, for a shared machine whose load stretches wall
/// times: each case's driver takes one edit in turn (round-robin, so a busy moment hits every case), and each edit's
/// process CPU time, wall time and allocated bytes are recorded after the garbage of the previous one is collected.
/// With <c>GILGEN_BASELINE_GENERATOR=/path/GilGen.Generator.dll</c> the GilGen cases run a second time with that build
/// (loaded in its own load context), in the same rounds: a before/after comparison under the same load.
/// Run: dotnet run -c Release --project benchmarks/GilGen.Benchmarks -- --edit-latency [ROUNDS]
/// </summary>
internal static class GeneratorEditQuickLook
{
    /// <summary>The rounds measured unless told otherwise.</summary>
    public const int DefaultRounds = 41;

    private const int WarmUpRounds = 20;

    private sealed class Session(string name, GeneratorEditBenchmarks benchmark)
    {
        public string Name { get; } = name;
        public GeneratorEditBenchmarks Benchmark { get; } = benchmark;
        public List<double> Cpu { get; } = [];
        public List<double> Wall { get; } = [];
        public List<long> Bytes { get; } = [];
    }

    /// <summary>Runs every case for <paramref name="rounds"/> rounds after <see cref="WarmUpRounds"/> uncounted ones; returns the table.</summary>
    public static string Run(int rounds)
    {
        var baselinePath = Environment.GetEnvironmentVariable("GILGEN_BASELINE_GENERATOR");
        var sessions = new List<Session>();
        foreach (var edit in GeneratorEditBenchmarks.Cases())
        {
            sessions.Add(Start(edit.ToString(), edit, generator: null));
            if (baselinePath is not null && edit.Generator == "GilGen")
                sessions.Add(Start(edit + " (baseline)", edit, LoadBaseline(baselinePath)));
        }
        for (var round = 0; round < WarmUpRounds + rounds; round++)
        {
            foreach (var session in sessions)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var bytes = GC.GetAllocatedBytesForCurrentThread();
                var cpu = ProcessCpuClock.Milliseconds();
                var wall = System.Diagnostics.Stopwatch.StartNew();
                session.Benchmark.RunGeneratorsAfterEdit();
                var wallMs = wall.Elapsed.TotalMilliseconds;
                var cpuMs = ProcessCpuClock.Milliseconds() - cpu;
                var allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
                if (round < WarmUpRounds) continue;
                session.Cpu.Add(cpuMs);
                session.Wall.Add(wallMs);
                session.Bytes.Add(allocated);
            }
        }
        var table = new StringBuilder();
        table.Append(CultureInfo.InvariantCulture,
            $"one edit, then RunGenerators: median [min - max] of {rounds} rounds after {WarmUpRounds} uncounted; CPU is the process's (every thread)\n");
        table.Append(CultureInfo.InvariantCulture, $"{"case",-32} {"CPU ms",-26} {"wall ms",-26} KB allocated (this thread)\n");
        foreach (var session in sessions)
        {
            table.Append(CultureInfo.InvariantCulture,
                $"{session.Name,-32} {Spread(session.Cpu),-26} {Spread(session.Wall),-26} {Median(session.Bytes.Select(b => b / 1024.0).ToList()):F1}\n");
        }
        return table.ToString();
    }

    private static Session Start(string name, GeneratorEditCase edit, IIncrementalGenerator? generator)
    {
        var benchmark = new GeneratorEditBenchmarks { Case = edit, Generator = generator };
        benchmark.Setup();
        return new Session(name, benchmark);
    }

    // Its own load context, so that it does not resolve to the GilGen.Generator already loaded; its dependencies
    // (Roslyn, GilGen.Compiler) come from the default context.
    private static IIncrementalGenerator LoadBaseline(string path) =>
        (IIncrementalGenerator)Activator.CreateInstance(new AssemblyLoadContext("baseline-generator").LoadFromAssemblyPath(System.IO.Path.GetFullPath(path))
            .GetType("GilGen.Generator.GilGenGenerator", throwOnError: true)!)!;

    private static string Spread(List<double> values) =>
        string.Create(CultureInfo.InvariantCulture, $"{Median(values):F2} [{values.Min():F2} - {values.Max():F2}]");

    private static double Median(List<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
