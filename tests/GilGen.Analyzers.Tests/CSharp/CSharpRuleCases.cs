using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using GilGen.Analyzers.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace GilGen.Analyzers.Tests.CSharp;

/// <summary>
/// The C# rules' markup cases in one list, for the theories here and for anyone measuring the
/// analyzers (precision and recall over <see cref="All"/>: each case's marks are the truth).
/// </summary>
public static class CSharpRuleCases
{
    private static readonly Lazy<IReadOnlyList<RuleCase>> s_all = new(() =>
        Gil2001Cases.All().Concat(Gil2002Cases.All()).Concat(Gil2003Cases.All()).Concat(Gil2004Cases.All())
            .Concat(Gil2005Cases.All()).Concat(Gil2006Cases.All()).ToList());

    /// <summary>Every case of GIL2001–GIL2006.</summary>
    public static IReadOnlyList<RuleCase> All => s_all.Value;

    /// <summary>The C# analyzers, all of which run on every case (so a case also shows what the other rules leave alone).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers() =>
        [new SharedFieldRaceAnalyzer(), new VolatileCompoundOperationAnalyzer(), new GuardedByAnalyzer()];

    /// <summary>The case named <paramref name="name"/> of <paramref name="rule"/>.</summary>
    public static RuleCase Get(string rule, string name) => All.Single(c => c.Rule == rule && c.Name == name);

    /// <summary>The names of <paramref name="rule"/>'s cases, one theory row each.</summary>
    public static TheoryData<string> NamesOf(string rule)
    {
        var data = new TheoryData<string>();
        foreach (var c in All.Where(c => c.Rule == rule)) data.Add(c.Name);
        return data;
    }

    /// <summary>GIL2001's cases.</summary>
    public static TheoryData<string> Gil2001 => NamesOf("GIL2001");

    /// <summary>GIL2002's cases.</summary>
    public static TheoryData<string> Gil2002 => NamesOf("GIL2002");

    /// <summary>GIL2003's cases.</summary>
    public static TheoryData<string> Gil2003 => NamesOf("GIL2003");

    /// <summary>GIL2004's cases.</summary>
    public static TheoryData<string> Gil2004 => NamesOf("GIL2004");

    /// <summary>GIL2005's cases.</summary>
    public static TheoryData<string> Gil2005 => NamesOf("GIL2005");

    /// <summary>GIL2006's cases.</summary>
    public static TheoryData<string> Gil2006 => NamesOf("GIL2006");
}
