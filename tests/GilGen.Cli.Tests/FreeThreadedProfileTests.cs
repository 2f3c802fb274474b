using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Xml.Linq;

namespace GilGen.Cli.Tests;

/// <summary>
/// <c>--profile free-threaded</c> (CPython 3.13t): no GIL, so the unlocked counter of example 07 loses updates
/// while containers stay whole, reference counts stay right (the test projects run with checked counts in CI)
/// and the threading primitives keep working. Every assertion is on final states and counts, never on timing.
/// Free-threaded runs are processes of their own (<see cref="GilgenProcess"/>): the mode is fixed when the
/// runtime starts, and this test process relies on a GIL.
/// </summary>
public sealed class FreeThreadedProfileTests : IClassFixture<TemporaryCache>
{
    private const long Expected = 1_000_000;
    private const string Prefix = "Final counter value: ";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly TemporaryCache _cache;

    /// <summary>Receives the class's cache.</summary>
    public FreeThreadedProfileTests(TemporaryCache cache) => _cache = cache;

    /// <summary>
    /// Ten threads run <c>counter += 1</c> at once with nothing between the load and the store: updates are
    /// lost (GilGen printed 547880..595069 on this 2-core machine; every run lost some). A run on one free core
    /// only loses at the operating system's preemptions, so up to three runs are made and one must lose.
    /// </summary>
    [Fact]
    public void Unlocked_counter_loses_updates()
    {
        var finals = new List<long>();
        for (int run = 0; run < 3 && (finals.Count == 0 || finals[^1] == Expected); run++)
        {
            CliResult result = RunFreeThreaded("run", "--profile", "free-threaded", Examples.Script("07_race_counter"));
            Assert.Equal(0, result.ExitCode);
            Assert.Equal("", result.Stderr);
            finals.Add(FinalCounter(result.Stdout));
        }

        Assert.All(finals, final => Assert.InRange(final, 1, Expected));
        Assert.True(finals[^1] < Expected, "no update lost in " + finals.Count + " runs: " + string.Join(", ", finals));
    }

