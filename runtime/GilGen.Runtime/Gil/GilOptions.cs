using System;
using System.Collections.Generic;
using System.IO;
using GilGen.Runtime;

namespace GilGen;

/// <summary>How a <see cref="GilInterpreter"/> is set up.</summary>
public sealed class GilOptions
{
    /// <summary>The CPython version whose switching behaviour is reproduced. Default: <see cref="RuntimeProfile.Modern"/>.</summary>
    public RuntimeProfile Profile { get; init; } = RuntimeProfile.Modern;

    /// <summary>Seconds a waiting thread lets pass before it asks the GIL holder to drop it (<c>sys.setswitchinterval</c>). Default 0.005.</summary>
    public double SwitchInterval { get; init; } = Gil.DefaultSwitchIntervalSeconds;

    /// <summary>
    /// Whether the switch interval also ends after as many honoured checkpoints as the profile's CPython
    /// passes in that time (<see cref="CheckpointPace"/>; only <see cref="RuntimeProfile.Py39"/> has a pace).
    /// Default true: <c>py39</c> then loses updates where CPython 3.9 does. False keeps wall-clock intervals only.
    /// </summary>
    public bool PacedSwitchInterval { get; init; } = true;

    /// <summary>Where <c>print</c> and <c>sys.stdout</c> write. Default: <see cref="Console.Out"/>.</summary>
    public TextWriter? Stdout { get; init; }

    /// <summary>Where tracebacks and <c>sys.stderr</c> write. Default: <see cref="Console.Error"/>.</summary>
    public TextWriter? Stderr { get; init; }

    /// <summary><c>sys.argv</c>. Default: a single empty string, as CPython for code run without a script.</summary>
    public IReadOnlyList<string>? Argv { get; init; }

    /// <summary>
    /// Builds the policy that decides which thread runs next. Default: <see cref="Gil"/>, where the
    /// operating system picks among the waiters, as in CPython. A deterministic scheduler plugs in here.
    /// </summary>
    public Func<GilInterpreter, ISchedulingPolicy>? SchedulingPolicy { get; init; }
}
