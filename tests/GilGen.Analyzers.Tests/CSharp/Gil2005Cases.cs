using System.Collections.Generic;

namespace GilGen.Analyzers.Tests.CSharp;

/// <summary>GIL2005 cases: check-then-act on shared state (contents of a collection, a counter, lazy and double-checked initialization), and their safe look-alikes.</summary>
public static class Gil2005Cases
{
    private const string Rule = "GIL2005";

    /// <summary>Every GIL2005 case.</summary>
    public static IEnumerable<RuleCase> All()
    {
        yield return new(Rule, "ContainsKey_then_indexer_set_on_a_static_Dictionary_in_Parallel_For", """
            class Program
            {
                static readonly Dictionary<int, string> s_cache = new();

                static void Main()
                {
                    Parallel.For(0, 100, i =>
                    {
                        if ([|!s_cache.ContainsKey(i % 10)|]) {|GIL2006:s_cache[i % 10] = i.ToString()|};
                    });
                }
            }
            """);

        yield return new(Rule, "ContainsKey_then_Add_in_a_method_run_by_threads", """
            class Registry
            {
                private readonly Dictionary<string, int> _ids = new();

                void Register(string name)
                {
                    if ([|!_ids.ContainsKey(name)|])
                    {
                        {|GIL2006:_ids.Add(name, _ids.Count)|};
                    }
                }

                public void RegisterAll(string[] names)
                {
                    var threads = new List<Thread>();
                    foreach (var name in names)
                    {
                        var t = new Thread(() => Register(name));
                        t.Start();
                        threads.Add(t);
                    }
                    foreach (var t in threads) t.Join();
                }
            }
            """);

        yield return new(Rule, "count_below_max_then_increment", """
            class Limiter
            {
                static int count;
                const int Max = 10;

                static void Acquire()
                {
                    if ([|count < Max|]) count++;
                }

                static void Main()
                {
                    var tasks = new Task[20];
                    for (int i = 0; i < tasks.Length; i++) tasks[i] = Task.Run(Acquire);
                    Task.WaitAll(tasks);
                }
            }
            """);

        yield return new(Rule, "balance_check_outside_the_lock_that_takes_the_money", """
            class Account
            {
                static readonly object gate = new();
                static decimal balance = 100;

                static void Withdraw(decimal amount)
                {
                    if ([|balance >= amount|])
                    {
                        lock (gate) { balance -= amount; }
                    }
                }

                static void Main() => Parallel.Invoke(() => Withdraw(80), () => Withdraw(80));
            }
            """);

        yield return new(Rule, "lazy_initialization_without_a_lock", """
            class Config
            {
                static Config? s_instance;

                public static Config Instance
                {
                    get
                    {
                        if ([|s_instance == null|]) s_instance = new Config();
                        return s_instance;
                    }
                }

                static void Main() => Parallel.For(0, 4, _ => Console.WriteLine(Instance));
            }
            """);

        yield return new(Rule, "double_checked_initialization_without_volatile", """
            class Connection
            {
                static readonly object s_gate = new();
                static Connection? s_shared;

                static Connection Shared()
                {
                    if ([|s_shared == null|])
                    {
                        lock (s_gate)
                        {
                            if (s_shared == null) s_shared = new Connection();
                        }
                    }
                    return s_shared;
                }

                static void Main() => Parallel.For(0, 4, _ => Shared());
            }
            """);

        yield return new(Rule, "ContainsKey_then_indexer_set_on_a_ConcurrentDictionary", """
            using System.Collections.Concurrent;
            class Cache
            {
                static readonly ConcurrentDictionary<int, string> s_values = new();

                static string Compute(int key) => key.ToString();

                static void Main()
                {
                    Parallel.For(0, 100, i =>
                    {
                        var key = i % 10;
                        if ([|!s_values.ContainsKey(key)|]) s_values[key] = Compute(key);
                    });
                }
            }
            """);

        yield return new(Rule, "Count_below_a_limit_then_Add_on_a_shared_list", """
            class Batch
            {
                private readonly List<string> _items = new();
                private const int Max = 100;

                void Offer(string item)
                {
                    if ([|_items.Count < Max|]) {|GIL2006:_items.Add(item)|};
                }

                public void Fill(string[] all) => Parallel.ForEach(all, Offer);
            }
            """);

        yield return new(Rule, "TryGetValue_then_store_in_both_branches", """
            class WordCount
            {
                static readonly Dictionary<string, int> s_counts = new();

                static void Count(string word)
                {
                    if ([|s_counts.TryGetValue(word, out var n)|]) {|GIL2006:s_counts[word] = n + 1|};
                    else {|GIL2006:s_counts[word] = 1|};
                }

                static void Main(string[] words) => Parallel.ForEach(words, Count);
            }
            """);

        yield return new(Rule, "double_checked_initialization_of_an_instance_field_in_a_shared_object", """
            class Service
            {
                private readonly object _gate = new();
                private List<int>? _data;

                List<int> Data()
                {
                    if ([|_data == null|])
                    {
                        lock (_gate)
                        {
                            if (_data == null) _data = new List<int> { 1, 2, 3 };
                        }
                    }
                    return _data;
                }

                public void Serve() => Parallel.For(0, 8, _ => Console.WriteLine(Data().Count));
            }
            """);

        yield return new(Rule, "a_captured_flag_tested_and_set_by_two_tasks", """
            class Program
            {
                static void Main()
                {
                    bool started = false;
                    var a = Task.Run(() => { if ([|!started|]) started = true; });
                    var b = Task.Run(() => { if ([|!started|]) started = true; });
                    Task.WaitAll(a, b);
                }
            }
            """);

        // ---- Safe look-alikes ----

        yield return new(Rule, "a_lock_held_across_the_check_and_the_act", """
            class Program
            {
                static readonly object gate = new();
                static readonly Dictionary<int, string> s_cache = new();
                static int count;

                static void Main()
                {
                    Parallel.For(0, 100, i =>
                    {
                        lock (gate)
                        {
                            if (!s_cache.ContainsKey(i % 10)) s_cache[i % 10] = i.ToString();
                            if (count < 10) count++;
                        }
                    });
                }
            }
            """);

        yield return new(Rule, "double_checked_initialization_of_a_volatile_field", """
            class Connection
            {
                static readonly object s_gate = new();
                static volatile Connection? s_shared;

                static Connection Shared()
                {
                    if (s_shared == null)
                    {
                        lock (s_gate)
                        {
                            if (s_shared == null) s_shared = new Connection();
                        }
                    }
                    return s_shared;
                }

                static void Main() => Parallel.For(0, 4, _ => Shared());
            }
            """);

        yield return new(Rule, "a_dictionary_each_iteration_makes_for_itself", """
            class Program
            {
                static void Main()
                {
                    Parallel.For(0, 100, i =>
                    {
                        var seen = new Dictionary<int, int>();
                        if (!seen.ContainsKey(i)) seen[i] = 1;
                        int n = 0;
                        if (n < 10) n++;
                    });
                }
            }
            """);

        yield return new(Rule, "one_thread_on_its_own_object_while_the_starter_waits", """
            class Worker
            {
                private readonly Dictionary<int, int> _cache = new();
                private int _count;
                public void Run()
                {
                    for (int i = 0; i < 10; i++)
                    {
                        if (!_cache.ContainsKey(i % 3)) _cache[i % 3] = i;
                        if (_count < 5) _count++;
                    }
                }
            }
            class Program
            {
                static void Main()
                {
                    var w = new Worker();
                    var t = new Thread(w.Run);
                    t.Start();
                    t.Join();
                }
            }
            """);

        yield return new(Rule, "ConcurrentDictionary_GetOrAdd_and_TryAdd", """
            using System.Collections.Concurrent;
            class Cache
            {
                static readonly ConcurrentDictionary<int, string> s_values = new();

                static void Main()
                {
                    Parallel.For(0, 100, i =>
                    {
                        s_values.GetOrAdd(i % 10, k => k.ToString());
                        if (!s_values.ContainsKey(i)) s_values.TryAdd(i, "x");
                    });
                }
            }
            """);

        yield return new(Rule, "no_thread_is_started", """
            class Program
            {
                static readonly Dictionary<int, string> s_cache = new();
                static int count;

                static void Main()
                {
                    for (int i = 0; i < 100; i++)
                    {
                        if (!s_cache.ContainsKey(i % 10)) s_cache[i % 10] = i.ToString();
                        if (count < 10) count++;
                    }
                }
            }
            """);
    

        yield return new(Rule, "a_null_test_before_an_Add_is_GIL2006s_not_a_check_then_act", """
            class Program
            {
                static List<int>? s_log = new();

                static void Main()
                {
                    Parallel.For(0, 10, i => { if (s_log != null) {|GIL2006:s_log.Add(i)|}; });
                }
            }
            """);

        yield return new(Rule, "an_else_if_chain_on_a_local_in_a_thread", """
            class Program
            {
                static void Main()
                {
                    Parallel.For(0, 10, i =>
                    {
                        int kind = 0;
                        if (i == 0) kind = 1;
                        else if (i == 1) kind = 2;
                        else if (kind == 0) kind = 3;
                        Console.WriteLine(kind);
                    });
                }
            }
            """);

        // ---- issue 12, second round: array elements, field-backed properties, guard clauses ----

        yield return new(Rule, "array_element_tested_then_set_in_Parallel_For", """
            class Theater
            {
                private readonly bool[] _booked = new bool[10];
                public bool Book(int seat)
                {
                    if ([|!_booked[seat]|]) { _booked[seat] = true; return true; }
                    return false;
                }
            }
            class Program
            {
                static void Main() { var t = new Theater(); Parallel.For(0, 100, i => t.Book(i % 10)); }
            }
            """);

        yield return new(Rule, "auto_property_tested_then_changed_by_tasks", """
            class Item { public int Stock { get; set; } = 5; }
            class Program
            {
                static void Main()
                {
                    var item = new Item();
                    Task.WaitAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() =>
                    {
                        if ([|item.Stock >= 2|]) item.Stock -= 2;
                    })).ToArray());
                }
            }
            """);

        yield return new(Rule, "guard_clause_Count_then_Dequeue_after_it", """
            class Program
            {
                static readonly Queue<int> Work = new(Enumerable.Range(0, 100));
                static void Consume()
                {
                    while (true)
                    {
                        if ([|Work.Count == 0|]) return;
                        int item = {|GIL2006:Work.Dequeue()|};
                        Thread.SpinWait(item);
                    }
                }
                static void Main()
                {
                    var a = new Thread(Consume);
                    var b = new Thread(Consume);
                    a.Start(); b.Start();
                    a.Join(); b.Join();
                }
            }
            """);

        yield return new(Rule, "safe_guard_clause_and_act_under_one_lock", """
            class Program
            {
                static readonly object Gate = new();
                static readonly Queue<int> Work = new(Enumerable.Range(0, 100));
                static void Consume()
                {
                    while (true)
                    {
                        lock (Gate)
                        {
                            if (Work.Count == 0) return;
                            Work.Dequeue();
                        }
                    }
                }
                static void Main() { Parallel.Invoke(Consume, Consume); }
            }
            """);

        yield return new(Rule, "safe_guard_clause_double_checked_under_a_lock_on_a_volatile_field", """
            class Program
            {
                static readonly object Gate = new();
                static volatile List<int>? s_items;
                static List<int> Items()
                {
                    if (s_items != null) return s_items;
                    lock (Gate)
                    {
                        if (s_items != null) return s_items;
                        s_items = new List<int>();
                        return s_items;
                    }
                }
                static void Main() { Parallel.For(0, 10, _ => Items()); }
            }
            """);

        yield return new(Rule, "safe_array_element_tested_and_set_under_a_lock", """
            class Program
            {
                static readonly object Gate = new();
                static readonly int[] Owners = new int[4];
                static void TryClaim(int worker)
                {
                    int slot = worker % Owners.Length;
                    lock (Gate) { if (Owners[slot] == 0) Owners[slot] = worker; }
                }
                static void Main() { Parallel.For(1, 100, TryClaim); }
            }
            """);

        yield return new(Rule, "check_and_act_through_small_locked_helpers", """
            class Program
            {
                static readonly object Gate = new();
                static readonly HashSet<int> Ids = new();
                static int s_fresh;
                static bool Known(int id) { lock (Gate) return Ids.Contains(id); }
                static void Remember(int id) { lock (Gate) Ids.Add(id); }
                static void Visit(int id)
                {
                    if ([|!Known(id)|])
                    {
                        Remember(id);
                        Interlocked.Increment(ref s_fresh);
                    }
                }
                static void Main() { Parallel.For(0, 40, i => Visit(i % 5)); }
            }
            """);

        yield return new(Rule, "count_through_a_locked_getter_then_a_separately_locked_add", """
            class Mailbox
            {
                private readonly object _gate = new();
                private readonly Queue<string> _queue = new();
                private int Size { get { lock (_gate) return _queue.Count; } }
                public void Post(string m)
                {
                    if ([|Size < 8|])
                    {
                        lock (_gate) _queue.Enqueue(m);
                    }
                }
            }
            class Program
            {
                static void Main() { var box = new Mailbox(); Parallel.For(0, 50, i => box.Post("m")); }
            }
            """);

        yield return new(Rule, "safe_helpers_called_inside_the_lock_they_take", """
            class Program
            {
                static readonly object Gate = new();
                static readonly HashSet<int> Ids = new();
                static bool Known(int id) { lock (Gate) return Ids.Contains(id); }
                static void Remember(int id) { lock (Gate) Ids.Add(id); }
                static void Visit(int id)
                {
                    lock (Gate)
                    {
                        if (!Known(id)) Remember(id);
                    }
                }
                static void Main() { Parallel.For(0, 40, i => Visit(i % 5)); }
            }
            """);

        yield return new(Rule, "while_count_then_pop_on_a_shared_stack", """
            class Program
            {
                static readonly Stack<int> Work = new(Enumerable.Range(0, 100));
                static long s_total;
                static void Drain()
                {
                    while ([|Work.Count > 0|])
                    {
                        var item = {|GIL2006:Work.Pop()|};
                        Interlocked.Add(ref s_total, item);
                    }
                }
                static void Main() { Parallel.Invoke(Drain, Drain); }
            }
            """);

        yield return new(Rule, "safe_while_loop_inside_the_lock", """
            class Program
            {
                static readonly object Gate = new();
                static readonly Stack<int> Work = new(Enumerable.Range(0, 100));
                static void Drain()
                {
                    lock (Gate)
                    {
                        while (Work.Count > 0) Work.Pop();
                    }
                }
                static void Main() { Parallel.Invoke(Drain, Drain); }
            }
            """);

        yield return new(Rule, "count_bound_then_enqueue_on_a_ConcurrentQueue", """
            class Program
            {
                static readonly System.Collections.Concurrent.ConcurrentQueue<int> Box = new();
                static void Offer(int x)
                {
                    if ([|Box.Count < 4|]) Box.Enqueue(x);
                }
                static void Main() { Parallel.For(0, 30, Offer); }
            }
            """);

        yield return new(Rule, "count_bound_then_TryAdd_on_a_ConcurrentDictionary", """
            class Program
            {
                static readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> Seats = new();
                static void Book(int who)
                {
                    if ([|Seats.Count < 2|]) Seats.TryAdd(who, who);
                }
                static void Main() { Parallel.For(0, 30, Book); }
            }
            """);

        yield return new(Rule, "safe_ContainsKey_then_TryAdd_and_IsEmpty_then_TryDequeue_on_concurrent_collections", """
            class Program
            {
                static readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> Seen = new();
                static readonly System.Collections.Concurrent.ConcurrentQueue<int> Jobs = new();
                static void Step(int i)
                {
                    if (!Seen.ContainsKey(i % 4)) Seen.TryAdd(i % 4, i);
                    Jobs.Enqueue(i);
                    if (!Jobs.IsEmpty) Jobs.TryDequeue(out _);
                }
                static void Main() { Parallel.For(0, 30, Step); }
            }
            """);

        yield return new(Rule, "TryGetValue_with_an_out_variable_then_store_on_a_ConcurrentDictionary", """
            class Program
            {
                static readonly System.Collections.Concurrent.ConcurrentDictionary<int, List<int>> Buckets = new();
                static void Put(int i)
                {
                    if ([|!Buckets.TryGetValue(i % 3, out var bucket)|])
                    {
                        bucket = new List<int>();
                        Buckets[i % 3] = bucket;
                    }
                    lock (bucket) bucket.Add(i);
                }
                static void Main() { Parallel.For(0, 60, Put); }
            }
            """);
    }
}
