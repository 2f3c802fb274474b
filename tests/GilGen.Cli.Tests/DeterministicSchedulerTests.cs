using System.Collections.Generic;
using System.IO;
using GilGen.Cli.Compilation;
using GilGen.Runtime;

namespace GilGen.Cli.Tests;

/// <summary>
/// The deterministic scheduler: a run is a pure function of (program, profile, strategy), time is virtual,
/// and a deadlock is reported instead of hanging.
/// </summary>
public sealed class DeterministicSchedulerTests : IClassFixture<TemporaryCache>
{
    private const string RacyCounter =
        "import threading\n" +
        "\n" +
        "counter = 0\n" +
        "\n" +
        "def increment(n):\n" +
        "    global counter\n" +
        "    for _ in range(n):\n" +
        "        counter += 1\n" +
        "    print('done', threading.current_thread().name, counter)\n" +
        "\n" +
        "threads = [threading.Thread(target=increment, args=(300,)) for _ in range(3)]\n" +
        "for t in threads:\n" +
        "    t.start()\n" +
        "for t in threads:\n" +
        "    t.join()\n" +
        "print('counter:', counter)\n";

    private const string OppositeOrderLocks =
        "import threading\n" +
        "\n" +
        "lock_a = threading.Lock()\n" +
        "lock_b = threading.Lock()\n" +
        "\n" +
        "def one():\n" +
        "    with lock_a:\n" +
        "        with lock_b:\n" +
        "            pass\n" +
        "\n" +
        "def two():\n" +
        "    with lock_b:\n" +
        "        with lock_a:\n" +
        "            pass\n" +
        "\n" +
        "t1 = threading.Thread(target=one)\n" +
        "t2 = threading.Thread(target=two)\n" +
        "t1.start()\n" +
        "t2.start()\n" +
        "t1.join()\n" +
        "t2.join()\n" +
        "print('done')\n";

    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public DeterministicSchedulerTests(TemporaryCache cache) => _cache = cache;

    /// <summary>100 runs with one seed: byte-identical output and the same decisions every time.</summary>
    [Fact]
    public void The_same_seed_gives_the_same_output_and_schedule_100_times_out_of_100()
    {
        ModuleDefinition module = Compile("racy_counter.py", RacyCounter);
        ScheduledRunResult first = ScheduledRun.Run(module, RuntimeProfile.Py39, new RandomWalkStrategy(7, 10), 10_000_000);
        Assert.Equal("", first.Stderr);
        Assert.True(first.Trace.Preemptions > 0, "the walk never preempted a thread");
        for (int i = 1; i < 100; i++)
        {
            ScheduledRunResult again = ScheduledRun.Run(module, RuntimeProfile.Py39, new RandomWalkStrategy(7, 10), 10_000_000);
            Assert.Equal(first.Stdout, again.Stdout);
            Assert.Equal(first.Trace.Hash, again.Trace.Hash);
            Assert.Equal(first.Trace.Steps, again.Trace.Steps);
            Assert.Equal(first.Trace.Switches, again.Trace.Switches);
        }
    }

    /// <summary>
    /// Seed 04's 100 threads, started one after another: the same seed gives the same decisions every time,
    /// whether a new thread reaches the scheduler before or after its starter waits for it.
    /// </summary>
    [Fact]
    public void Threads_arriving_early_or_late_give_the_same_schedule()
    {
        ModuleDefinition module = Compile("seed04.py", Example("04_race_100_threads.py"));
        ScheduledRunResult first = ScheduledRun.Run(module, RuntimeProfile.Py39, new PctStrategy(1, 3, 3289), 1_000_000);
        for (int i = 0; i < 20; i++)
        {
            ScheduledRunResult again = ScheduledRun.Run(module, RuntimeProfile.Py39, new PctStrategy(1, 3, 3289), 1_000_000);
            Assert.Equal(first.Stdout, again.Stdout);
            Assert.Equal(first.Trace.Deviations, again.Trace.Deviations);
            Assert.Equal(first.Trace.Hash, again.Trace.Hash);
        }
    }

