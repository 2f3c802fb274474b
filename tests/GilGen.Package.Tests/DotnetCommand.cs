using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;

namespace GilGen.Package.Tests;

/// <summary>Runs the dotnet CLI (or a command it installed) and captures what it prints.</summary>
internal static class DotnetCommand
{
    /// <summary>Runs <c>dotnet arguments</c> in <paramref name="workingDirectory"/>; returns the exit code and the combined output.</summary>
    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments) =>
        RunProgram("dotnet", workingDirectory, environment: null, arguments);

    /// <summary>
    /// Runs <paramref name="program"/> (<c>dotnet</c>, or the path of an installed tool) with
    /// <paramref name="environment"/> added to this process's; returns the exit code and the combined output.
    /// </summary>
    public static (int ExitCode, string Output) RunProgram(string program, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment, params string[] arguments) =>
        RunProgram(program, workingDirectory, environment, TimeSpan.FromMinutes(8), arguments);

    /// <summary>As the overload without <paramref name="timeout"/>, killed after <paramref name="timeout"/> rather than 8 minutes.</summary>
    public static (int ExitCode, string Output) RunProgram(string program, string workingDirectory,
        IReadOnlyDictionary<string, string>? environment, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // The test host's MSBuild variables would make the child build think it runs inside this one.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBuildSDKsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        if (environment is not null)
            foreach (var (name, value) in environment) start.Environment[name] = value;

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(program + " " + string.Join(" ", arguments) + " did not finish in " + timeout.TotalMinutes + " minutes:\n" + output);
        }
        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }
}
