using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace GilGen.Cli.Tests;

/// <summary>
/// Runs gilgen as a process of its own, as a user does: needed where the process-wide runtime mode differs
/// from the test process's (the free-threading mode of <c>--profile free-threaded</c> is fixed when the
/// runtime starts, and the test process relies on a GIL).
/// </summary>
public static class GilgenProcess
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMinutes(5);

    /// <summary>Runs <c>gilgen</c> with <paramref name="args"/>, keeping compiled scripts under <paramref name="cacheDirectory"/>.</summary>
    public static CliResult Run(string cacheDirectory, params string[] args) => RunWithEnvironment(cacheDirectory, new Dictionary<string, string>(), args);

    /// <summary>As <see cref="Run"/>, with <paramref name="environment"/>'s variables set in gilgen's environment.</summary>
    public static CliResult RunWithEnvironment(string cacheDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gilgen.dll"));
        foreach (string arg in args) start.ArgumentList.Add(arg);
        start.Environment["XDG_CACHE_HOME"] = cacheDirectory;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using Process process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(Deadline))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("gilgen " + string.Join(' ', args) + " did not finish");
        }
        return new CliResult(process.ExitCode, stdout, stderr.Result);
    }
}