    /// <summary>Different seeds explore different interleavings (and here print different results).</summary>
    [Fact]
    public void Different_seeds_give_different_interleavings()
    {
        ModuleDefinition module = Compile("racy_counter.py", RacyCounter);
        var schedules = new HashSet<ulong>();
        var outputs = new HashSet<string>();
        for (int seed = 1; seed <= 20; seed++)
        {
            ScheduledRunResult run = ScheduledRun.Run(module, RuntimeProfile.Py39, new RandomWalkStrategy(seed, 10), 10_000_000);
            schedules.Add(run.Trace.Hash);
            outputs.Add(run.Stdout);
        }
        Assert.True(schedules.Count > 10, $"only {schedules.Count} distinct schedules from 20 seeds");
        Assert.True(outputs.Count > 1, "every seed printed the same output");
    }

    /// <summary>Any run written as its deviations from the non-preemptive schedule (a ds- token) replays exactly.</summary>
    [Fact]
    public void A_schedule_written_as_its_deviations_replays_exactly()
    {
        ModuleDefinition module = Compile("racy_counter.py", RacyCounter);
        for (int seed = 1; seed <= 5; seed++)
        {
            ScheduledRunResult pct = ScheduledRun.Run(module, RuntimeProfile.Py39, new PctStrategy(seed, 3, 3000), 10_000_000);
            Assert.True(ScheduleToken.TryParse(new ScriptedStrategy(pct.Trace.Deviations).Token, out IScheduleStrategy? scripted));
            ScheduledRunResult again = ScheduledRun.Run(module, RuntimeProfile.Py39, scripted!, 10_000_000);
            Assert.Equal(pct.Stdout, again.Stdout);
            Assert.Equal(pct.Trace.Hash, again.Trace.Hash);
        }
    }

    /// <summary>The explorer shrinks a lost update to a few preemptions, and its token replays the same output.</summary>
    [Fact]
    public void A_failing_schedule_is_shrunk_to_the_fewest_preemptions()
    {
        ModuleDefinition module = Compile("racy_counter.py", RacyCounter);
        ExploreResult result = GilExplorer.Explore(module, new ExploreOptions { Profile = RuntimeProfile.Py39, Schedules = 200 });
        Assert.True(result.Failed, "no lost update found");
        ScheduledRunResult found = result.Unshrunk ?? result.Failing!;
        Assert.True(result.Failing!.Trace.Deviations.Count <= found.Trace.Deviations.Count);
        Assert.True(result.Failing.Trace.Preemptions <= 3, $"{result.Failing.Trace.Preemptions} preemptions after shrinking");
        ExploreResult replay = GilExplorer.Replay(module, RuntimeProfile.Py39, result.Failing.Token);
        Assert.True(replay.Failed);
        Assert.Equal(result.Failing.Stdout, replay.Replayed!.Stdout);
    }

    /// <summary>
    /// Seed 07 reduced (4 threads x 2,000 increments) under py39: the failing schedule is shrunk, and its report
    /// shows the lost update as two threads and two switches (the stale read, the other thread's write, the
    /// stale write); the token replays to the same failure.
    /// </summary>
    [Fact]
    public void The_lost_update_of_seed_07_is_shrunk_to_two_threads_and_two_switches()
    {
        ModuleDefinition module = Compile("seed07_reduced.py", File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Examples", "07_race_counter.py"))
            .Replace("range(100000)", "range(2000)").Replace("range(10)", "range(4)"));
        ExploreResult result = GilExplorer.Explore(module, new ExploreOptions { Profile = RuntimeProfile.Py39, Schedules = 100 });
        Assert.True(result.Failed, "no lost update found");
        CriticalInterleaving? core = CriticalInterleaving.Find(result.Failing!);
        Assert.NotNull(core);
        Assert.Equal("counter", core!.Variable);
        Assert.Equal(2, core.Threads.Count);
        Assert.Equal(2, core.SwitchCount);
        Assert.Equal(core.Parts[0].Thread, core.Parts[2].Thread);
        Assert.Matches(@"LOAD_GLOBAL counter → \d+", core.Parts[0].Steps[0]);
        Assert.Matches(@"STORE_GLOBAL counter ← \d+$", core.Parts[1].Steps[^1]);
        Assert.Matches(@"STORE_GLOBAL counter ← \d+$", core.Parts[2].Steps[^1]);
        string report = ScheduleReport.Format(result, "seed07_reduced.py", RuntimeProfile.Py39);
        Assert.Contains("the steps that matter (2 threads, 2 switches;", report);

        ExploreResult replay = GilExplorer.Replay(module, RuntimeProfile.Py39, result.Failing!.Token);
        Assert.True(replay.Failed);
        Assert.Equal(result.Failing.Stdout, replay.Replayed!.Stdout);
        Assert.Equal(result.Failing.Trace.Hash, replay.Replayed.Trace.Hash);
        Assert.Equal(2, CriticalInterleaving.Find(replay.Failing!)!.SwitchCount);
    }

