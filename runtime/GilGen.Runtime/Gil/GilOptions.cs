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

    /// <summary>
    /// Gives a thread returning from a blocking call (sleep, I/O, a lock wait) priority for the GIL: it asks
    /// the holder to drop at once, rather than after a switch interval, and is served before the other
    /// waiters (<see cref="Gil.IoPriority"/>). The fix proposed for CPython's convoy effect, where an
    /// I/O-bound thread beside a CPU-bound one waits up to an interval after every blocking call; CPython
    /// never shipped it. Default false (CPython's behaviour). Not for <see cref="RuntimeProfile.Py27"/>,
    /// whose old GIL has no interval, nor <see cref="RuntimeProfile.FreeThreaded"/>, which has no GIL (the
    /// interpreter refuses both combinations).
    /// </summary>
    public bool IoPriority { get; init; }

    /// <summary>
    /// Events a <see cref="GilTimeline"/> keeps (it records every GIL event into a buffer of this many,
    /// allocated up front: <see cref="GilInterpreter.Timeline"/>). Default 0: no timeline.
    /// </summary>
    public int TimelineCapacity { get; init; }

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

    /// <summary>
    /// Checked reference counts, as in CPython's debug build: an object released to zero is poisoned, and any
    /// later use of it (IncRef/DecRef, attribute or item access, iteration, call, len, repr/str, hash,
    /// comparison), a count going below zero or a second release throws <see cref="RefCountViolationException"/>
    /// naming the object's type. The mode is process-wide, not per interpreter: it is read once, when the
    /// runtime first counts a reference, from the AppContext switch <c>GilGen.CheckedRefCounts</c> (e.g. a
    /// <c>RuntimeHostConfigurationOption</c> in the project file) or the environment variable
    /// <c>GILGEN_CHECKED_REFCOUNTS=1</c> (<see cref="CheckedRefCounts"/>). Reading this property gives the
    /// process's mode. Setting it to true before the runtime has counted anything turns the switch on for the
    /// process (what <c>gilgen run --checked-refcounts</c> does); setting it to a value other than the mode the
    /// process already runs in throws <see cref="InvalidOperationException"/>. Off by default: in normal mode
    /// the checks compile away.
    /// </summary>
    public bool CheckedRefCounts
    {
        get => GilGen.Runtime.CheckedRefCounts.Enabled;
        init
        {
            if (value) AppContext.SetSwitch(GilGen.Runtime.CheckedRefCounts.SwitchName, true);
            if (GilGen.Runtime.CheckedRefCounts.Enabled != value)
                throw new InvalidOperationException(value
                    ? "checked reference counts must be switched on before the GilGen runtime starts (set GILGEN_CHECKED_REFCOUNTS=1 or the GilGen.CheckedRefCounts AppContext switch)"
                    : "this process runs with checked reference counts (GILGEN_CHECKED_REFCOUNTS or the GilGen.CheckedRefCounts switch); an interpreter cannot turn them off");
        }
    }
}
