using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;
using GilGen.Cli.Caching;
using GilGen.Cli.Compilation;
using GilGen.Compiler;
using GilGen.Runtime;

namespace GilGen.Fuzz.Running;

/// <summary>
/// Runs programs under GilGen in this process, as <c>gilgen run</c> does: the same compiler and
/// emitter (<see cref="ScriptCompiler.Translate"/>), but a whole batch in one Roslyn compilation
/// and one assembly (kept in an <see cref="AssemblyCache"/> keyed by the batch's sources), each
/// program run as <c>__main__</c> in an interpreter of its own with a time limit.
/// </summary>
internal sealed class GilGenRunner
{
    private const string FileName = "fuzz.py";
    private readonly AssemblyCache? _cache;

    public GilGenRunner(AssemblyCache? cache, TimeSpan timeLimit)
    {
        _cache = cache;
        TimeLimit = timeLimit;
    }

    /// <summary>How long one program may run before it counts as hung.</summary>
    public TimeSpan TimeLimit { get; }

    private static string ClassName(int index) => "Fuzz" + index;

    public IReadOnlyList<RunOutcome> Run(IReadOnlyList<string> sources)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcomes = new RunOutcome?[sources.Count];
        var files = new List<(string Code, string Path)>();
        var indexes = new List<int>();
        for (int i = 0; i < sources.Count; i++)
        {
            string? code;
            IReadOnlyList<CompilerDiagnostic> diagnostics;
            try
            {
                code = ScriptCompiler.Translate(FileName, sources[i], ClassName(i), out diagnostics);
            }
            catch (Exception e)
            {
                outcomes[i] = RunOutcome.Failed("compiler crashed: " + e.GetType().Name + ": " + e.Message);
                continue;
            }
            if (code is null)
            {
                CompilerDiagnostic first = diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
                outcomes[i] = RunOutcome.Failed($"compile error {first.Id} line {first.Line}: {first.Message}");
                continue;
            }
            files.Add((code, "fuzz" + i + ".g.cs"));
            indexes.Add(i);
        }

        Assembly? assembly = null;
        if (files.Count > 0)
        {
            long translated = clock.ElapsedMilliseconds;
            byte[]? image = CompileCached(files, sources);
            if (Environment.GetEnvironmentVariable("GILGEN_FUZZ_TIMING") is not null)
                Console.Error.WriteLine($"batch of {sources.Count}: translate {translated} ms, roslyn {clock.ElapsedMilliseconds - translated} ms");
            if (image is null)
            {
                // One of them makes C# that does not compile: compile each alone to tell which.
                if (files.Count > 1)
                {
                    for (int k = 0; k < indexes.Count; k++)
                        outcomes[indexes[k]] = Run(new[] { sources[indexes[k]] })[0];
                    return outcomes.Select(o => o!).ToArray();
                }
                outcomes[indexes[0]] = RunOutcome.Failed("the emitted C# does not compile");
                return outcomes.Select(o => o!).ToArray();
            }
            // Not collectible: code in a collectible load context runs about twenty times slower
            // here (the runtime's caches keyed by the script's types), which costs more than the
            // memory; tools/fuzz.sh runs a long range as several processes instead.
            assembly = Assembly.Load(image);
        }

        long beforeRun = clock.ElapsedMilliseconds;
        foreach (int i in indexes)
            outcomes[i] = RunOne(assembly!, i);
        if (Environment.GetEnvironmentVariable("GILGEN_FUZZ_TIMING") is not null)
            Console.Error.WriteLine($"batch of {sources.Count}: run {clock.ElapsedMilliseconds - beforeRun} ms");
        return outcomes.Select(o => o!).ToArray();
    }

    private byte[]? CompileCached(List<(string Code, string Path)> files, IReadOnlyList<string> sources)
    {
        // The key covers every source of the batch (and, through ToolBuilds, gilgen's build).
        CacheKey key = CacheKey.For(string.Join("\n\0\n", sources), "fuzz-batch", ScriptCompiler.ToolBuilds);
        if (_cache is not null && _cache.TryGet(key, out byte[]? cached))
            return cached;
        byte[] image;
        try
        {
            image = CSharpAssemblyCompiler.Compile(files, "gilgen-fuzz-" + key.Value.Substring(0, 16));
        }
        catch (EmittedCodeException)
        {
            return null;
        }
        _cache?.Store(key, image);
        return image;
    }

    private RunOutcome RunOne(Assembly assembly, int index)
    {
        ModuleDefinition module;
        try
        {
            Type type = assembly.GetType(ScriptCompiler.ScriptNamespace + "." + ClassName(index), throwOnError: true)!;
            module = (ModuleDefinition)type.GetProperty("ModuleDefinition", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
        }
        catch (Exception e)
        {
            return RunOutcome.Failed("cannot load the module: " + e.Message);
        }

        RunOutcome? outcome = null;
        var stdout = new StringWriter();
        var thread = new Thread(() => outcome = Execute(module, stdout), 16 * 1024 * 1024)
        {
            IsBackground = true, // a hung program must not keep the process alive
            Name = "fuzz program " + index,
        };
        thread.Start();
        if (!thread.Join(TimeLimit))
            return RunOutcome.Failed($"GilGen did not finish within {TimeLimit.TotalSeconds} s; printed so far: {Tail(stdout)}");
        return outcome!;
    }

    private static string Tail(StringWriter writer)
    {
        string text;
        try
        {
            text = writer.ToString();
        }
        catch (Exception)
        {
            text = "(unreadable while the program runs)";
        }
        return text.Length > 400 ? "..." + text[^400..] : text;
    }

    private static RunOutcome Execute(ModuleDefinition module, StringWriter stdout)
    {
        var writer = TextWriter.Synchronized(stdout);
        var interpreter = new GilInterpreter(new GilOptions { Stdout = writer, Stderr = TextWriter.Null });
        try
        {
            interpreter.Run(module);
            return new RunOutcome(stdout.ToString(), null);
        }
        catch (PyException e)
        {
            return new RunOutcome(stdout.ToString(), e.Instance.Type.Name);
        }
        catch (Exception e)
        {
            return new RunOutcome(stdout.ToString(), null, "GilGen threw " + e.GetType().FullName + ": " + e.Message);
        }
    }
}