    /// <summary>
    /// Seeds 06 and 08 reduced (20 threads; 3 threads x 300 iterations), each under 300 PCT schedules of
    /// <c>py39</c>: the lock keeps the count exact in every one.
    /// </summary>
    [Fact]
    public void The_locked_seeds_reduced_never_fail_in_300_schedules()
    {
        ModuleDefinition seed06 = Compile("seed06_reduced.py", Example("06_lock_100_threads.py").Replace("range(100)", "range(20)"));
        ModuleDefinition seed08 = Compile("seed08_reduced.py", Example("08_lock_counter.py").Replace("range(100000)", "range(300)").Replace("range(10)", "range(3)"));
        foreach (ModuleDefinition module in new[] { seed06, seed08 })
        {
            ExploreResult result = GilExplorer.Explore(module, new ExploreOptions { Profile = RuntimeProfile.Py39, Schedules = 300 });
            Assert.False(result.Failed, result.Reason);
            Assert.Equal(300, result.SchedulesRun);
        }
    }

    /// <summary>
    /// Releasing a lock is a decision point only when one of that lock's waiters could be chosen over the
    /// running thread: a thread that takes and releases the lock 2,000 times while the main thread (of any
    /// priority) waits in join makes a handful of choices, not one per release, and the schedule replays exactly.
    /// </summary>
    [Fact]
    public void A_lock_release_is_a_decision_only_when_one_of_its_waiters_could_run_instead()
    {
        ModuleDefinition module = Compile("seed08_small.py", Example("08_lock_counter.py").Replace("range(100000)", "range(2000)").Replace("range(10)", "range(3)"));
        long contended = 0;
        for (int seed = 1; seed <= 30; seed++)
        {
            ScheduledRunResult run = ScheduledRun.Run(module, RuntimeProfile.Py39, new PctStrategy(seed, 3, 48_000), 10_000_000);
            Assert.Equal("Final counter value: 6000\n", run.Stdout);
            Assert.True(run.Trace.Choices < 100, $"seed {seed}: {run.Trace.Choices} choices");
            contended += run.Trace.Preemptions;
            Assert.True(ScheduleToken.TryParse(new ScriptedStrategy(run.Trace.Deviations).Token, out IScheduleStrategy? scripted));
            ScheduledRunResult again = ScheduledRun.Run(module, RuntimeProfile.Py39, scripted!, 10_000_000);
            Assert.Equal(run.Trace.Hash, again.Trace.Hash);
            Assert.Equal(run.Trace.Steps, again.Trace.Steps);
        }
        Assert.True(contended > 0, "no schedule preempted a thread");
    }

