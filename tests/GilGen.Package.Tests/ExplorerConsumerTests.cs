using System.IO;

namespace GilGen.Package.Tests;

/// <summary>
/// The explorer from a consumer project: a <c>[GilModule]</c> with seed 07's race, reduced, fails
/// <c>GilExplorer.AssertNoFailingSchedule</c> under py39 with the report as the exception's message, its token
/// replays the same output through <c>GilExplorer.Replay</c>, and the locked version passes the assertion.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class ExplorerConsumerTests(PackedGilGen package)
{
    private const string Modules = """"
        using GilGen;

        [GilModule("""
            import threading
            counter = 0
            def increment():
                global counter
                for _ in range(200):
                    counter += 1
            threads = [threading.Thread(target=increment) for _ in range(3)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print("counter:", counter)
            """)]
        public static partial class Race;

        [GilModule("""
            import threading
            counter = 0
            lock = threading.Lock()
            def increment():
                global counter
                for _ in range(200):
                    with lock:
                        counter += 1
            threads = [threading.Thread(target=increment) for _ in range(3)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print("counter:", counter)
            """)]
        public static partial class Locked;

        """";

    private const string Program = """
        using System;
        using GilGen;
        using GilGen.Runtime;

        var options = new ExploreOptions { Profile = RuntimeProfile.Py39, Schedules = 200 };
        try
        {
            GilExplorer.AssertNoFailingSchedule(ExplorableProgram.FromModule(Race.ModuleDefinition), options);
            Console.WriteLine("race: no failing schedule");
        }
        catch (FailingScheduleException e)
        {
            Console.WriteLine("race: " + e.Result.Reason);
            Console.WriteLine(e.Message.Contains("the steps that matter (2 threads, 2 switches") ? "report: two threads, two switches" : "report:\n" + e.Message);
            ExploreResult replay = GilExplorer.Replay(Race.ModuleDefinition, RuntimeProfile.Py39, e.Result.Failing!.Token);
            Console.WriteLine("replay: " + (replay.Failed && replay.Replayed!.Stdout == e.Result.Failing.Stdout ? "same failure" : "differs"));
        }
        ExploreResult locked = GilExplorer.AssertNoFailingSchedule(ExplorableProgram.FromModule(Locked.ModuleDefinition), options);
        Console.WriteLine($"locked: no failing schedule in {locked.SchedulesRun} schedules");
        """;

    [Fact]
    public void Consumer_explores_a_GilModule_and_the_assertion_fails_with_the_report()
    {
        var consumer = package.NewConsumer("ExplorerConsumer");
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), Program);
        File.WriteAllText(Path.Combine(consumer, "Modules.cs"), Modules);

        var build = DotnetCommand.Run(consumer, "build", "-nologo", "-v:q");
        Assert.True(build.ExitCode == 0, "dotnet build failed:\n" + build.Output);
        var run = DotnetCommand.Run(consumer, "run", "--no-build");
        Assert.True(run.ExitCode == 0, "dotnet run failed:\n" + run.Output);
        string output = run.Output.Replace("\r\n", "\n");
        Assert.Contains("race: output differs from the expected output\n", output);
        Assert.Contains("report: two threads, two switches\n", output);
        Assert.Contains("replay: same failure\n", output);
        Assert.Contains("locked: no failing schedule in 200 schedules\n", output);
    }
}
