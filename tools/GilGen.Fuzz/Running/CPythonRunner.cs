using System;
using System.Collections.Generic;
using System.Linq;

namespace GilGen.Fuzz.Running;

/// <summary>Runs programs under CPython 3.12, a batch per interpreter process.</summary>
internal sealed class CPythonRunner
{
    private readonly PythonInterpreter _python;

    public CPythonRunner(PythonInterpreter python)
    {
        _python = python;
    }

    /// <summary>How long one program may take before it counts as hung (a shrink step can make a loop endless).</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);

    public static CPythonRunner Find() => new(PythonInterpreter.Find("3.12.1", "GILGEN_FUZZ_PYTHON312"));

    public IReadOnlyList<RunOutcome> Run(IReadOnlyList<string> sources)
    {
        if (sources.Count == 0)
            return Array.Empty<RunOutcome>();
        var batch = _python.Run<Dictionary<string, string?>>("run_programs.py", sources, TimeLimit + TimeSpan.FromSeconds(sources.Count * 0.5));
        if (batch is not null && batch.Count == sources.Count)
            return batch.Select(r => new RunOutcome(r["out"] ?? "", r["exc"])).ToArray();
        if (sources.Count == 1)
            return new[] { RunOutcome.Failed("CPython did not finish within " + TimeLimit.TotalSeconds + " s") };
        // One of them hangs (or killed the interpreter): run each alone to tell which.
        return sources.SelectMany(s => Run(new[] { s })).ToArray();
    }
}