    /// <summary>
    /// The OS threads of a schedule are reused by the next: threads alive at the same time (all six wait for the
    /// gate) still have distinct idents, and the same schedule prints the same output every time.
    /// </summary>
    [Fact]
    public void Threads_of_a_schedule_on_reused_os_threads_have_distinct_idents_and_the_same_output()
    {
        ModuleDefinition module = Compile("idents.py",
            "import threading\n" +
            "gate = threading.Lock()\n" +
            "idents = []\n" +
            "def worker(i):\n" +
            "    with gate:\n" +
            "        idents.append(threading.get_ident())\n" +
            "    print('worker', i, threading.current_thread().name)\n" +
            "threads = [threading.Thread(target=worker, args=(i,)) for i in range(6)]\n" +
            "gate.acquire()\n" +
            "for t in threads:\n" +
            "    t.start()\n" +
            "gate.release()\n" +
            "for t in threads:\n" +
            "    t.join()\n" +
            "print('distinct idents:', len(set(idents)), 'main among them:', threading.get_ident() in idents)\n");
        ScheduledRunResult first = ScheduledRun.Run(module, RuntimeProfile.Py39, new PctStrategy(5, 3, 2000), 1_000_000);
        Assert.Equal("", first.Stderr);
        Assert.EndsWith("distinct idents: 6 main among them: False\n", first.Stdout);
        for (int i = 0; i < 20; i++)
        {
            ScheduledRunResult again = ScheduledRun.Run(module, RuntimeProfile.Py39, new PctStrategy(5, 3, 2000), 1_000_000);
            Assert.Equal(first.Stdout, again.Stdout);
            Assert.Equal(first.Trace.Hash, again.Trace.Hash);
        }
    }

    /// <summary>A module explored with arguments sees them in <c>sys.argv</c> in every schedule and in the replay of its failure.</summary>
    [Fact]
    public void A_programs_arguments_reach_sys_argv_in_every_schedule_and_in_the_replay()
    {
        ModuleDefinition module = Compile("argv_counter.py", RacyCounter
            .Replace("import threading\n", "import sys\nimport threading\n")
            .Replace("args=(300,)", "args=(int(sys.argv[1]),)")
            .Replace("print('counter:', counter)", "print(sys.argv[1:], 'counter:', counter)"));
        ExplorableProgram program = ExplorableProgram.FromModule(module, "200", "extra");
        Assert.Equal(new[] { module.Name, "200", "extra" }, program.Argv);

        ExploreResult result = GilExplorer.Explore(program, new ExploreOptions { Profile = RuntimeProfile.Py39, Schedules = 50 });
        Assert.EndsWith("['200', 'extra'] counter: 600\n", result.Reference.Stdout);
        Assert.True(result.Failed, "no lost update found");
        Assert.Matches(@"\['200', 'extra'\] counter: \d+\n$", result.Failing!.Stdout);

        ExploreResult replay = GilExplorer.Replay(program, RuntimeProfile.Py39, result.Failing.Token);
        Assert.Equal(result.Failing.Stdout, replay.Replayed!.Stdout);
    }

    /// <summary>
    /// From C#: a delegate that calls a generated function is explored like a script, the assertion helper
    /// fails with the report, and the token it names replays the same run.
    /// </summary>
    [Fact]
    public void A_csharp_delegate_calling_generated_code_is_explored_and_the_assertion_carries_the_report()
    {
        ModuleDefinition library = Compile("racy_library.py",
            "import threading\n" +
            "counter = 0\n" +
            "def bump():\n" +
            "    global counter\n" +
            "    for _ in range(200):\n" +
            "        counter += 1\n" +
            "def main():\n" +
            "    threads = [threading.Thread(target=bump) for _ in range(2)]\n" +
            "    for t in threads:\n" +
            "        t.start()\n" +
            "    for t in threads:\n" +
            "        t.join()\n" +
            "    print('counter:', counter)\n");
        ExplorableProgram program = ExplorableProgram.FromDelegate(ts =>
        {
            PyModule module = ts.Interp.Run(library, "racy_library");
            PyValue main = module.GetGlobal("main");
            try
            {
                Ops.Call(ts, main, System.ReadOnlySpan<PyValue>.Empty, null).DecRef();
            }
            finally
            {
                main.DecRef();
            }
        });

        var failure = Assert.Throws<FailingScheduleException>(() =>
            GilExplorer.AssertNoFailingSchedule(program, new ExploreOptions { Profile = RuntimeProfile.Py39, Schedules = 300 }));
        Assert.Contains("output differs from the expected output", failure.Message);
        Assert.Contains("  | counter: 400\n", failure.Message);
        Assert.Contains("replay: GilExplorer.Replay(program, RuntimeProfile.Py39, \"" + failure.Result.Failing!.Token + "\")", failure.Message);

        ExploreResult replay = GilExplorer.Replay(program, RuntimeProfile.Py39, failure.Result.Failing.Token);
        Assert.True(replay.Failed);
        Assert.Equal(failure.Result.Failing.Stdout, replay.Replayed!.Stdout);

        // Under modern the loop never loses an update: the assertion passes.
        ExploreResult modern = GilExplorer.AssertNoFailingSchedule(program, new ExploreOptions { Schedules = 30 });
        Assert.Equal("counter: 400\n", modern.Expected);
    }

