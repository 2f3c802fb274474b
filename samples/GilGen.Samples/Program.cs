using System;
using System.Collections.Generic;
using GilGen.Samples;
using GilGen.Samples.Experiments;

// The README's first command: reproduces the seed documents' experiments on GilGen and prints one
// short report. Each experiment uses its own interpreter for the profile it needs.
if (RegimeChild.TryRun(args)) return 0;   // one row of the regime table, run in a process of its own

var experiments = new List<IExperiment>
{
    new CountdownExperiment(),
    new CounterExperiment(),
    new DisExperiment(),
    new SwitchIntervalExperiment(),
    new SleepExperiment(),
    new RefcountExperiment(),
    new ExplorerExperiment(),
    new RegimesExperiment(),
    new ConcurrencyExperiment(),
};

var report = new Report(Console.Out);
report.Title("GilGen: the seeds' GIL experiments, compiled from [GilFunction]/[GilModule] at build time");
int failures = 0;
foreach (IExperiment experiment in experiments)
{
    report.Section(experiment.Title);
    try
    {
        experiment.Run(report);
    }
    catch (Exception exception)
    {
        // One broken experiment should not hide the others' results.
        failures++;
        report.Failure(exception);
    }
    report.Flush();
}
return failures == 0 ? 0 : 1;
