namespace GilGen.Samples.Experiments;

/// <summary>
/// Seed 10: the GIL is handed over after a switch interval of continuous use, 5 ms by default,
/// changed with <c>sys.setswitchinterval</c>, which rejects a non-positive interval as CPython does.
/// </summary>
public sealed partial class SwitchIntervalExperiment : IExperiment
{
    /// <inheritdoc/>
    public string Title => "The switch interval (seed 10)";

    [GilModule("""
        import sys

        print(sys.getswitchinterval())
        sys.setswitchinterval(0.001)
        print(sys.getswitchinterval())
        try:
            sys.setswitchinterval(0)
        except ValueError as e:
            print("ValueError:", e)
        """)]
    private static partial class SwitchInterval;

    /// <inheritdoc/>
    public void Run(Report report)
    {
        report.Block(ModuleOutput.Capture(SwitchInterval.ModuleDefinition));
        report.Conclusion("a waiting thread asks the holder to drop the GIL after one interval (default 5 ms)");
    }
}