    /// <summary>sleep(10) and sleep(5) in two threads: virtual time, so the run reads 10 s and takes none of it.</summary>
    [Fact]
    public void Sleeps_and_timeouts_pass_in_virtual_time()
    {
        ModuleDefinition module = Compile("sleepers.py",
            "import threading, time\n" +
            "t0 = time.monotonic()\n" +
            "def sleeper(n):\n" +
            "    time.sleep(n)\n" +
            "    print('slept', n, time.monotonic() - t0)\n" +
            "threads = [threading.Thread(target=sleeper, args=(n,)) for n in (10, 5)]\n" +
            "for t in threads:\n" +
            "    t.start()\n" +
            "for t in threads:\n" +
            "    t.join()\n" +
            "held = threading.Lock()\n" +
            "held.acquire()\n" +
            "t1 = time.monotonic()\n" +
            "print('acquire with timeout:', held.acquire(timeout=2.5), round(time.monotonic() - t1, 3))\n" +
            "event = threading.Event()\n" +
            "t2 = time.monotonic()\n" +
            "print('event wait:', event.wait(7), round(time.monotonic() - t2, 3))\n");
        ScheduledRunResult run = ScheduledRun.Run(module, RuntimeProfile.Modern, new NonPreemptiveStrategy(), 1_000_000);
        string[] lines = run.Stdout.Split('\n');
        Assert.Equal("", run.Stderr);
        Assert.StartsWith("slept 5 5.0", lines[0]);
        Assert.StartsWith("slept 10 10.0", lines[1]);
        Assert.Equal("acquire with timeout: False 2.5", lines[2]);
        Assert.Equal("event wait: False 7.0", lines[3]);
    }

    /// <summary>queue.Queue, Condition and Event (threading.py over _thread locks) run deterministically too.</summary>
    [Fact]
    public void Producer_and_consumer_over_queue_Queue_finish_the_same_way_every_time()
    {
        ModuleDefinition module = Compile("queue_pipeline.py",
            "import threading, queue\n" +
            "q = queue.Queue(maxsize=2)\n" +
            "done = threading.Event()\n" +
            "def producer():\n" +
            "    for i in range(20):\n" +
            "        q.put(i)\n" +
            "    q.put(None)\n" +
            "def consumer():\n" +
            "    total = 0\n" +
            "    while (item := q.get()) is not None:\n" +
            "        total += item\n" +
            "    print('total', total)\n" +
            "    done.set()\n" +
            "threading.Thread(target=consumer).start()\n" +
            "threading.Thread(target=producer).start()\n" +
            "print('finished:', done.wait())\n");
        for (int seed = 1; seed <= 10; seed++)
        {
            ScheduledRunResult run = ScheduledRun.Run(module, RuntimeProfile.Py39, new RandomWalkStrategy(seed, 3), 10_000_000);
            Assert.Null(run.Aborted);
            Assert.Equal("", run.Stderr);
            Assert.Equal("total 190\nfinished: True\n", run.Stdout);
        }
    }

