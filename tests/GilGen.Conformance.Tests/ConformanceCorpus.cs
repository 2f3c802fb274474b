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

    private static IReadOnlyList<ConformanceProgram> Discover()
    {
        if (!Directory.Exists(Root)) return Array.Empty<ConformanceProgram>();
        return Directory.EnumerateFiles(Root, "*.py", SearchOption.AllDirectories)
            .Select(path => new ConformanceProgram(
                Path.GetFileName(Path.GetDirectoryName(path)!),
                Path.GetFileNameWithoutExtension(path),
                path))
            .OrderBy(p => p.Area, StringComparer.Ordinal)
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }
}
