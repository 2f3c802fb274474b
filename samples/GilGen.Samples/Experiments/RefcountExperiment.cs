using System;
using System.Collections.Generic;

namespace GilGen.Samples.Experiments;

/// <summary>
/// Seed 03: reference counts as <c>sys.getrefcount</c> reports them (which counts its own argument
/// too), following CPython 3.11+'s rules.
/// </summary>
public sealed partial class RefcountExperiment : IExperiment
{
    /// <summary>What each printed count of the snippet below is taken after, in order.</summary>
    private static readonly IReadOnlyList<string> Steps = new[]
    {
        "a = []; b = a",
        "del b",
        "c = [a, a]",
        "c.pop()",
        "inside f(a)",
        "getrefcount(5) > 1000",
    };

    /// <inheritdoc/>
    public string Title => "Reference counts with sys.getrefcount (seed 03)";

    [GilModule("""
        import sys

        a = []
        b = a
        print(sys.getrefcount(a))
        del b
        print(sys.getrefcount(a))
        c = [a, a]
        print(sys.getrefcount(a))
        c.pop()
        print(sys.getrefcount(a))

        def f(x):
            return sys.getrefcount(x)

        print(f(a))
        print(sys.getrefcount(5) > 1000)
        """)]
    private static partial class Refcounts;

    /// <inheritdoc/>
    public void Run(Report report)
    {
        string[] printed = ModuleOutput.Capture(Refcounts.ModuleDefinition).TrimEnd('\n').Split('\n');
        for (int i = 0; i < Math.Max(printed.Length, Steps.Count); i++)
        {
            string step = i < Steps.Count ? Steps[i] : "(unlabelled)";
            string value = i < printed.Length ? printed[i] : "(not printed)";
            report.Row(step, value);
        }
        report.Conclusion("getrefcount counts its argument too; small ints are immortal");
    }
}