    /// <summary>Two locks taken in opposite orders: a deadlock report naming both threads, their lines and both locks.</summary>
    [Fact]
    public void Opposite_order_locks_are_reported_as_a_deadlock_with_both_threads_lines_and_locks()
    {
        ModuleDefinition module = Compile("opposite_locks.py", OppositeOrderLocks);
        ExploreResult result = GilExplorer.Explore(module, new ExploreOptions { Profile = RuntimeProfile.Py39, Schedules = 2000 });
        Assert.True(result.Failed, "no schedule deadlocked");
        Assert.True(result.Failing!.Deadlocked, result.Reason);
        string report = result.Failing.Aborted!;
        // Each thread at the line of the call that blocks, not of its last switch point.
        Assert.Contains("T1 (Thread-1 (one)) waits for Lock `lock_b`, held by T2 (Thread-2 (two)), at one, line 8: with lock_b:\n", report);
        Assert.Contains("T2 (Thread-2 (two)) waits for Lock `lock_a`, held by T1 (Thread-1 (one)), at two, line 13: with lock_a:\n", report);
        Assert.Contains("T0 (MainThread) waits for the end of Thread-1 (one) (join), held by T1 (Thread-1 (one)), at <module>, line 20: t1.join()\n", report);
        Assert.Contains("cycle: T1 waits for Lock `lock_b` held by T2, which waits for Lock `lock_a` held by T1\n", report);

        // The interleaving says where each thread blocked (the `with`, after its last checkpoint), and a thread's
        // first step is its entry checkpoint, before its first instruction, which is then shown once.
        string interleaving = ScheduleReport.Format(result, "opposite_locks.py", RuntimeProfile.Py39);
        // (The thread that blocks last closes the cycle: no switch follows it.)
        Assert.Matches(@"\n  step \d+ +(T1 \(Thread-1 \(one\)\) waits for Lock `lock_b` at one, line 8: with lock_b:|T2 \(Thread-2 \(two\)\) waits for Lock `lock_a` at two, line 13: with lock_a:)\n", interleaving);
        Assert.Matches(@"switch -> T\d \(Thread-\d \((one|two)\)\): (one|two):\d+ \(entry\)", interleaving);
        Assert.DoesNotMatch(@"(?<step>(one|two):\d+ [A-Z_]+[^·\n]*) · \k<step> ·", interleaving);
        Assert.DoesNotContain("blocked or ended", interleaving);

        // The replay token gives the same deadlock again.
        ExploreResult replay = GilExplorer.Replay(module, RuntimeProfile.Py39, result.Failing.Token);
        Assert.True(replay.Failing?.Deadlocked, "the replay did not deadlock");
        Assert.Equal(report, replay.Failing!.Aborted);
    }

    /// <summary>multiprocessing's locks block as threading's do under the scheduler: a deadlock is reported, not a hang.</summary>
    [Fact]
    public void Opposite_order_process_locks_are_reported_as_a_deadlock()
    {
        ModuleDefinition module = Compile("process_locks.py", OppositeOrderLocks.Replace("import threading\n", "import threading\nimport multiprocessing\n", System.StringComparison.Ordinal)
            .Replace("threading.Lock()", "multiprocessing.Lock()", System.StringComparison.Ordinal));
        // A random walk: importing multiprocessing makes the run long, and PCT's few change points rarely land
        // inside the threads' short bodies.
        ExploreResult result = GilExplorer.Explore(module, new ExploreOptions { Profile = RuntimeProfile.Py39, Strategy = ExploreStrategy.Random, Schedules = 2000 });
        Assert.True(result.Failed, "no schedule deadlocked");
        Assert.True(result.Failing!.Deadlocked, result.Reason);
        string report = result.Failing.Aborted!;
        Assert.Contains("waits for Lock `lock_b`, held by T2 (Thread-2 (two))", report);
        Assert.Contains("waits for Lock `lock_a`, held by T1 (Thread-1 (one))", report);
    }

