using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace GilGen.Fuzz.Running;

/// <summary>
/// One CPython version, found once through pyenv (or an environment variable), running one of this
/// tool's python scripts over a JSON list of sources per process.
/// </summary>
internal sealed class PythonInterpreter
{
    private readonly string _executable;

    private PythonInterpreter(string executable)
    {
        _executable = executable;
    }

    /// <summary>The interpreter of pyenv's <paramref name="version"/>, or <paramref name="overrideVariable"/>'s path.</summary>
    public static PythonInterpreter Find(string version, string overrideVariable)
    {
        string? path = Environment.GetEnvironmentVariable(overrideVariable);
        if (string.IsNullOrEmpty(path))
        {
            var start = new ProcessStartInfo("pyenv", "which python") { RedirectStandardOutput = true, UseShellExecute = false };
            start.Environment["PYENV_VERSION"] = version;
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("cannot start pyenv");
            path = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            if (process.ExitCode != 0 || path.Length == 0)
                throw new InvalidOperationException($"python {version} not found (pyenv which python); set {overrideVariable}");
        }
        return new PythonInterpreter(path);
    }

    /// <summary>
    /// Runs the embedded script <paramref name="script"/> over <paramref name="sources"/> and returns
    /// its JSON answer parsed as a list of <typeparamref name="T"/>, or null if it did not finish in
    /// <paramref name="timeLimit"/> (the process is killed) or failed.
    /// </summary>
    public List<T>? Run<T>(string script, IReadOnlyList<string> sources, TimeSpan timeLimit)
    {
        string scriptPath = ExtractedScript(script);
        string input = Path.Combine(Path.GetTempPath(), "gilgen-fuzz-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(input, JsonSerializer.Serialize(sources), new UTF8Encoding(false));
        try
        {
            var start = StartInfo();
            start.ArgumentList.Add(scriptPath);
            start.ArgumentList.Add(input);
            start.Environment["PYTHONHASHSEED"] = "0";
            var (stdout, _, exitCode, timedOut) = RunProcess(start, timeLimit);
            return timedOut || exitCode != 0 ? null : JsonSerializer.Deserialize<List<T>>(stdout);
        }
        finally
        {
            File.Delete(input);
        }
    }

    /// <summary>Runs <paramref name="scriptPath"/> as <c>python scriptPath</c>: its stdout, stderr and exit status.</summary>
    public (string Stdout, string Stderr, int ExitCode) RunScript(string scriptPath, TimeSpan timeLimit)
    {
        var start = StartInfo();
        start.WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(scriptPath));
        start.ArgumentList.Add(Path.GetFileName(scriptPath));
        var (stdout, stderr, exitCode, timedOut) = RunProcess(start, timeLimit);
        return timedOut ? (stdout, "timed out", -1) : (stdout, stderr, exitCode);
    }

    private ProcessStartInfo StartInfo()
    {
        var start = new ProcessStartInfo(_executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        return start;
    }

    // Reads both pipes while waiting (a full pipe would block the child); kills the tree at the limit.
    private (string Stdout, string Stderr, int ExitCode, bool TimedOut) RunProcess(ProcessStartInfo start, TimeSpan timeLimit)
    {
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("cannot start " + _executable);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeLimit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (stdout.Result, stderr.Result, -1, true);
        }
        process.WaitForExit();
        return (stdout.Result, stderr.Result, process.ExitCode, false);
    }

    private static readonly object s_extractLock = new();
    private static readonly Dictionary<string, string> s_extracted = new();

    private static string ExtractedScript(string name)
    {
        lock (s_extractLock)
        {
            if (s_extracted.TryGetValue(name, out string? path))
                return path;
            using Stream resource = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
                ?? throw new InvalidOperationException("missing resource " + name);
            path = Path.Combine(Path.GetTempPath(), "gilgen-fuzz-" + Environment.ProcessId + "-" + name);
            using (FileStream file = File.Create(path))
                resource.CopyTo(file);
            s_extracted[name] = path;
            return path;
        }
    }
}