    /// <summary>With threading.Lock around the increment nothing is lost, GIL or not (example 08).</summary>
    [Fact]
    public void Locked_counter_is_exact()
    {
        CliResult result = RunFreeThreaded("run", "--profile", "free-threaded", Examples.Script("08_lock_counter"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.Equal(Expected, FinalCounter(result.Stdout));
    }

    /// <summary>
    /// 1,000,000 <c>list.append</c>s, dict stores and set adds from 8 threads at once leave exactly 1,000,000
    /// items in each, as 3.13t's per-object locks guarantee; pops and deletes from several threads keep the
    /// counts exact too, and no reference count goes wrong.
    /// </summary>
    [Fact]
    public void Concurrent_container_updates_from_eight_threads_are_all_kept()
    {
        string script = _cache.WriteScript("ft_containers.py", """
            import threading
            items = []
            table = {}
            seen = set()
            def fill(k):
                base = k * 125000
                for i in range(base, base + 125000):
                    items.append(i)
                    table[i] = str(i)
                    seen.add(i)
            threads = [threading.Thread(target=fill, args=(k,)) for k in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print(len(items), len(table), len(seen))
            print(sorted(items) == list(range(1000000)), sum(table) == sum(range(1000000)), min(seen), max(seen))
            popped = []
            def drain(k):
                mine = 0
                for i in range(k, 1000000, 8):
                    items.pop()
                    del table[i]
                    seen.discard(i)
                    mine += 1
                popped.append(mine)
            threads = [threading.Thread(target=drain, args=(k,)) for k in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print(len(items), len(table), len(seen), sum(popped))
            """);
        CliResult result = RunFreeThreaded("run", "--profile", "free-threaded", script);

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("1000000 1000000 1000000\nTrue True 0 999999\n0 0 0 1000000\n", result.Stdout);
    }

    /// <summary>
    /// bytearray and array.array appends from eight threads are all kept, a deque iterated while it grows gives
    /// CPython's RuntimeError and nothing worse, and a closure cell that eight threads replace and read never
    /// hands out a released value (with checked reference counts, a use after release is an error). Before
    /// these took their object's lock, the appends lost items and the cell's strings were used after release.
    /// </summary>
    [Fact]
    public void Bytearrays_arrays_deques_and_closure_cells_stay_consistent()
    {
        string script = _cache.WriteScript("ft_more_containers.py", """
            import array
            import threading
            from collections import deque
            data = bytearray()
            numbers = array.array('i')
            queue = deque()
            def make():
                value = "start"
                def bump(k):
                    nonlocal value
                    total = 0
                    for i in range(50000):
                        value = "t%d-%d" % (k, i)
                        total += len(value)
                    return total
                return bump, lambda: value
            bump, read = make()
            results = []
            def fill(k):
                for i in range(50000):
                    data.append(k)
                    numbers.append(i)
                    queue.append(i)
                results.append(bump(k) > 0)
            mutated = []
            def walk():
                for _ in range(50):
                    try:
                        for _ in queue:
                            pass
                    except RuntimeError as e:
                        mutated.append(str(e))
                    for _ in data:
                        pass
                    for _ in numbers:
                        pass
            threads = [threading.Thread(target=fill, args=(k,)) for k in range(8)] + [threading.Thread(target=walk)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print(len(data), len(numbers), len(queue), sorted(set(data)), sum(numbers) == 8 * sum(range(50000)))
            print(results, read().startswith("t"), set(mutated) <= {"deque mutated during iteration"})
            """);
        CliResult result = RunFreeThreaded("run", "--profile", "free-threaded", "--checked-refcounts", script);

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("400000 400000 400000 [0, 1, 2, 3, 4, 5, 6, 7] True\n[True, True, True, True, True, True, True, True] True True\n", result.Stdout);
    }

    /// <summary>
    /// A module's globals written and read as its attributes (<c>module.x</c>, setattr, getattr) and an instance
    /// attribute written through its <c>__dict__</c> while other threads read it, by eight threads: with checked
    /// reference counts, no value is used after release nor released twice (before, 3 runs of 3 failed so).
    /// </summary>
    [Fact]
    public void Module_attributes_and_instance_dicts_stay_consistent()
    {
        string script = _cache.WriteScript("ft_module_attributes.py", """
            import sys
            import threading
            me = sys.modules[__name__]
            class Box:
                pass
            box = Box()
            box.v = "start"
            attributes = box.__dict__
            value = "start"
            def work(k):
                total = 0
                for i in range(40000):
                    text = "t%d-%d" % (k, i)
                    if k % 2:
                        me.value = text
                        attributes["v"] = text
                    else:
                        setattr(me, "value", text)
                        box.v = text
                    total += len(me.value) + len(box.v) + len(getattr(me, "value"))
                return total > 0
            results = []
            threads = [threading.Thread(target=lambda k=k: results.append(work(k))) for k in range(8)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print(results, me.value.startswith("t"), box.v.startswith("t"))
            """);
        CliResult result = RunFreeThreaded("run", "--profile", "free-threaded", "--checked-refcounts", script);

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("[True, True, True, True, True, True, True, True] True True\n", result.Stdout);
    }

    /// <summary>Shared strings and lists stored and read through globals, attributes and containers by four threads at once: nothing is released while in use.</summary>
    [Fact]
    public void Heap_values_shared_through_globals_attributes_and_containers_stay_alive()
    {
        string script = _cache.WriteScript("ft_shared_values.py", """
            import threading
            class Box:
                pass
            box = Box()
            box.value = "start"
            latest = ["start"]
            names = {}
            def work(k):
                global latest
                total = 0
                for i in range(30000):
                    text = "t%d-%d" % (k, i)
                    box.value = text
                    latest = [text]
                    names[i % 100] = text
                    total += len(box.value) + len(latest[0]) + len(names.get(i % 100, ""))
                return total
            results = []
            def run(k):
                results.append(work(k) > 0)
            threads = [threading.Thread(target=run, args=(k,)) for k in range(4)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print(results, len(names), box.value.startswith("t"), latest[0].startswith("t"))
            """);
        CliResult result = RunFreeThreaded("run", "--profile", "free-threaded", script);

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("[True, True, True, True] 100 True True\n", result.Stdout);
    }

    /// <summary>
    /// A class's attributes are looked up from four threads at once while one of them keeps setting a class
    /// attribute: every lookup finds its value and the last write is what stays. A class's lookup cache was
    /// once filled in place, so two threads filling it at once corrupted it (a .NET exception in a thread,
    /// which left <c>queue.Queue</c>'s lock held and hung <see cref="Threading_primitives_work_without_a_gil"/>).
    /// </summary>
    [Fact]
    public void Class_attribute_lookups_from_several_threads_stay_consistent()
    {
        string script = _cache.WriteScript("ft_class_lookups.py", """
            import threading
            names = ["a%d" % i for i in range(300)]
            class C:
                pass
            for i, n in enumerate(names):
                setattr(C, n, i)
            wrong = []
            def reader(k):
                for r in range(40):
                    for i, n in enumerate(names):
                        if getattr(C, n) != i:
                            wrong.append(n)
                    if k == 0:
                        C.bump = r
            ts = [threading.Thread(target=reader, args=(k,)) for k in range(4)]
            for t in ts:
                t.start()
            for t in ts:
                t.join()
            print(wrong, C.bump, [t.is_alive() for t in ts])
            """);
        CliResult result = RunFreeThreaded("run", "--profile", "free-threaded", script);

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("[] 39 [False, False, False, False]\n", result.Stdout);
    }

    /// <summary>Lock, RLock, Condition, Event, Semaphore, Barrier, queue.Queue and join work with no GIL behind them.</summary>
    [Fact]
    public void Threading_primitives_work_without_a_gil()
    {
        string script = _cache.WriteScript("ft_primitives.py", """
            import threading, queue
            q = queue.Queue(maxsize=50)
            results = queue.Queue()
            def producer(k):
                for i in range(5000):
                    q.put(k * 5000 + i)
            def consumer():
                total = 0
                while True:
                    v = q.get()
                    if v is None:
                        q.task_done()
                        break
                    total += v
                    q.task_done()
                results.put(total)
            producers = [threading.Thread(target=producer, args=(k,)) for k in range(4)]
            consumers = [threading.Thread(target=consumer) for _ in range(3)]
            for t in producers + consumers:
                t.start()
            for t in producers:
                t.join()
            for _ in consumers:
                q.put(None)
            q.join()
            for t in consumers:
                t.join()
            print("queue", sum(results.get() for _ in consumers) == sum(range(20000)))

            cond = threading.Condition()
            ready = []
            def waiter():
                with cond:
                    cond.wait_for(lambda: ready.count(1) == 4)
                    ready.append("seen")
            def maker():
                with cond:
                    ready.append(1)
                    cond.notify_all()
            ws = [threading.Thread(target=waiter) for _ in range(3)]
            ms = [threading.Thread(target=maker) for _ in range(4)]
            for t in ws + ms:
                t.start()
            for t in ws + ms:
                t.join()
            print("condition", ready.count("seen"), ready.count(1))

            go = threading.Event()
            started = threading.Semaphore(0)
            counts = [0] * 4
            rlock = threading.RLock()
            barrier = threading.Barrier(4)
            def worker(k):
                started.release()
                go.wait()
                barrier.wait()
                for _ in range(20000):
                    with rlock:
                        with rlock:
                            counts[k] += 1
            ts = [threading.Thread(target=worker, args=(k,)) for k in range(4)]
            for t in ts:
                t.start()
            for _ in ts:
                started.acquire()
            go.set()
            for t in ts:
                t.join()
            print("event", counts, [t.is_alive() for t in ts])
            """);
        CliResult result = RunFreeThreaded("run", "--profile", "free-threaded", script);

        Assert.Equal("", result.Stderr);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("queue True\ncondition 3 4\nevent [20000, 20000, 20000, 20000] [False, False, False, False]\n", result.Stdout);
    }

    /// <summary>
    /// The conformance programs of tests/Conformance/programs/freethreaded print what CPython 3.12 printed
    /// under every profile, the free-threaded one included (the corpus itself runs them under modern).
    /// </summary>
    [Theory]
    [InlineData("free-threaded")]
    [InlineData("py39")]
    [InlineData("py27")]
    public void The_free_threaded_corpus_prints_the_same_under_every_profile(string profile)
    {
        string folder = Path.Combine(System.AppContext.BaseDirectory, "FreeThreadedCorpus");
        string[] programs = Directory.GetFiles(folder, "*.py").OrderBy(p => p, System.StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(programs);
        foreach (string program in programs)
        {
            CliResult result = profile == "free-threaded" ? RunFreeThreaded("run", "--profile", profile, program) : _cache.Run("run", "--profile", profile, program);
            Assert.Equal("", result.Stderr);
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(File.ReadAllText(Path.ChangeExtension(program, ".out")), result.Stdout);
        }
    }

    /// <summary><c>sys._is_gil_enabled()</c> is False only under free-threaded, as in CPython 3.13 (True in a GIL build).</summary>
    [Theory]
    [InlineData("free-threaded", "False")]
    [InlineData("modern", "True")]
    [InlineData("py39", "True")]
    [InlineData("py27", "True")]
    public void Sys_is_gil_enabled_tells_the_profile(string profile, string expected)
    {
        string script = _cache.WriteScript("ft_is_gil_enabled.py", "import sys\nprint(sys._is_gil_enabled())\n");
        CliResult result = profile == "free-threaded" ? RunFreeThreaded("run", "--profile", profile, script) : _cache.Run("run", "--profile", profile, script);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected + "\n", result.Stdout);
    }

    /// <summary>
    /// Under free-threaded the threads' "held" (running) bars overlap: each worker announces itself and then
    /// spins, attached, until the other has announced itself too, so both are attached at one moment in every
    /// run. (The no-overlap case of the GIL profiles is TimelineCommandTests.)
    /// </summary>
    [Fact]
    public void The_timeline_shows_threads_running_at_the_same_time()
    {
        string script = _cache.WriteScript("ft_timeline.py", """
            import threading
            arrived = [False, False]
            def meet(k):
                arrived[k] = True
                while not (arrived[0] and arrived[1]):
                    pass
            threads = [threading.Thread(target=meet, args=(k,)) for k in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print('met')
            """);
        string svg = Path.Combine(_cache.Directory, "ft_timeline.svg");
        CliResult result = RunFreeThreaded("run", "--profile", "free-threaded", "--timeline", svg, script);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal("met\n", result.Stdout);

        XDocument doc = XDocument.Load(svg);
        Assert.Contains("profile free-threaded", doc.Root!.Element(Svg + "title")!.Value);
        var held = doc.Descendants(Svg + "rect").Where(r => (string?)r.Attribute("class") == "held")
            .Select(r => (Thread: (int)r.Attribute("data-thread")!, Start: Micros(r, "data-start-us"), End: Micros(r, "data-end-us")))
            .ToArray();
        var first = held.Where(h => h.Thread == 1).ToArray();
        var second = held.Where(h => h.Thread == 2).ToArray();
        Assert.NotEmpty(first);
        Assert.NotEmpty(second);
        Assert.Contains(first, a => second.Any(b => a.Start < b.End && b.Start < a.End));
    }

    /// <summary>The explorer's schedules need a GIL: <c>explore --profile free-threaded</c> is refused with the reason.</summary>
    [Fact]
    public void Explore_refuses_the_free_threaded_profile()
    {
        CliResult result = _cache.Run("explore", "--profile", "free-threaded", Examples.Script("07_race_counter"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("free-threaded profile has no GIL", result.Stderr);
        Assert.Contains("explore under py39 instead", result.Stderr);
    }

    // A process of its own, whose runtime starts in free-threading mode (GilgenProcess).
    /// <summary>
    /// --stats says there is no GIL and prints, per thread, the seconds it ran and was blocked: no holding,
    /// waiting, switches or drop requests, which mean nothing without a GIL.
    /// </summary>
    [Fact]
    public void Stats_say_there_is_no_gil_and_give_each_thread_its_running_and_blocked_seconds()
    {
        string script = _cache.WriteScript("ft_stats.py", """
            import threading, time
            def work(n):
                while n > 0:
                    n -= 1
                time.sleep(0.02)
            threads = [threading.Thread(target=work, args=(200000,)) for _ in range(2)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print("done")
            """);
        CliResult result = RunFreeThreaded("run", "--profile", "free-threaded", "--stats", script);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("done\n", result.Stdout);
        string[] lines = result.Stderr.TrimEnd('\n').Split('\n');
        Assert.StartsWith("no GIL: threads run in parallel", lines[0]);
        Assert.Equal(new[] { "thread", "running", "s", "blocked", "s" }, lines[1].Split(' ', System.StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("held", result.Stderr);
        Assert.DoesNotContain("switches", result.Stderr);
        Assert.Equal(new[] { "MainThread", "Thread-1 (work)", "Thread-2 (work)" }, lines.Skip(2).Select(l => l[..28].TrimEnd()).ToArray());
        foreach (string line in lines.Skip(2))
        {
            string[] figures = line[28..].Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(2, figures.Length);
            Assert.All(figures, f => Assert.True(double.Parse(f, CultureInfo.InvariantCulture) >= 0, line));
        }
        // Each worker slept 20 ms with nothing to hold: blocked, not running.
        foreach (string worker in lines.Skip(3))
            Assert.True(double.Parse(worker[28..].Split(' ', System.StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) >= 0.015, worker);
    }

    private CliResult RunFreeThreaded(params string[] args) => GilgenProcess.Run(_cache.Directory, args);

    private static long FinalCounter(string stdout)
    {
        Assert.StartsWith(Prefix, stdout);
        return long.Parse(stdout.Substring(Prefix.Length).Trim(), CultureInfo.InvariantCulture);
    }

    private static double Micros(XElement rect, string attribute) =>
        double.Parse((string)rect.Attribute(attribute)!, CultureInfo.InvariantCulture);
}