    /// <summary>
    /// Threads sharing a bounded multiprocessing.Queue and Semaphore under the scheduler: their waits are blocked
    /// states the scheduler wakes, so every seed ends with every item passed, none hangs or is aborted. (Not the
    /// same schedule twice in one test process: importing multiprocessing, even with threading's objects only,
    /// makes the in-process runs of one seed differ, a known gap.)
    /// </summary>
    [Fact]
    public void Threads_blocking_on_a_process_queue_and_semaphore_run_under_the_scheduler()
    {
        ModuleDefinition module = Compile("process_queue.py",
            "import threading\n" +
            "import multiprocessing as mp\n" +
            "q = mp.Queue(1)\n" +
            "sem = mp.Semaphore(0)\n" +
            "got = []\n" +
            "def produce():\n" +
            "    for i in range(5):\n" +
            "        q.put(i)\n" +
            "    sem.release()\n" +
            "def consume():\n" +
            "    for _ in range(5):\n" +
            "        got.append(q.get())\n" +
            "    sem.release()\n" +
            "ts = [threading.Thread(target=produce), threading.Thread(target=consume)]\n" +
            "for t in ts:\n" +
            "    t.start()\n" +
            "sem.acquire()\n" +
            "sem.acquire()\n" +
            "for t in ts:\n" +
            "    t.join()\n" +
            "print(got, q.empty())\n");
        for (int seed = 1; seed <= 5; seed++)
        {
            ScheduledRunResult run = ScheduledRun.Run(module, RuntimeProfile.Modern, new RandomWalkStrategy(seed, 10), 10_000_000);
            Assert.Null(run.Aborted);
            Assert.Equal("", run.Stderr);
            Assert.Equal("[0, 1, 2, 3, 4] True\n", run.Stdout);
            Assert.True(run.Trace.Preemptions > 0, "the walk never preempted a thread");
        }
    }

    /// <summary>A daemon thread still running when the program ends is frozen: the run ends the same way every time.</summary>
    [Fact]
    public void A_daemon_thread_left_running_is_frozen_when_the_program_ends()
    {
        ModuleDefinition module = Compile("daemon.py",
            "import threading\n" +
            "def spin():\n" +
            "    n = 0\n" +
            "    while True:\n" +
            "        n += 1\n" +
            "threading.Thread(target=spin, daemon=True).start()\n" +
            "print('main done')\n");
        ScheduledRunResult first = ScheduledRun.Run(module, RuntimeProfile.Modern, new RandomWalkStrategy(3, 10), 1_000_000);
        ScheduledRunResult second = ScheduledRun.Run(module, RuntimeProfile.Modern, new RandomWalkStrategy(3, 10), 1_000_000);
        Assert.Null(first.Aborted);
        Assert.Equal("main done\n", first.Stdout);
        Assert.Equal(first.Trace.Steps, second.Trace.Steps);
        Assert.Equal(first.Trace.Hash, second.Trace.Hash);
    }

    /// <summary>A thread that never stops (a livelock) fails the step bound instead of hanging.</summary>
    [Fact]
    public void A_run_past_the_step_bound_is_aborted()
    {
        ModuleDefinition module = Compile("spin.py",
            "import threading\n" +
            "stop = False\n" +
            "def spin():\n" +
            "    while not stop:\n" +
            "        pass\n" +
            "threading.Thread(target=spin).start()\n");
        ScheduledRunResult run = ScheduledRun.Run(module, RuntimeProfile.Modern, new NonPreemptiveStrategy(), 10_000);
        Assert.NotNull(run.Aborted);
        Assert.Contains("step bound exceeded", run.Aborted);
        Assert.False(run.Deadlocked);
    }

    private static string Example(string name) => File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Examples", name));

    private ModuleDefinition Compile(string name, string source)
    {
        var compiler = new ScriptCompiler(_cache.Cache);
        ScriptBuildResult build = compiler.Build(Path.Combine(_cache.Directory, name), source);
        Assert.True(build.Success, string.Join("\n", build.Diagnostics));
        return build.Script!.Load();
    }
}
