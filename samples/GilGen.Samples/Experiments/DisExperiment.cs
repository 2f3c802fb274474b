namespace GilGen.Samples.Experiments;

/// <summary>
/// Seed 05: <c>dis</c> of <c>foo</c> shows that <c>n += 1</c> is four instructions (LOAD_GLOBAL,
/// LOAD_CONST, INPLACE_ADD, STORE_GLOBAL), and a thread switch can fall between any two of them.
/// </summary>
public sealed partial class DisExperiment : IExperiment
{
    /// <inheritdoc/>
    public string Title => "dis of foo: `n += 1` is four instructions (seed 05)";

    [GilModule("""
        import dis

        n = 0

        def foo():
            global n
            n += 1

        dis.dis(foo)
        """)]
    private static partial class DisFoo;

    /// <inheritdoc/>
    public void Run(Report report)
    {
        report.Block(ModuleOutput.Capture(DisFoo.ModuleDefinition));
        report.Conclusion("a switch between LOAD_GLOBAL and STORE_GLOBAL makes two threads store the same value");
    }
}
