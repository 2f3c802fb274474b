using System.Collections.Generic;
using System.Text.RegularExpressions;
using GilGen.Cli.Execution;

namespace GilGen.Cli.Tests;

/// <summary><c>GILGEN_PROCESS_COSTS=1</c>: one line on stderr at exit with the JIT's and the GC's share of the run.</summary>
public sealed class ProcessCostReportTests : IClassFixture<TemporaryCache>
{
    private static readonly Regex ReportLine = new(
        @"^gilgen process costs: cpu (\d+\.\d{3}) s, jit (\d+\.\d{3}) s \((\d+) methods, \d+ KB IL\), " +
        @"gc pauses \d+\.\d{3} s \(gen0 \d+, gen1 \d+, gen2 \d+\), allocated \d+ MB, (workstation|server) gc\n$");

    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public ProcessCostReportTests(TemporaryCache cache) => _cache = cache;

    /// <summary>With the variable, the script's output is unchanged and stderr holds the one report line.</summary>
    [Fact]
    public void The_variable_adds_one_line_on_stderr_and_leaves_stdout_alone()
    {
        string path = _cache.WriteScript("costs.py", "total = 0\nfor i in range(1000):\n    total += i\nprint(total)\n");

        CliResult result = GilgenProcess.RunWithEnvironment(_cache.Directory,
            new Dictionary<string, string> { [ProcessCostReport.VariableName] = "1" }, "run", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("499500\n", result.Stdout);
        Match line = ReportLine.Match(result.Stderr);
        Assert.True(line.Success, "stderr: " + result.Stderr);
        // The process JIT-compiled at least its entry point and the script's module body.
        Assert.True(int.Parse(line.Groups[3].Value) > 0);
    }

    /// <summary>Without the variable (or with 0) nothing is added.</summary>
    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    public void Without_the_variable_stderr_stays_empty(string? value)
    {
        string path = _cache.WriteScript("quiet.py", "print('quiet')\n");
        var environment = new Dictionary<string, string>();
        if (value != null) environment[ProcessCostReport.VariableName] = value;

        CliResult result = GilgenProcess.RunWithEnvironment(_cache.Directory, environment, "run", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("quiet\n", result.Stdout);
        Assert.Equal("", result.Stderr);
    }
}
