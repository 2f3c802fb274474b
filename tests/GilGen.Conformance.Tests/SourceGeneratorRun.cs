using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using GilGen.Cli.Execution;
using GilGen.Generator.Tests.Infrastructure;
using GilGen.Runtime;
using Microsoft.CodeAnalysis;

namespace GilGen.Conformance.Tests;

/// <summary>
/// The corpus through the source generator, in-process: every program is a .py AdditionalFile of a
/// compilation, as in a user's project (a batch of programs per compilation); the generated classes
/// are compiled, loaded, and each module is run as <c>__main__</c> in an interpreter of its own.
/// </summary>
/// <remarks>
/// A program the generator reports a diagnostic for, or whose generated code does not compile, fails
/// on its own: it is left out of the assembly so that the others still run.
/// </remarks>
public static class SourceGeneratorRun
{
    private static readonly Lazy<IReadOnlyDictionary<string, ProgramOutcome>> s_outcomes = new(RunAll);

    /// <summary>The outcome of the program with id "AREA/NAME".</summary>
    public static ProgramOutcome Outcome(string id) => s_outcomes.Value[id];

    // Programs per compilation: one assembly's string literals (sources, dis text) are limited to 16 MiB
    // (CS8103), which the whole corpus in one assembly exceeds; a user's project is one such batch.
    private const int BatchSize = 60;

    private static IReadOnlyDictionary<string, ProgramOutcome> RunAll()
    {
        var failures = new Dictionary<string, ProgramOutcome>();
        var runnable = new List<(ConformanceProgram Program, ModuleDefinition Module)>();
        foreach (var batch in ConformanceCorpus.Programs.Chunk(BatchSize))
        {
            var included = batch.ToList();
            Assembly? assembly = null;
            // At most two builds: the second leaves out the programs the first found broken.
            for (int attempt = 0; attempt < 2 && assembly is null; attempt++)
            {
                var broken = Build(included, out assembly);
                foreach (var (program, why) in broken) failures[program.Id] = ProgramOutcome.Failed(why);
                included = included.Where(p => !failures.ContainsKey(p.Id)).ToList();
            }
            if (assembly is null)
            {
                foreach (var p in included) failures[p.Id] = ProgramOutcome.Failed("the generated assembly did not build");
                continue;
            }
            var modules = assembly.GetTypes()
                .Select(t => t.GetProperty("ModuleDefinition", BindingFlags.Public | BindingFlags.Static))
                .Where(p => p is not null && p.PropertyType == typeof(ModuleDefinition))
                .Select(p => (ModuleDefinition)p!.GetValue(null)!)
                .ToDictionary(d => d.Name);
            runnable.AddRange(included.Select(p => (p, modules[p.Name])));
        }
        var byId = runnable.ToDictionary(r => r.Program.Id, r => r.Module);
        var outcomes = ParallelCorpusRun.Run(runnable.Select(r => r.Program).ToList(), program => RunModule(byId[program.Id]));
        return outcomes.Concat(failures).ToDictionary(pair => pair.Key, pair => pair.Value);
    }

    private static ProgramOutcome RunModule(ModuleDefinition module)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var interpreter = new GilInterpreter(new GilOptions { Stdout = stdout, Stderr = stderr });
        // The program ends as under gilgen run: __main__'s globals are finalized.
        int exitCode = ScriptTermination.RunAsMain(interpreter, module, stderr);
        return new ProgramOutcome(stdout.ToString(), stderr.ToString(), exitCode);
    }

    /// <summary>Runs the generator over <paramref name="programs"/> and compiles; returns the programs that broke and why.</summary>
    private static List<(ConformanceProgram Program, string Why)> Build(IReadOnlyList<ConformanceProgram> programs, out Assembly? assembly)
    {
        assembly = null;
        var texts = programs.Select(p => (AdditionalText)new InMemoryAdditionalText(p.ScriptPath, p.Source)).ToList();
        var result = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(), texts);

        // One Emit both compiles and reports the errors: asking for the compilation's diagnostics first would bind
        // every generated method twice, which was most of this run's time.
        using var image = new MemoryStream();
        var emit = result.OutputCompilation.Emit(image);
        var errors = result.GeneratorDiagnostics.Concat(emit.Diagnostics)
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .ToList();
        var broken = errors
            .GroupBy(d => ProgramOf(d, programs, result.OutputCompilation))
            .Select(g => (g.Key, string.Join("\n", g.Select(d => d.ToString()))))
            .ToList();
        var unattributed = broken.Where(b => b.Key is null).Select(b => b.Item2).ToList();
        if (unattributed.Count > 0)
            throw new InvalidOperationException("errors outside any program's generated code:\n" + string.Join("\n", unattributed));
        if (broken.Count > 0) return broken.Select(b => (b.Key!, b.Item2)).ToList();

        // The default load context, so generated code binds to the GilGen.Runtime these tests use.
        assembly = Assembly.Load(image.ToArray());
        return new();
    }

    // A generator diagnostic points into the .py file; a C# error in generated code either maps
    // there through #line or sits in a generated file whose #line directives name the .py file.
    private static ConformanceProgram? ProgramOf(Diagnostic diagnostic, IReadOnlyList<ConformanceProgram> programs, Compilation compilation)
    {
        string mapped = diagnostic.Location.GetMappedLineSpan().Path;
        var byPath = programs.FirstOrDefault(p => p.ScriptPath == mapped);
        if (byPath is not null) return byPath;
        var tree = diagnostic.Location.SourceTree;
        if (tree is null) return null;
        string text = tree.GetText().ToString();
        return programs.FirstOrDefault(p => text.Contains(p.ScriptPath, StringComparison.Ordinal));
    }
}
