using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading.Tasks;
using GilGen.Analyzers.Tests.Corpus;
using GilGen.Analyzers.Tests.Infrastructure;
using Xunit.Abstractions;

namespace GilGen.Analyzers.Tests.Robustness;

/// <summary>
/// 1,000 broken inputs, made from a fixed seed by <see cref="Mutator"/> out of racy and safe C#
/// (<see cref="FuzzInputs"/> and the precision/recall corpus), Python snippets in regular, verbatim
/// and raw literals, and .py files. Each is one small compilation, run through GilGen's generator
/// and every analyzer: none may throw, crash or hang. A failure prints the input, so it can become
/// a unit test.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20_110_001;
    private const int Inputs = 1000;
    // A hang never ends; a slow input under CI's load (the other test classes run beside, on two cores, and the
    // analysis waits on the thread pool) once took more than 30 s from the moment it was queued. So the time counts
    // from when the input's work starts, and the bound is generous.
    private static readonly TimeSpan PerInputTimeout = TimeSpan.FromSeconds(120);

    /// <summary>One generated input: C# sources and .py additional files.</summary>
    internal sealed record FuzzInput(int Index, string Kind, IReadOnlyList<(string Path, string Text)> Sources, IReadOnlyList<(string Path, string Text)> AdditionalFiles);

    [Fact]
    public async Task No_analyzer_or_generator_fails_on_1000_broken_inputs()
    {
        var analyzers = ExportedAnalyzers.Create();
        Assert.NotEmpty(analyzers);
        var inputs = Generate();
        var failures = new ConcurrentBag<string>();
        var watch = Stopwatch.StartNew();

        await Parallel.ForEachAsync(inputs, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount) }, async (input, _) =>
        {
            var failure = await CheckAsync(input, analyzers);
            if (failure is not null) failures.Add(failure);
        });

        output.WriteLine($"{inputs.Count} inputs ({string.Join(", ", inputs.GroupBy(i => i.Kind).Select(g => $"{g.Key}: {g.Count()}"))}) in {watch.Elapsed.TotalSeconds:F1} s; {failures.Count} failures");
        Assert.True(failures.IsEmpty, string.Join("\n\n", failures.OrderBy(f => f, StringComparer.Ordinal).Take(5)));
    }

    private static async Task<string?> CheckAsync(FuzzInput input, System.Collections.Immutable.ImmutableArray<Microsoft.CodeAnalysis.Diagnostics.DiagnosticAnalyzer> analyzers)
    {
        var project = TestProject.Create(input.Sources, input.AdditionalFiles);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var work = Task.Run(() =>
        {
            started.SetResult();
            return TestProject.AnalyzeAsync(project, analyzers);
        });
        await started.Task;
        string problem;
        if (await Task.WhenAny(work, Task.Delay(PerInputTimeout)) != work)
        {
            problem = $"no result after {PerInputTimeout.TotalSeconds} s (a hang?)";
        }
        else
        {
            try
            {
                var run = await work;
                if (run.Exceptions.Count == 0 && run.GeneratorCrashes.Count == 0) return null;
                problem = string.Join("\n", run.Exceptions.Select(e => "analyzer threw: " + e).Concat(run.GeneratorCrashes.Select(c => "generator crashed: " + c)));
            }
            catch (Exception e)
            {
                problem = "the compilation itself threw: " + e;
            }
        }
        var files = input.Sources.Concat(input.AdditionalFiles).Select(f => $"--- {f.Path} ---\n{f.Text}");
        return $"Input #{input.Index} ({input.Kind}, seed {Seed}): {problem}\n{string.Join("\n", files)}";
    }

    /// <summary>The inputs, the same on every run.</summary>
    internal static List<FuzzInput> Generate()
    {
        var random = new Random(Seed);
        var csharp = FuzzInputs.CSharp.Concat(CorpusCases.All.Where(c => c.PythonFiles.Count == 0).Select(c => c.Text)).ToList();
        var python = FuzzInputs.Python.Concat(CorpusCases.All.SelectMany(c => c.PythonFiles.Select(p => p.Text))).ToList();
        var inputs = new List<FuzzInput>(Inputs);
        for (var i = 0; i < Inputs; i++)
        {
            switch (random.Next(4))
            {
                case 0:
                case 1: // C#, with or without snippets in it
                    inputs.Add(new FuzzInput(i, "C#", [("Test0.cs", Mutator.Mutate(csharp[random.Next(csharp.Count)], random))], []));
                    break;
                case 2: // a broken snippet in a well-formed literal of each kind
                {
                    var kind = random.Next(3);
                    var snippet = Mutator.Mutate(python[random.Next(python.Count)], random);
                    inputs.Add(new FuzzInput(i, kind switch { 0 => "regular literal", 1 => "verbatim literal", _ => "raw literal" },
                        [("Test0.cs", Mutator.InAttribute(snippet, kind))], []));
                    break;
                }
                default: // a broken .py file
                    inputs.Add(new FuzzInput(i, ".py", [("Test0.cs", "static class Empty { }\n")],
                        [("fuzz.py", Mutator.Mutate(python[random.Next(python.Count)], random))]));
                    break;
            }
        }
        return inputs;
    }
}
