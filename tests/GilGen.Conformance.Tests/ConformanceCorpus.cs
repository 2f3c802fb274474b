using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace GilGen.Conformance.Tests;

/// <summary>The programs copied beside the test assembly (see the .csproj), in a stable order.</summary>
public static class ConformanceCorpus
{
    private static readonly Lazy<IReadOnlyList<ConformanceProgram>> s_programs = new(Discover);

    /// <summary>The folder that holds one sub-folder per area.</summary>
    public static string Root => Path.Combine(AppContext.BaseDirectory, "programs");

    /// <summary>Every program, ordered by area and name.</summary>
    public static IReadOnlyList<ConformanceProgram> Programs => s_programs.Value;

    /// <summary>
    /// The areas of threading, queue, concurrent.futures, multiprocessing and asyncio programs (issue 9), which
    /// also run under <c>--profile py39</c>: their outputs must not depend on the GIL's regime.
    /// </summary>
    public static readonly IReadOnlySet<string> ConcurrencyAreas = new HashSet<string>(StringComparer.Ordinal) { "concurrency", "concurrency2", "futures" };

    /// <summary>The programs of <see cref="ConcurrencyAreas"/>.</summary>
    public static IReadOnlyList<ConformanceProgram> ConcurrencyPrograms => Programs.Where(p => ConcurrencyAreas.Contains(p.Area)).ToList();

    /// <summary>The ids of <see cref="ConcurrencyPrograms"/>, as xunit theory data.</summary>
    public static TheoryData<string> ConcurrencyIds
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var program in ConcurrencyPrograms) data.Add(program.Id);
            return data;
        }
    }

    /// <summary>The program with id "AREA/NAME".</summary>
    public static ConformanceProgram Find(string id) => Programs.Single(p => p.Id == id);

    /// <summary>Every program id, as xunit theory data: one test case per program.</summary>
    public static TheoryData<string> Ids
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var program in Programs) data.Add(program.Id);
            return data;
        }
    }

    // GILGEN_CORPUS_AREAS=a,b keeps those areas only: for a local check that repeats part of the corpus
    // (GilgenCommandRun.Repeat), never set in CI.
    private static IReadOnlyList<ConformanceProgram> Discover()
    {
        if (!Directory.Exists(Root)) return Array.Empty<ConformanceProgram>();
        string[]? areas = Environment.GetEnvironmentVariable("GILGEN_CORPUS_AREAS")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Directory.EnumerateFiles(Root, "*.py", SearchOption.AllDirectories)
            .Select(path => new ConformanceProgram(
                Path.GetFileName(Path.GetDirectoryName(path)!),
                Path.GetFileNameWithoutExtension(path),
                path))
            .Where(p => areas is null || areas.Contains(p.Area, StringComparer.Ordinal))
            .OrderBy(p => p.Area, StringComparer.Ordinal)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }
}
