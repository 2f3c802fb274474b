using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace GilGen.Runtime;

/// <summary>One run of a program under the <see cref="DeterministicScheduler"/>: what it printed, how it ended, and its schedule.</summary>
/// <param name="Token">The replay token of the schedule (<see cref="ScheduleToken"/>).</param>
/// <param name="Stdout">Everything the program printed.</param>
/// <param name="Stderr">Everything written to stderr: the tracebacks of the main thread and of threads whose exception
/// reached threading.excepthook, and what the program wrote there itself (a logging handler's lines).</param>
/// <param name="Aborted">The scheduler's report when the run was cut short (deadlock, step bound), else null.</param>
/// <param name="Deadlocked">True when <paramref name="Aborted"/> is a deadlock.</param>
/// <param name="Trace">The decisions made.</param>
/// <param name="Threads">The labels of the threads ("T1 (Thread-1 (worker))"), by index.</param>
/// <param name="Elapsed">Wall time of the run.</param>
public sealed record ScheduledRunResult(
    string Token, string Stdout, string Stderr, string? Aborted, bool Deadlocked,
    ScheduleTrace Trace, IReadOnlyList<string> Threads, TimeSpan Elapsed)
{
    /// <summary>
    /// True when an exception went uncaught (the main thread's, or one that escaped a thread or a finalizer and that the
    /// interpreter reported on stderr); what the program itself writes to stderr does not count.
    /// </summary>
    public bool UncaughtException { get; init; }

    /// <summary>True when the run ended badly on its own: cut short, or an uncaught exception in some thread.</summary>
    public bool Crashed => Aborted != null || UncaughtException;
}

/// <summary>Runs a program (<see cref="ExplorableProgram"/>) in a fresh interpreter under a deterministic schedule.</summary>
public static class ScheduledRun
{
    /// <summary>
    /// Runs <paramref name="module"/> with <paramref name="profile"/>'s checkpoints, every choice made by
    /// <paramref name="strategy"/>, at most <paramref name="maxSteps"/> decision points. The same arguments
    /// give the same result (output and schedule) every time. <paramref name="entropySeed"/> seeds what the
    /// program draws from <c>random</c> without seeding it; it is the same for every schedule by default, so
    /// that schedules, not random draws, make the difference between two runs.
    /// </summary>
    public static ScheduledRunResult Run(ModuleDefinition module, GilGen.RuntimeProfile profile, IScheduleStrategy strategy, long maxSteps, int entropySeed = 0) =>
        Run(ExplorableProgram.FromModule(module), profile, strategy, maxSteps, entropySeed);

    /// <summary>Runs <paramref name="program"/> as <see cref="Run(ModuleDefinition, GilGen.RuntimeProfile, IScheduleStrategy, long, int)"/> runs a module.</summary>
    public static ScheduledRunResult Run(ExplorableProgram program, GilGen.RuntimeProfile profile, IScheduleStrategy strategy, long maxSteps, int entropySeed = 0) =>
        Run(program, profile, strategy, maxSteps, entropySeed, null);

    /// <summary>
    /// Runs <paramref name="failing"/>'s schedule again, recording the steps before each of its switches
    /// (<see cref="ScheduleWindow.Lookbehind"/>) for the report; <paramref name="failing"/> itself when its
    /// schedule cannot be written as deviations. The schedule, the output and the token are the same.
    /// </summary>
    public static ScheduledRunResult Rerecord(ExplorableProgram program, GilGen.RuntimeProfile profile, ScheduledRunResult failing, long maxSteps)
    {
        ArgumentNullException.ThrowIfNull(failing);
        ScheduleTrace trace = failing.Trace;
        if (trace.DeviationsTruncated || trace.SwitchCount > trace.Switches.Count) return failing;
        var steps = new List<long>();
        foreach (ScheduleSwitch s in trace.Switches) steps.Add(s.Step);
        ScheduledRunResult run = Run(program, profile, new ScriptedStrategy(trace.Deviations), maxSteps, 0, steps);
        return run.Trace.Hash == trace.Hash && run.Stdout == failing.Stdout ? run with { Token = failing.Token } : failing;
    }

    private static ScheduledRunResult Run(ExplorableProgram program, GilGen.RuntimeProfile profile, IScheduleStrategy strategy, long maxSteps, int entropySeed, IReadOnlyCollection<long>? recordStepsBefore)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(strategy);
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        DeterministicScheduler? scheduler = null;
        string token = strategy.Token;
        var interpreter = new GilGen.GilInterpreter(new GilGen.GilOptions
        {
            Profile = profile,
            Stdout = stdout,
            Stderr = stderr,
            Argv = program.Argv,
            SchedulingPolicy = interp =>
            {
                scheduler = new DeterministicScheduler(interp, strategy, maxSteps, entropySeed);
                if (recordStepsBefore != null) scheduler.RecordStepsBefore(recordStepsBefore);
                return scheduler;
            },
        });
        var clock = Stopwatch.StartNew();
        try
        {
            program.RunIn(interpreter);
        }
        catch (PyException e) when (scheduler!.Failure == null)
        {
            if (!e.Instance.Type.IsSubtypeOf(ExceptionTypes.SystemExit))
            {
                interpreter.NoteReportedException();
                stderr.Write(e.FormatTraceback());
            }
            e.Value.DecRef();
        }
        catch (Exception) when (scheduler!.Failure != null)
        {
            // The run was aborted; whatever the main thread met while it unwound is part of that.
        }
        clock.Stop();
        DeterministicScheduler s = scheduler!;
        return new ScheduledRunResult(token, stdout.ToString(), stderr.ToString(), s.Failure, s.Deadlocked, s.Trace, s.ThreadLabels, clock.Elapsed)
        {
            UncaughtException = interpreter.ReportedExceptions > 0,
        };
    }
}
