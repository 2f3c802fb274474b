using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace GilGen.Package.Tests;

/// <summary>
/// GilGen's analyzers in a real <c>dotnet build</c> of a project that references the package: the
/// unlocked <c>counter++</c> of a thread body is GIL2001 at its (line, column) in Program.cs and an
/// unlocked <c>counter += 1</c> in a [GilModule] snippet is GIL1001 at its position in the snippet;
/// .editorconfig turns GIL2001 into an error or off; the code fix (applied in-process, as the IDE
/// would) gives <c>Interlocked.Increment(ref counter)</c> and the project then builds with
/// <c>-warnaserror</c>. Likewise for GIL2006 (a List filled in Parallel.For → ConcurrentBag),
/// GIL2005 (ContainsKey then the indexer → a lock) and GIL1002 (<c>if key not in cache</c> → <c>with lock:</c>),
/// each through its Fix All.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class AnalyzerConsumerTests(PackedGilGen package)
{
    private const string RacyProgram = """
        using System;
        using System.Threading;

        static class Program
        {
            static int counter;

            static void Work()
            {
                for (int i = 0; i < 100000; i++) counter++;
            }

            static void Main()
            {
                var threads = new Thread[4];
                for (int t = 0; t < threads.Length; t++)
                {
                    threads[t] = new Thread(Work);
                    threads[t].Start();
                }
                foreach (var thread in threads) thread.Join();
                Console.WriteLine(counter);
            }
        }

        """;

    private const string RacyModule = """"
        using GilGen;

        [GilModule("""
            import threading

            counter = 0

            def increment():
                global counter
                for _ in range(1000):
                    counter += 1

            threads = []
            for _ in range(4):
                thread = threading.Thread(target=increment)
                threads.append(thread)
                thread.start()
            for thread in threads:
                thread.join()
            """)]
        public static partial class Race;

        """";

    private const string LockedModule = """"
        using GilGen;

        [GilModule("""
            import threading

            counter = 0
            lock = threading.Lock()

            def increment():
                global counter
                for _ in range(1000):
                    with lock:
                        counter += 1

            threads = []
            for _ in range(4):
                thread = threading.Thread(target=increment)
                threads.append(thread)
                thread.start()
            for thread in threads:
                thread.join()
            """)]
        public static partial class Race;

        """";

    [Fact]
    public async Task Consumer_build_reports_GIL2001_and_GIL1001_honours_editorconfig_and_builds_cleanly_after_the_code_fix()
    {
        var consumer = package.NewConsumer("Threads");
        var program = Path.Combine(consumer, "Program.cs");
        File.WriteAllText(program, RacyProgram);
        File.WriteAllText(Path.Combine(consumer, "Race.cs"), RacyModule);
        var (line, column) = Position(RacyProgram, "counter++");
        var (moduleLine, moduleColumn) = Position(RacyModule, "counter += 1");

        // Warnings by default, at the exact positions.
        var build = Build(consumer);
        Assert.True(build.ExitCode == 0, "dotnet build failed:\n" + build.Output);
        Assert.Contains($"Program.cs({line},{column}): warning GIL2001", build.Output);
        Assert.Contains($"Race.cs({moduleLine},{moduleColumn}): warning GIL1001", build.Output);

        // The in-process analyzer (the one the code fix works from) agrees with the build.
        var inProcess = Assert.Single(await InProcessCodeFix.DiagnoseAsync(program, RacyProgram, "GIL2001"));
        var start = inProcess.Location.GetLineSpan().StartLinePosition;
        Assert.Equal((line, column), (start.Line + 1, start.Character + 1));

        // .editorconfig: error fails the build, none silences it.
        ConsumerProject.WriteEditorConfig(consumer, "dotnet_diagnostic.GIL2001.severity = error");
        var asError = Build(consumer);
        Assert.True(asError.ExitCode != 0, "the build should fail with GIL2001 as an error:\n" + asError.Output);
        Assert.Contains($"Program.cs({line},{column}): error GIL2001", asError.Output);

        ConsumerProject.WriteEditorConfig(consumer, "dotnet_diagnostic.GIL2001.severity = none");
        var silenced = Build(consumer);
        Assert.True(silenced.ExitCode == 0, "dotnet build failed:\n" + silenced.Output);
        Assert.DoesNotContain("GIL2001", silenced.Output);
        Assert.Contains("warning GIL1001", silenced.Output);

        // The code fix, written back; the snippet gets its lock. Nothing left to warn about.
        ConsumerProject.WriteEditorConfig(consumer, "");
        var fixedProgram = await InProcessCodeFix.FixAllAsync(program, RacyProgram, "GIL2001");
        Assert.Contains("Interlocked.Increment(ref counter)", fixedProgram);
        Assert.DoesNotContain("counter++", fixedProgram);
        File.WriteAllText(program, fixedProgram);
        File.WriteAllText(Path.Combine(consumer, "Race.cs"), LockedModule);

        var clean = Build(consumer, "-warnaserror");
        Assert.True(clean.ExitCode == 0, "dotnet build -warnaserror failed after the code fix:\n" + clean.Output + "\n--- Program.cs ---\n" + fixedProgram);
        Assert.DoesNotContain("GIL2001", clean.Output);
        Assert.DoesNotContain("GIL1001", clean.Output);

        var run = DotnetCommand.Run(consumer, "run", "--no-build");
        Assert.True(run.ExitCode == 0, "dotnet run failed:\n" + run.Output);
        Assert.Equal("400000", run.Output.Trim());
    }

    private const string SharedCollectionsProgram = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;

        static class Program
        {
            static readonly Dictionary<int, int> s_squares = new();

            static void Main()
            {
                var evens = new List<int>();
                Parallel.For(0, 1000, i =>
                {
                    if (i % 2 == 0) evens.Add(i);
                    if (!s_squares.ContainsKey(i % 10)) s_squares[i % 10] = (i % 10) * (i % 10);
                });
                Console.WriteLine(evens.Count + " " + evens.Sum() + " " + s_squares.Values.Sum());
            }
        }

        """;

    private const string CacheModule = """"
        using GilGen;

        [GilModule("""
            import threading

            cache = {}

            def compute(key):
                return key * key

            def lookup(key):
                if key not in cache:
                    cache[key] = compute(key)
                return cache[key]

            threads = [threading.Thread(target=lookup, args=(i % 3,)) for i in range(8)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            """)]
        public static partial class Cache;

        """";

    [Fact]
    public async Task Consumer_build_reports_GIL2005_GIL2006_and_GIL1002_and_builds_cleanly_after_their_Fix_All()
    {
        var consumer = package.NewConsumer("SharedState");
        var program = Path.Combine(consumer, "Program.cs");
        var module = Path.Combine(consumer, "Cache.cs");
        File.WriteAllText(program, SharedCollectionsProgram);
        File.WriteAllText(module, CacheModule);
        var (addLine, addColumn) = Position(SharedCollectionsProgram, "evens.Add(i)");
        var (checkLine, checkColumn) = Position(SharedCollectionsProgram, "!s_squares.ContainsKey(i % 10)");
        var (ifLine, ifColumn) = Position(CacheModule, "if key not in cache");

        var build = Build(consumer);
        Assert.True(build.ExitCode == 0, "dotnet build failed:\n" + build.Output);
        Assert.Contains($"Program.cs({addLine},{addColumn}): warning GIL2006", build.Output);
        Assert.Contains($"Program.cs({checkLine},{checkColumn}): warning GIL2005", build.Output);
        var (actLine, actColumn) = Position(SharedCollectionsProgram, "s_squares[i % 10] = ");
        Assert.Contains($"Program.cs({actLine},{actColumn}): warning GIL2006", build.Output);
        Assert.Contains($"Cache.cs({ifLine},{ifColumn}): warning GIL1002", build.Output);
        Assert.DoesNotContain("AD0001", build.Output);

        // Fix All of each rule, in-process as the IDE applies it, written back.
        // GIL2006 changes both collections to concurrent ones (the dictionary's write is the act of a
        // check-then-act, which GIL2006 reports too); GIL2005's fix for a ConcurrentDictionary is GetOrAdd.
        var fixedProgram = await InProcessCodeFix.FixAllInDocumentAsync(program, SharedCollectionsProgram, "GIL2006");
        Assert.Contains("new ConcurrentBag<int>()", fixedProgram);
        Assert.Contains("static readonly ConcurrentDictionary<int, int> s_squares", fixedProgram);
        fixedProgram = await InProcessCodeFix.FixAllInDocumentAsync(program, fixedProgram, "GIL2005");
        Assert.True(fixedProgram.Contains("s_squares.GetOrAdd(i % 10, _ => (i % 10) * (i % 10));"), fixedProgram);
        File.WriteAllText(program, fixedProgram);
        var runtime = Directory.GetFiles(Path.Combine(consumer, "bin"), "GilGen.Runtime.dll", SearchOption.AllDirectories).First();
        var fixedModule = await InProcessCodeFix.FixAllInDocumentAsync(module, CacheModule, "GIL1002", runtime);
        Assert.Contains("with lock:", fixedModule);
        File.WriteAllText(module, fixedModule);

        var clean = Build(consumer, "-warnaserror");
        Assert.True(clean.ExitCode == 0, "dotnet build -warnaserror failed after the fixes:\n" + clean.Output
            + "\n--- Program.cs ---\n" + fixedProgram + "\n--- Cache.cs ---\n" + fixedModule);
        foreach (var id in new[] { "GIL2005", "GIL2006", "GIL1002", "GIL1001", "GIL2001" }) Assert.DoesNotContain(id, clean.Output);

        var run = DotnetCommand.Run(consumer, "run", "--no-build");
        Assert.True(run.ExitCode == 0, "dotnet run failed:\n" + run.Output);
        Assert.Equal("500 249500 285", run.Output.Trim());
    }

    private static (int ExitCode, string Output) Build(string consumer, params string[] extra) =>
        DotnetCommand.Run(consumer, ["build", "-nologo", "-v:q", "--no-incremental", .. extra]);

    /// <summary>The 1-based (line, column) of the only occurrence of <paramref name="text"/>.</summary>
    private static (int Line, int Column) Position(string source, string text)
    {
        var index = source.IndexOf(text, StringComparison.Ordinal);
        Assert.True(index >= 0 && source.IndexOf(text, index + 1, StringComparison.Ordinal) < 0, $"'{text}' must occur exactly once");
        var before = source[..index];
        var line = before.Count(c => c == '\n') + 1;
        return (line, index - (before.LastIndexOf('\n') + 1) + 1);
    }
}
