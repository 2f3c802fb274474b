using System.Collections.Generic;

namespace GilGen.Analyzers.Tests.CSharp;

/// <summary>GIL2006 cases: List, Dictionary, HashSet, Queue and Stack changed from several threads, and their safe look-alikes.</summary>
public static class Gil2006Cases
{
    private const string Rule = "GIL2006";

    /// <summary>Every GIL2006 case.</summary>
    public static IEnumerable<RuleCase> All()
    {
        yield return new(Rule, "List_Add_in_a_Parallel_For_body_on_a_captured_local", """
            class Program
            {
                static void Main()
                {
                    var squares = new List<int>();
                    Parallel.For(0, 1000, i => [|squares.Add(i * i)|]);
                    Console.WriteLine(squares.Count);
                }
            }
            """);

        yield return new(Rule, "Dictionary_writes_from_two_Task_Run_lambdas_on_a_static_field", """
            class Program
            {
                static readonly Dictionary<string, int> s_counts = new();

                static void Main()
                {
                    var a = Task.Run(() => [|s_counts["a"] = 1|]);
                    var b = Task.Run(() => [|s_counts.Add("b", 2)|]);
                    Task.WaitAll(a, b);
                }
            }
            """);

        yield return new(Rule, "HashSet_Add_on_a_field_by_threads_started_in_a_loop", """
            class Crawler
            {
                private readonly HashSet<string> _seen = new();

                void Visit(string url) { [|_seen.Add(url)|]; }

                public void Run(string[] urls)
                {
                    var threads = new List<Thread>();
                    foreach (var url in urls)
                    {
                        var t = new Thread(() => Visit(url));
                        t.Start();
                        threads.Add(t);
                    }
                    foreach (var t in threads) t.Join();
                }
            }
            """);

        yield return new(Rule, "Queue_Enqueue_from_the_thread_pool", """
            class Log
            {
                static readonly Queue<string> s_lines = new();

                static void Write(object? state) { [|s_lines.Enqueue((string)state!)|]; }

                static void Main()
                {
                    for (int i = 0; i < 4; i++) ThreadPool.QueueUserWorkItem(Write, "line " + i);
                }
            }
            """);

        yield return new(Rule, "Stack_Push_and_List_RemoveAt_in_Parallel_ForEach", """
            class Undo
            {
                private readonly Stack<int> _done = new();
                private readonly List<int> _todo = new() { 1, 2, 3 };

                public void Replay(int[] steps)
                {
                    Parallel.ForEach(steps, step =>
                    {
                        [|_done.Push(step)|];
                        [|_todo.RemoveAt(0)|];
                    });
                }
            }
            """);

        yield return new(Rule, "the_starter_adds_while_its_thread_adds", """
            class Program
            {
                static void Main()
                {
                    var items = new List<int>();
                    var t = new Thread(() => [|items.Add(1)|]);
                    t.Start();
                    [|items.Add(2)|];
                    t.Join();
                }
            }
            """);

        yield return new(Rule, "List_indexer_set_and_SortedSet_and_LinkedList_from_a_timer", """
            class Sampler
            {
                static readonly List<double> s_last = new() { 0 };
                static readonly SortedSet<int> s_seen = new();
                static readonly LinkedList<int> s_recent = new();
                static int s_tick;

                static void OnTick(object? state)
                {
                    int t = Interlocked.Increment(ref s_tick);
                    [|s_last[0] = t|];
                    [|s_seen.Add(t)|];
                    [|s_recent.AddLast(t)|];
                }

                static Timer Start() => new Timer(OnTick, null, 0, 100);
            }
            """);

        // ---- Safe look-alikes ----

        yield return new(Rule, "under_a_lock", """
            class Program
            {
                static readonly object gate = new();

                static void Main()
                {
                    var squares = new List<int>();
                    Parallel.For(0, 1000, i => { lock (gate) squares.Add(i * i); });
                }
            }
            """);

        yield return new(Rule, "concurrent_collections_are_thread_safe", """
            using System.Collections.Concurrent;
            class Program
            {
                static void Main()
                {
                    var bag = new ConcurrentBag<int>();
                    var map = new ConcurrentDictionary<int, int>();
                    var queue = new ConcurrentQueue<int>();
                    Parallel.For(0, 1000, i => { bag.Add(i); map[i] = i; map.TryAdd(-i, i); queue.Enqueue(i); });
                }
            }
            """);

        yield return new(Rule, "a_list_each_iteration_makes_for_itself", """
            class Program
            {
                static void Main()
                {
                    Parallel.For(0, 100, i =>
                    {
                        var local = new List<int>();
                        local.Add(i);
                        Console.WriteLine(local.Count);
                    });
                }
            }
            """);

        yield return new(Rule, "one_thread_on_its_own_object_while_the_starter_waits", """
            class Worker
            {
                private readonly List<int> _results = new();
                public void Run() { for (int i = 0; i < 10; i++) _results.Add(i); }
                public int Count => _results.Count;
            }
            class Program
            {
                static void Main()
                {
                    var w = new Worker();
                    var t = new Thread(w.Run);
                    t.Start();
                    t.Join();
                    Console.WriteLine(w.Count);
                }
            }
            """);

        yield return new(Rule, "filled_in_the_constructor_and_only_read_by_threads", """
            class Table
            {
                private readonly Dictionary<int, string> _names = new();
                public Table() { _names.Add(1, "one"); _names[2] = "two"; }
                public string Name(int i) => _names[i];
                public void Print() => Parallel.For(1, 3, i => Console.WriteLine(Name(i)));
            }
            """);

        yield return new(Rule, "changed_before_the_threads_start_and_after_they_end", """
            class Program
            {
                static void Main()
                {
                    var items = new List<int>();
                    items.Add(0);
                    var t = new Thread(() => Console.WriteLine(items.Count));
                    t.Start();
                    t.Join();
                    items.Add(1);
                }
            }
            """);

        yield return new(Rule, "List_Add_in_a_finalizer_and_in_the_constructor", """
            static class Journal { public static readonly List<string> Lines = new(); }
            class Buffer
            {
                private readonly int _id;
                public Buffer(int id) { _id = id; [|Journal.Lines.Add("alloc")|]; }
                ~Buffer() { [|Journal.Lines.Add("free " + _id)|]; }
            }
            class Program
            {
                static void Main() { for (int i = 0; i < 100; i++) new Buffer(i); }
            }
            """);

        yield return new(Rule, "safe_finalizer_adds_to_a_concurrent_queue", """
            class Buffer
            {
                public static readonly System.Collections.Concurrent.ConcurrentQueue<int> Freed = new();
                public static readonly List<int> Made = new();
                private readonly int _id;
                public Buffer(int id) { _id = id; Made.Add(id); }
                ~Buffer() { Freed.Enqueue(_id); }
            }
            class Program
            {
                static void Main() { for (int i = 0; i < 100; i++) new Buffer(i); }
            }
            """);

        yield return new(Rule, "Dictionary_store_after_an_await_in_calls_made_for_each_url", """
            class Crawler
            {
                private readonly Dictionary<string, int> _sizes = new();
                private async Task FetchAsync(string url)
                {
                    await Task.Delay(1);
                    [|_sizes[url] = url.Length|];
                }
                public int CrawlAll(string[] urls)
                {
                    Task.WhenAll(urls.Select(FetchAsync)).Wait();
                    return _sizes.Count;
                }
            }
            class Program
            {
                static void Main() { new Crawler().CrawlAll(new[] { "/a", "/b" }); }
            }
            """);

        yield return new(Rule, "safe_Dictionary_store_after_awaits_made_one_at_a_time", """
            class Crawler
            {
                private readonly Dictionary<string, int> _sizes = new();
                private async Task FetchAsync(string url)
                {
                    await Task.Delay(1);
                    _sizes[url] = url.Length;
                }
                public async Task<int> CrawlAllAsync(string[] urls)
                {
                    foreach (var url in urls) await FetchAsync(url);
                    return _sizes.Count;
                }
            }
            class Program
            {
                static void Main() { new Crawler().CrawlAllAsync(new[] { "/a", "/b" }).GetAwaiter().GetResult(); }
            }
            """);

        yield return new(Rule, "List_changed_by_a_timer_callback_and_by_the_starter_inside_the_using_that_holds_the_timer", """
            class Window
            {
                readonly List<double> samples = new();
                public void Add(double v) => [|samples.Add(v)|];
                public void Reset(object? state) => [|samples.Clear()|];
            }
            class Program
            {
                static void Main()
                {
                    var window = new Window();
                    using (new Timer(window.Reset, null, 0, 2))
                    {
                        for (int i = 0; i < 100; i++) window.Add(i);
                    }
                }
            }
            """);

        yield return new(Rule, "safe_List_Add_after_the_using_that_disposes_a_timer_firing_once", """
            class Program
            {
                static readonly List<int> Log = new();
                static void Main()
                {
                    using (new Timer(_ => Log.Add(1), null, 0, Timeout.Infinite)) Thread.Sleep(5);
                    Log.Add(2);
                }
            }
            """);

        yield return new(Rule, "List_Add_in_an_event_handler_lambda_raised_from_Parallel_For", """
            class Bus
            {
                public event Action<int>? Published;
                public void Publish(int n) => Published?.Invoke(n);
            }
            class Program
            {
                static readonly List<int> Seen = new();
                static void Main()
                {
                    var bus = new Bus();
                    bus.Published += n => [|Seen.Add(n)|];
                    Parallel.For(0, 100, bus.Publish);
                }
            }
            """);
    }
}
