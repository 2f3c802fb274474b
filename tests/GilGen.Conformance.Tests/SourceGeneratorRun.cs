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
/// compilation, as in a user's project (a few dozen programs per compilation); the generated classes are
/// compiled into assemblies, loaded, and each module is run as <c>__main__</c> in an interpreter of its own.
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

    // One compilation holds at most this many programs: an assembly's string literals share one heap of
    // 16 MB (CS8103 past it), and the generated code of the whole corpus outgrew it.
    private const int ProgramsPerAssembly = 40;

    private static IReadOnlyDictionary<string, ProgramOutcome> RunAll()
    {
        var failures = new Dictionary<string, ProgramOutcome>();
        var modules = new Dictionary<string, ModuleDefinition>();
        var runnable = new List<ConformanceProgram>();
        foreach (var batch in ConformanceCorpus.Programs.Chunk(ProgramsPerAssembly))
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
            foreach (var type in assembly.GetTypes())
                if (type.GetProperty("ModuleDefinition", BindingFlags.Public | BindingFlags.Static) is { } property
                    && property.PropertyType == typeof(ModuleDefinition))
                {
                    var module = (ModuleDefinition)property.GetValue(null)!;
                    modules[module.Name] = module;
                }
            runnable.AddRange(included);
        }
        var outcomes = ParallelCorpusRun.Run(runnable, program => RunModule(modules[program.Name]));
        return outcomes.Concat(failures).ToDictionary(pair => pair.Key, pair => pair.Value);
    }

    private static ProgramOutcome RunModule(ModuleDefinition module)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var interpreter = new GilInterpreter(new GilOptions { Stdout = stdout, Stderr = stderr });
        int exitCode = 0;
        try
        {
            interpreter.Run(module);
        }
        catch (PyException exception)
        {
            exitCode = ScriptTermination.Report(exception, stderr);
        }
        return new ProgramOutcome(stdout.ToString(), stderr.ToString(), exitCode);
    }

    /// <summary>Runs the generator over <paramref name="programs"/> and compiles; returns the programs that broke and why.</summary>
    private static List<(ConformanceProgram Program, string Why)> Build(IReadOnlyList<ConformanceProgram> programs, out Assembly? assembly)
    {
        assembly = null;
        var texts = programs.Select(p => (AdditionalText)new InMemoryAdditionalText(p.ScriptPath, p.Source)).ToList();
        var result = GeneratorHarness.Run(GeneratorHarness.CreateCompilation(), texts);

        var errors = result.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Concat(result.CompilationErrors)
            .ToList();
        var broken = errors
            .GroupBy(d => ProgramOf(d, programs, result.OutputCompilation))
            .Select(g => (g.Key, string.Join("\n", g.Select(d => d.ToString()))))
            .ToList();
        var unattributed = broken.Where(b => b.Key is null).Select(b => b.Item2).ToList();
        if (unattributed.Count > 0)
            throw new InvalidOperationException("errors outside any program's generated code:\n" + string.Join("\n", unattributed));
        if (broken.Count > 0) return broken.Select(b => (b.Key!, b.Item2)).ToList();

        using var image = new MemoryStream();
        var emit = result.OutputCompilation.Emit(image);
        if (!emit.Success)
            throw new InvalidOperationException(string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
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
