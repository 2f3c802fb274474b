using System.Collections.Generic;

namespace GilGen.Analyzers.Tests.CSharp;

/// <summary>GIL2001 cases: each thread entry kind, reachability, evidence of sharing, and each exclusion's safe look-alike.</summary>
public static class Gil2001Cases
{
    private const string Rule = "GIL2001";

    /// <summary>Every GIL2001 case.</summary>
    public static IEnumerable<RuleCase> All()
    {
        // ---- The seeds' program, and each kind of thread entry ----

        yield return new(Rule, "seed_ten_threads_run_Work_which_increments_a_static_counter", """
            class Program
            {
                static int counter;

                static void Work()
                {
                    for (int i = 0; i < 100000; i++) [|counter++|];
                }

                static void Main()
                {
                    var threads = new Thread[10];
                    for (int i = 0; i < 10; i++)
                    {
                        threads[i] = new Thread(Work);
                        threads[i].Start();
                    }
                    foreach (var t in threads) t.Join();
                    Console.WriteLine(counter);
                }
            }
            """);

        yield return new(Rule, "new_Thread_with_a_lambda", """
            class Program
            {
                static int counter;
                static void Main()
                {
                    var t = new Thread(() => [|counter++|]);
                    var u = new Thread(() => [|counter++|]);
                    t.Start();
                    u.Start();
                    t.Join();
                    u.Join();
                }
            }
            """);

        yield return new(Rule, "new_Thread_with_a_ParameterizedThreadStart_method_group", """
            class Program
            {
                static int total;
                static void Add(object? n) { [|total += (int)n!|]; }
                static void Main()
                {
                    var t = new Thread(Add);
                    var u = new Thread(Add);
                    t.Start(5);
                    u.Start(6);
                    t.Join();
                    u.Join();
                }
            }
            """);

        yield return new(Rule, "new_Thread_with_an_anonymous_method", """
            class Program
            {
                static int counter;
                static void Main()
                {
                    for (int i = 0; i < 2; i++) new Thread(delegate () { [|--counter|]; }).Start();
                }
            }
            """);

        yield return new(Rule, "new_Thread_with_a_local_function", """
            class Program
            {
                static int counter;
                static void Main()
                {
                    void Work() { [|counter = counter + 1|]; }
                    new Thread(Work).Start();
                    new Thread(Work).Start();
                }
            }
            """);

        yield return new(Rule, "ThreadPool_QueueUserWorkItem", """
            class Program
            {
                static int hits;
                static void Main()
                {
                    ThreadPool.QueueUserWorkItem(_ => [|hits++|]);
                    ThreadPool.QueueUserWorkItem(_ => [|hits++|]);
                }
            }
            """);

        yield return new(Rule, "ThreadPool_UnsafeQueueUserWorkItem", """
            class Program
            {
                static int hits;
                static void Main()
                {
                    for (int i = 0; i < 2; i++) ThreadPool.UnsafeQueueUserWorkItem(_ => [|hits++|], null);
                }
            }
            """);

        yield return new(Rule, "Task_Run_with_a_lambda", """
            class Program
            {
                static int counter;
                static void Main()
                {
                    Task.WaitAll(Task.Run(() => { [|counter += 2|]; }), Task.Run(() => { [|counter += 2|]; }));
                }
            }
            """);

        yield return new(Rule, "Task_Run_with_an_async_lambda", """
            class Program
            {
                static int counter;
                static async Task Main()
                {
                    var first = Task.Run(async () =>
                    {
                        await Task.Delay(1);
                        [|counter++|];
                    });
                    [|counter++|];
                    await first;
                }
            }
            """);

        yield return new(Rule, "Task_Factory_StartNew_with_a_method_group", """
            class Program
            {
                static int counter;
                static void Work() { [|counter = counter + 1|]; }
                static void Main()
                {
                    Task.WaitAll(Task.Factory.StartNew(Work), Task.Factory.StartNew(Work));
                }
            }
            """);

        yield return new(Rule, "new_Task_then_Start", """
            class Program
            {
                static int counter;
                static void Main()
                {
                    var task = new Task(() => [|counter++|]);
                    task.Start();
                    [|counter++|];
                    task.Wait();
                }
            }
            """);

        yield return new(Rule, "method_group_stored_in_a_local_then_given_to_two_threads", """
            class Clock
            {
                int ticks;
                void Tick() { [|ticks += 2|]; }
                public int Measure()
                {
                    ThreadStart entry = Tick;
                    var threads = new[] { new Thread(entry), new Thread(entry) };
                    foreach (var t in threads) t.Start();
                    foreach (var t in threads) t.Join();
                    return ticks;
                }
            }
            """);

        yield return new(Rule, "delegate_in_a_static_readonly_field_run_by_two_tasks", """
            class Program
            {
                static int runs;
                static readonly Action Job = () => [|runs++|];
                static void Main() => Task.WaitAll(Task.Run(Job), Task.Run(Job));
            }
            """);

        yield return new(Rule, "safe_stored_delegate_run_by_one_task_that_is_waited", """
            class Program
            {
                static int runs;
                static readonly Action Job = () => runs++;
                static void Main()
                {
                    Task.Run(Job).Wait();
                    runs++;
                }
            }
            """);

        yield return new(Rule, "Parallel_For_body", """
            class Program
            {
                static long sum;
                static void Main()
                {
                    Parallel.For(0, 100, i => { [|sum += i|]; });
                }
            }
            """);

        yield return new(Rule, "Parallel_ForEach_body", """
            class Program
            {
                static int product = 1;
                static void Main()
                {
                    var items = new List<int> { 1, 2, 3 };
                    Parallel.ForEach(items, x => { [|product *= x|]; });
                }
            }
            """);

        yield return new(Rule, "Parallel_Invoke_actions", """
            class Program
            {
                static int level;
                static void Main()
                {
                    Parallel.Invoke(() => [|level++|], () => [|level--|]);
                }
            }
            """);

        yield return new(Rule, "PLINQ_ForAll", """
            class Program
            {
                static int count;
                static void Main()
                {
                    Enumerable.Range(0, 100).AsParallel().ForAll(i => [|count++|]);
                }
            }
            """);

        yield return new(Rule, "System_Threading_Timer_callback", """
            class Program
            {
                static int ticks;
                static void Main()
                {
                    using var timer = new Timer(_ => [|ticks++|], null, 0, 100);
                    Thread.Sleep(1000);
                }
            }
            """);

        yield return new(Rule, "System_Timers_Timer_Elapsed_lambda", """
            class Program
            {
                static int ticks;
                static void Main()
                {
                    var timer = new System.Timers.Timer(100);
                    timer.Elapsed += (sender, e) => [|ticks++|];
                    timer.Start();
                }
            }
            """);

        yield return new(Rule, "System_Timers_Timer_Elapsed_method_group", """
            class Clock
            {
                int ticks;
                readonly System.Timers.Timer timer = new(100);
                public void Start()
                {
                    timer.Elapsed += OnElapsed;
                    timer.Start();
                }
                void OnElapsed(object? sender, System.Timers.ElapsedEventArgs e) { [|ticks++|]; }
            }
            """);

        // ---- Operators ----

        yield return new(Rule, "every_compound_assignment_operator_and_both_x_equals_x_op_y_orders", """
            class Program
            {
                static int a, b, c, d, e, f, g, h, i, j, k, l;
                static string log = "";
                static void Work()
                {
                    [|a -= 1|];
                    [|b *= 2|];
                    [|c /= 2|];
                    [|d %= 3|];
                    [|e &= 4|];
                    [|f |= 5|];
                    [|g ^= 6|];
                    [|h <<= 1|];
                    [|i >>= 1|];
                    [|j >>>= 1|];
                    [|k = 1 + k|];
                    [|l = l * 2 + 1|];
                    [|log += "x"|];
                }
                static void Main()
                {
                    new Thread(Work).Start();
                    new Thread(Work).Start();
                }
            }
            """);

        // ---- Reachability through calls ----

        yield return new(Rule, "reached_through_two_levels_of_calls", """
            class Program
            {
                static int counter;
                static void Work() => Step();
                static void Step() => Bump();
                static void Bump() { [|counter++|]; }
                static void Main()
                {
                    new Thread(Work).Start();
                    new Thread(Work).Start();
                }
            }
            """);

        yield return new(Rule, "reached_through_a_virtual_call_to_an_override", """
            abstract class Job { public abstract void Run(); }
            class CountJob : Job
            {
                static int done;
                public override void Run() { [|done++|]; }
            }
            class Program
            {
                static void Main()
                {
                    Job job = new CountJob();
                    Task.Run(() => job.Run());
                    Task.Run(() => job.Run());
                }
            }
            """);

        yield return new(Rule, "reached_through_an_interface_call_to_an_implementation", """
            interface IStep { void Do(); }
            class Step : IStep
            {
                static int steps;
                public void Do() => [|steps++|];
            }
            class Program
            {
                static void Main()
                {
                    IStep step = new Step();
                    Parallel.For(0, 4, _ => step.Do());
                }
            }
            """);

        yield return new(Rule, "reached_through_a_property_getter", """
            class Ids
            {
                static int s_next;
                public static int Next { get { return [|s_next++|]; } }
            }
            class Program
            {
                static void Main() => Task.WhenAll(Task.Run(() => Ids.Next), Task.Run(() => Ids.Next)).Wait();
            }
            """);

        yield return new(Rule, "lambda_given_to_ForEach_on_a_thread", """
            class Program
            {
                static int total;
                static void Main()
                {
                    var items = new List<int> { 1, 2, 3 };
                    var sum = Task.Run(() => items.ForEach(x => [|total += x|]));
                    [|total += 100|];
                    sum.Wait();
                }
            }
            """);

        yield return new(Rule, "static_field_in_an_instance_constructor_run_by_Parallel_For", """
            class Node
            {
                static int created;
                public Node() { [|created++|]; }
            }
            class Program
            {
                static void Main() => Parallel.For(0, 10, _ => new Node());
            }
            """);

        yield return new(Rule, "field_of_an_object_held_in_a_static_field", """
            class Counter { public int Value; }
            class Program
            {
                static readonly Counter shared = new();
                static void Main() => Task.WaitAll(Task.Run(() => [|shared.Value++|]), Task.Run(() => [|shared.Value++|]));
            }
            """);

        yield return new(Rule, "recursive_thread_code_is_walked_once", """
            class Program
            {
                static int counter;
                static void Work(int n)
                {
                    if (n > 0) Work(n - 1);
                    [|counter++|];
                }
                static void Main()
                {
                    new Thread(() => Work(3)).Start();
                    new Thread(() => Work(4)).Start();
                }
            }
            """);

        yield return new(Rule, "timer_started_by_a_static_field_initializer", """
            class Heartbeat
            {
                static int beats;
                static readonly Timer s_timer = new(_ => [|beats++|], null, 0, 1000);
            }
            """);

        // ---- Instance fields and captured locals: evidence of sharing ----

        yield return new(Rule, "instance_field_of_this_in_a_Parallel_For_body", """
            class Stats
            {
                int total;
                public void Sum(int[] xs)
                {
                    Parallel.For(0, xs.Length, i => { [|total += xs[i]|]; });
                }
            }
            """);

        yield return new(Rule, "captured_local_in_a_Parallel_For_body", """
            class Program
            {
                static void Main()
                {
                    int sum = 0;
                    Parallel.For(0, 100, i => { [|sum += i|]; });
                    Console.WriteLine(sum);
                }
            }
            """);

        yield return new(Rule, "same_object_method_started_on_two_threads", """
            class Worker
            {
                int count;
                public void Run() { [|count++|]; }
            }
            class Program
            {
                static void Main()
                {
                    var w = new Worker();
                    var t1 = new Thread(w.Run);
                    var t2 = new Thread(w.Run);
                    t1.Start();
                    t2.Start();
                    t1.Join();
                    t2.Join();
                }
            }
            """);

        yield return new(Rule, "two_methods_of_the_same_object_on_two_threads", """
            class Gauge
            {
                int level;
                public void Up() { [|level++|]; }
                public void Down() { [|level--|]; }
            }
            class Program
            {
                static void Main()
                {
                    var g = new Gauge();
                    new Thread(g.Up).Start();
                    new Thread(g.Down).Start();
                }
            }
            """);

        yield return new(Rule, "two_tasks_on_this_awaited_together_overlap", """
            class Batch
            {
                int done;
                public async Task RunBoth()
                {
                    var a = Task.Run(() => [|done++|]);
                    var b = Task.Run(Step);
                    await Task.WhenAll(a, b);
                }
                void Step() { [|done += 2|]; }
            }
            """);

        yield return new(Rule, "instance_method_of_this_started_in_a_loop", """
            class Pump
            {
                int pumped;
                void Loop() { [|pumped++|]; }
                public void Start()
                {
                    for (int i = 0; i < 4; i++) new Thread(Loop).Start();
                }
            }
            """);

        yield return new(Rule, "object_started_once_while_the_starter_reads_its_field", """
            class Worker
            {
                public int count;
                public void Run() { for (int i = 0; i < 1000; i++) [|count++|]; }
            }
            class Program
            {
                static void Main()
                {
                    var w = new Worker();
                    var t = new Thread(w.Run);
                    t.Start();
                    Console.WriteLine(w.count);
                    t.Join();
                }
            }
            """);

        yield return new(Rule, "object_captured_by_tasks_started_from_a_LINQ_Select", """
            class Counter
            {
                int n;
                public void Inc() => [|n++|];
            }
            class Program
            {
                static void Main()
                {
                    var c = new Counter();
                    var tasks = Enumerable.Range(0, 4).Select(_ => Task.Run(() => c.Inc())).ToArray();
                    Task.WaitAll(tasks);
                }
            }
            """);

        yield return new(Rule, "safe_each_element_of_Parallel_ForEach_is_its_own_object", """
            class Worker
            {
                int count;
                public void Run() { count++; }
            }
            class Program
            {
                static void Main()
                {
                    var workers = new List<Worker> { new(), new() };
                    Parallel.ForEach(workers, w => w.Run());
                    foreach (var w in workers) new Thread(w.Run).Start();
                }
            }
            """);

        // ---- The starting method, between the start and the wait ----

        yield return new(Rule, "starter_increments_a_static_field_after_Start_that_the_thread_writes", """
            class Program
            {
                static readonly object gate = new();
                static int counter;
                static void Work() { lock (gate) [|counter++|]; }
                static void Main()
                {
                    var t = new Thread(Work);
                    t.Start();
                    [|counter++|];
                    t.Join();
                }
            }
            """);

        yield return new(Rule, "starter_and_thread_both_increment_the_same_objects_field", """
            class Worker
            {
                public int count;
                public void Run() { [|count++|]; }
            }
            class Program
            {
                static void Main()
                {
                    var w = new Worker();
                    var t = new Thread(w.Run);
                    t.Start();
                    [|w.count++|];
                    t.Join();
                }
            }
            """);

        yield return new(Rule, "starter_calls_code_after_Start_that_updates_what_the_thread_writes", """
            class Meter
            {
                readonly object gate = new();
                int reads;
                public void Locked() { lock (gate) [|reads++|]; }
                public void Run() { [|reads++|]; }
                public void Reset() { reads = 0; }
            }
            class Program
            {
                static int total;
                static void Add() => [|total++|];
                static void Main()
                {
                    var m = new Meter();
                    var t = new Thread(() => { m.Run(); Add(); });
                    t.Start();
                    m.Locked();
                    Add();
                    t.Join();
                    m.Reset();
                }
            }
            """);

        yield return new(Rule, "starter_increments_after_Task_Run_before_await", """
            class Program
            {
                static int counter;
                static async Task Main()
                {
                    var task = Task.Run(() => [|counter++|]);
                    [|counter++|];
                    await task;
                    counter++;
                }
            }
            """);

        yield return new(Rule, "increment_after_Monitor_Exit_is_no_longer_locked", """
            class Program
            {
                static readonly object gate = new();
                static int counter;
                static void Work()
                {
                    Monitor.Enter(gate);
                    [|counter++|]; // locked, but the other thread's unlocked increment can come between
                    Monitor.Exit(gate);
                    [|counter++|];
                }
                static void Main()
                {
                    new Thread(Work).Start();
                    new Thread(Work).Start();
                }
            }
            """);

        // ---- Safe look-alikes: each exclusion ----

        yield return new(Rule, "safe_lock_statement", """
            class Program
            {
                static readonly object gate = new();
                static int counter;
                static void Work() { lock (gate) { counter++; } }
                static void Main() => new Thread(Work).Start();
            }
            """);

        yield return new(Rule, "safe_Monitor_Enter_try_finally_Exit", """
            class Program
            {
                static readonly object gate = new();
                static int counter;
                static void Work()
                {
                    Monitor.Enter(gate);
                    try { counter++; }
                    finally { Monitor.Exit(gate); }
                }
                static void Main() => new Thread(Work).Start();
            }
            """);

        yield return new(Rule, "safe_Monitor_Enter_and_Exit_in_a_switch_section", """
            class Program
            {
                static readonly object gate = new();
                static int counter;
                static void Work(int i)
                {
                    switch (i)
                    {
                        case 1:
                            Monitor.Enter(gate);
                            counter++;
                            Monitor.Exit(gate);
                            break;
                    }
                }
                static void Main() => Parallel.For(0, 3, Work);
            }
            """);

        yield return new(Rule, "safe_Monitor_Enter_with_lockTaken", """
            class Program
            {
                static readonly object gate = new();
                static int counter;
                static void Work()
                {
                    bool taken = false;
                    try
                    {
                        Monitor.Enter(gate, ref taken);
                        counter++;
                    }
                    finally { if (taken) Monitor.Exit(gate); }
                }
                static void Main() => new Thread(Work).Start();
            }
            """);

        yield return new(Rule, "safe_Monitor_TryEnter_true_branch_and_early_return", """
            class Program
            {
                static readonly object gate = new();
                static int counter;
                static void Work()
                {
                    if (Monitor.TryEnter(gate, 100))
                    {
                        try { counter++; } finally { Monitor.Exit(gate); }
                    }
                    if (!Monitor.TryEnter(gate)) return;
                    try { counter++; } finally { Monitor.Exit(gate); }
                }
                static void Main() => new Thread(Work).Start();
            }
            """);

        yield return new(Rule, "safe_lock_statement_on_System_Threading_Lock", """
            class Program
            {
                static readonly Lock gate = new();
                static int counter;
                static void Work() { lock (gate) counter++; }
                static void Main() => Parallel.For(0, 10, _ => Work());
            }
            """);

        yield return new(Rule, "safe_Lock_EnterScope_using_block", """
            class Program
            {
                static readonly Lock gate = new();
                static int counter;
                static void Work()
                {
                    using (gate.EnterScope())
                    {
                        counter++;
                    }
                }
                static void Main() => Parallel.For(0, 10, _ => Work());
            }
            """);

        yield return new(Rule, "safe_Lock_EnterScope_using_declaration", """
            class Program
            {
                static readonly Lock gate = new();
                static int counter;
                static void Work()
                {
                    using var scope = gate.EnterScope();
                    counter++;
                }
                static void Main() => Parallel.For(0, 10, _ => Work());
            }
            """);

        yield return new(Rule, "safe_Lock_Enter_try_finally_Exit", """
            class Program
            {
                static readonly Lock gate = new();
                static int counter;
                static void Work()
                {
                    gate.Enter();
                    try { counter++; }
                    finally { gate.Exit(); }
                }
                static void Main() => Parallel.For(0, 10, _ => Work());
            }
            """);

        yield return new(Rule, "safe_Interlocked", """
            class Program
            {
                static int counter;
                static long total;
                static void Work()
                {
                    Interlocked.Increment(ref counter);
                    Interlocked.Add(ref total, 5);
                    counter = Interlocked.Increment(ref counter);
                }
                static void Main() => Parallel.For(0, 10, _ => Work());
            }
            """);

        yield return new(Rule, "plain_increment_racing_an_Interlocked_increment_on_another_thread", """
            class Program
            {
                static readonly int[] Counts = new int[2];
                static int total;
                static void Main()
                {
                    var a = Task.Run(() => { Interlocked.Increment(ref Counts[0]); Interlocked.Add(ref total, 2); });
                    var b = Task.Run(() => { [|Counts[0]++|]; [|total += 3|]; });
                    Task.WaitAll(a, b);
                }
            }
            """);

        yield return new(Rule, "safe_ThreadStatic_field", """
            class Program
            {
                [ThreadStatic] static int perThread;
                static void Main() => Parallel.For(0, 10, _ => perThread++);
            }
            """);

        yield return new(Rule, "safe_ThreadLocal_Value", """
            class Program
            {
                static readonly ThreadLocal<int> perThread = new(() => 0);
                static void Main() => Parallel.For(0, 10, _ => perThread.Value++);
            }
            """);

        yield return new(Rule, "safe_locals_declared_on_the_thread", """
            class Program
            {
                static void Main()
                {
                    Parallel.For(0, 10, i =>
                    {
                        int local = 0;
                        local++;
                        local += i;
                        var items = new List<int> { 1, 2 };
                        items.ForEach(x => local += x);
                    });
                }
            }
            """);

        yield return new(Rule, "safe_captured_local_declared_inside_the_loop_that_starts_each_thread", """
            class Program
            {
                static void Main()
                {
                    for (int i = 0; i < 4; i++)
                    {
                        int mine = 0;
                        new Thread(() => mine++).Start();
                    }
                }
            }
            """);

        yield return new(Rule, "safe_constructor_and_static_constructor_and_static_initializer", """
            class Tally
            {
                static int s_seed;
                static int s_first = s_seed++;
                int count;
                static Tally() { s_seed++; }
                public Tally() { count++; this.count += 2; }
            }
            class Program
            {
                static void Main() => Parallel.For(0, 10, _ => new Tally());
            }
            """);

        // The runtime runs a static constructor once, under the type initialization lock, before any
        // other thread can use the type's static fields: what it calls changes them as construction does.
        yield return new(Rule, "safe_static_helper_called_only_by_the_static_constructor", """
            class Features
            {
                static int s_flags;
                public static void Set(int flag) { s_flags |= flag; }
                static Features() { Set(1); }
                public static bool Has(int flag) => (s_flags & flag) != 0;
            }
            class Program
            {
                static void Main() => Parallel.For(0, 10, i => Features.Has(i));
            }
            """);

        yield return new(Rule, "static_helper_of_the_static_constructor_also_called_by_threads", """
            class Features
            {
                static int s_flags;
                public static void Set(int flag) { [|s_flags |= flag|]; }
                static Features() { Set(1); }
            }
            class Program
            {
                static void Main() => Parallel.For(0, 10, i => Features.Set(i));
            }
            """);

        yield return new(Rule, "static_constructor_changing_another_types_static_field_that_a_thread_changes", """
            class Registry
            {
                public static int Count;
                public static void Add() { [|Count++|]; }
            }
            class Plugin
            {
                static Plugin() { Registry.Add(); }
                public static void Touch() { }
            }
            class Program
            {
                static void Main()
                {
                    new Thread(() => Plugin.Touch()).Start();
                    new Thread(() => Registry.Add()).Start();
                }
            }
            """);

        yield return new(Rule, "safe_code_before_Start_and_after_Join", """
            class Program
            {
                static readonly object gate = new();
                static int counter;
                static void Work() { lock (gate) counter++; }
                static void Main()
                {
                    counter++;
                    var t = new Thread(Work);
                    t.Start();
                    t.Join();
                    counter++;
                }
            }
            """);

        yield return new(Rule, "safe_code_after_await_Task_Run", """
            class Program
            {
                static int counter;
                static async Task Main()
                {
                    await Task.Run(() => Console.WriteLine("working"));
                    counter++;
                }
            }
            """);

        // ---- A single writer that nobody runs concurrently (issue 12 §1 precision) ----

        yield return new(Rule, "safe_single_thread_started_and_joined_with_no_other_access_meanwhile", """
            class Program
            {
                static int counter;
                static void Main()
                {
                    counter++;
                    var t = new Thread(() => counter++);
                    t.Start();
                    t.Join();
                    counter++;
                    Console.WriteLine(counter);
                }
            }
            """);

        yield return new(Rule, "safe_single_thread_never_joined_is_the_only_writer", """
            class Program
            {
                static int counter;
                static void Main() => new Thread(delegate () { --counter; }).Start();
            }
            """);

        yield return new(Rule, "safe_single_task_waited_before_the_starter_writes", """
            class Program
            {
                static int counter;
                static void Work() { counter = counter + 1; }
                static void Main()
                {
                    Task.Factory.StartNew(Work).Wait();
                    counter += 2;
                }
            }
            """);

        yield return new(Rule, "safe_single_async_task_awaited_before_the_starter_writes", """
            class Program
            {
                static int counter;
                static async Task Main()
                {
                    await Task.Run(async () =>
                    {
                        await Task.Delay(1);
                        counter++;
                    });
                    counter++;
                }
            }
            """);

        yield return new(Rule, "safe_single_task_Result_orders_the_starters_write", """
            class Program
            {
                static int counter;
                static void Main()
                {
                    var seen = Task.Run(() => ++counter).Result;
                    counter += seen;
                }
            }
            """);

        yield return new(Rule, "safe_two_tasks_each_waited_before_the_next_starts", """
            class Program
            {
                static int counter;
                static void Work() { counter++; }
                static void Main()
                {
                    Task.Run(Work).Wait();
                    Task.Run(Work).Wait();
                }
            }
            """);

        yield return new(Rule, "safe_continuation_chain_runs_one_link_at_a_time", """
            class Program
            {
                static int step;
                static void Main()
                {
                    Task.Run(() => step++)
                        .ContinueWith(_ => step++)
                        .ContinueWith(_ => step += 10)
                        .Wait();
                    step++;
                }
            }
            """);

        yield return new(Rule, "safe_one_shot_timer_waited_before_the_starter_writes", """
            class Program
            {
                static int fired;
                static void Main()
                {
                    using var done = new ManualResetEventSlim(false);
                    using var timer = new Timer(_ => { fired++; done.Set(); }, null, 10, Timeout.Infinite);
                    done.Wait();
                    fired++;
                }
            }
            """);

        yield return new(Rule, "a_one_shot_timer_still_races_the_starter_before_the_wait", """
            class Program
            {
                static int fired;
                static void Main()
                {
                    using var done = new ManualResetEventSlim(false);
                    using var timer = new Timer(_ => { [|fired++|]; done.Set(); }, null, 10, Timeout.Infinite);
                    [|fired++|];
                    done.Wait();
                }
            }
            """);

        yield return new(Rule, "a_thread_joined_before_the_next_starts_does_not_race_the_later_one", """
            class Program
            {
                static long sum;
                static void Main()
                {
                    for (int k = 0; k < 2; k++)
                    {
                        var t = new Thread(() => { sum += 1; });
                        t.Start();
                        t.Join();
                    }
                    var last = new Thread(() => { [|sum -= 1|]; });
                    last.Start();
                    [|sum *= 2|];
                    last.Join();
                }
            }
            """);

        yield return new(Rule, "static_method_never_run_on_a_thread_is_silent_beside_one_that_is", """
            class Program
            {
                static int counter;
                static int other;
                static void Tick() { counter++; }
                static void Work() { [|other++|]; }
                static void Main()
                {
                    Tick();
                    new Thread(Work).Start();
                    new Thread(Work).Start();
                }
            }
            """);

        yield return new(Rule, "safe_no_thread_at_all", """
            class Program
            {
                static int counter;
                static void Main() { for (int i = 0; i < 10; i++) counter++; }
            }
            """);

        yield return new(Rule, "safe_private_helper_only_called_under_a_lock", """
            class Program
            {
                static readonly object gate = new();
                static int counter;
                static void AddOne() { counter++; }
                static void AddTwo() { AddOne(); AddOne(); }
                static void Work() { lock (gate) AddTwo(); }
                static void Main() => Parallel.For(0, 10, _ => Work());
            }
            """);

        yield return new(Rule, "private_helper_also_called_without_the_lock_is_reported", """
            class Program
            {
                static readonly object gate = new();
                static int counter;
                static void AddOne() { [|counter++|]; }
                static void Work() { lock (gate) AddOne(); AddOne(); }
                static void Main() => Parallel.For(0, 10, _ => Work());
            }
            """);

        yield return new(Rule, "safe_internal_method_of_another_class_only_called_under_a_lock", """
            static class Totals
            {
                static int total;
                internal static void Add() { total++; }
            }
            class Program
            {
                static readonly object gate = new();
                static void Main() => Parallel.For(0, 4, _ => { lock (gate) Totals.Add(); });
            }
            """);

        yield return new(Rule, "public_method_called_under_a_lock_may_be_called_from_anywhere", """
            public static class Totals
            {
                static int total;
                public static void Add() { [|total++|]; }
            }
            class Program
            {
                static readonly object gate = new();
                static void Main() => Parallel.For(0, 4, _ => { lock (gate) Totals.Add(); });
            }
            """);

        yield return new(Rule, "safe_local_function_only_called_under_a_lock", """
            class Program
            {
                static readonly object gate = new();
                static int counter;
                static void Main()
                {
                    Parallel.For(0, 10, _ =>
                    {
                        lock (gate) Bump();
                    });
                    void Bump() => counter++;
                }
            }
            """);

        yield return new(Rule, "safe_instance_object_started_once", """
            class Worker
            {
                int count;
                public void Run() { count++; }
            }
            class Program
            {
                static void Main()
                {
                    var w = new Worker();
                    new Thread(w.Run).Start();
                }
            }
            """);

        yield return new(Rule, "safe_new_object_per_thread_in_a_loop", """
            class Worker
            {
                int count;
                public void Run() { count++; }
            }
            class Program
            {
                static void Main()
                {
                    for (int i = 0; i < 4; i++)
                    {
                        var w = new Worker();
                        new Thread(w.Run).Start();
                    }
                }
            }
            """);

        yield return new(Rule, "safe_loop_that_waits_for_each_thread_before_the_next", """
            class Batch
            {
                int done;
                public async Task RunAll()
                {
                    for (int i = 0; i < 4; i++)
                        await Task.Run(() => done++);
                    for (int i = 0; i < 4; i++)
                    {
                        var t = new Thread(Step);
                        t.Start();
                        t.Join();
                    }
                }
                void Step() { done += 2; }
            }
            """);

        yield return new(Rule, "safe_object_created_on_the_thread", """
            class Worker
            {
                int count;
                public void Run() { count++; }
            }
            class Program
            {
                static void Main() => Parallel.For(0, 10, _ => new Worker().Run());
            }
            """);

        yield return new(Rule, "safe_starter_writes_a_field_the_thread_only_reads", """
            class Program
            {
                static int counter;
                static void Main()
                {
                    var t = new Thread(() => Console.WriteLine(counter));
                    t.Start();
                    counter++;
                    t.Join();
                }
            }
            """);

        yield return new(Rule, "safe_Mutex_SemaphoreSlim_ReaderWriterLockSlim_SpinLock", """
            class Program
            {
                static readonly Mutex mutex = new();
                static readonly SemaphoreSlim semaphore = new(1, 1);
                static readonly ReaderWriterLockSlim rw = new();
                static SpinLock spin = new(false);
                static int a, b, c, d;
                static void Work()
                {
                    mutex.WaitOne();
                    try { a++; } finally { mutex.ReleaseMutex(); }
                    semaphore.Wait();
                    try { b++; } finally { semaphore.Release(); }
                    rw.EnterWriteLock();
                    try { c++; } finally { rw.ExitWriteLock(); }
                    bool taken = false;
                    try { spin.Enter(ref taken); d++; } finally { if (taken) spin.Exit(); }
                }
                static void Main() => Parallel.For(0, 10, _ => Work());
            }
            """);

        // ---- Code the compiler knows never runs races with nothing ----

        yield return new(Rule, "safe_increment_after_a_return_and_under_if_false", """
            class Program
            {
                const bool Tracing = false;
                static int counter, traced;
                static void Work()
                {
                    if (Tracing) traced++;
                    return;
                    counter++;
                }
                static void Main() => Parallel.For(0, 10, _ => Work());
            }
            """);

        yield return new(Rule, "increment_after_a_conditional_return_is_reachable", """
            class Program
            {
                static bool stop;
                static int counter;
                static void Work()
                {
                    if (stop) return;
                    [|counter++|];
                }
                static void Main() => Parallel.For(0, 10, _ => Work());
            }
            """);

        // ---- x = f(x): a call on the old value, written back ----

        yield return new(Rule, "x_equals_Math_Max_of_x_and_a_value", """
            class Program
            {
                static int highest;
                static void Record(int value) { [|highest = Math.Max(highest, value)|]; }
                static void Main() => Parallel.For(0, 100, i => Record(i));
            }
            """);

        yield return new(Rule, "x_equals_a_call_on_arithmetic_of_x", """
            class Program
            {
                static long total;
                static long Clamp(long v) => v > 1000 ? 1000 : v;
                static void Add(int n) { [|total = Clamp(total + n)|]; }
                static void Main() => Parallel.For(0, 100, i => Add(i));
            }
            """);

        yield return new(Rule, "safe_x_equals_Interlocked_Add_of_ref_x", """
            class Program
            {
                static int total;
                static void Add(int n) { total = Interlocked.Add(ref total, n); }
                static void Main() => Parallel.For(0, 100, i => Add(i));
            }
            """);

        yield return new(Rule, "safe_x_equals_a_call_that_does_not_read_x", """
            class Program
            {
                static int latest;
                static int other;
                static void Record(int value) { latest = Math.Max(other, value); }
                static void Main() => Parallel.For(0, 100, i => Record(i));
            }
            """);

        // ---- A reader lock is shared: readers run together, so it does not protect a write ----

        yield return new(Rule, "EnterReadLock_does_not_protect_an_increment", """
            class Program
            {
                static readonly ReaderWriterLockSlim rw = new();
                static int counter;
                static void Work()
                {
                    rw.EnterReadLock();
                    try { [|counter++|]; } finally { rw.ExitReadLock(); }
                }
                static void Main() => Parallel.For(0, 10, _ => Work());
            }
            """);

        yield return new(Rule, "TryEnterReadLock_does_not_protect_an_increment", """
            class Program
            {
                static readonly ReaderWriterLockSlim rw = new();
                static int counter;
                static void Work()
                {
                    if (rw.TryEnterReadLock(100))
                    {
                        [|counter += 2|];
                        rw.ExitReadLock();
                    }
                }
                static void Main() => Parallel.For(0, 10, _ => Work());
            }
            """);

        yield return new(Rule, "AcquireReaderLock_does_not_protect_an_increment", """
            class Program
            {
                static readonly ReaderWriterLock rw = new();
                static int counter;
                static void Work()
                {
                    rw.AcquireReaderLock(Timeout.Infinite);
                    try { [|counter++|]; } finally { rw.ReleaseReaderLock(); }
                }
                static void Main() => Parallel.For(0, 10, _ => Work());
            }
            """);

        yield return new(Rule, "a_read_lock_taken_after_the_write_lock_was_released", """
            class Program
            {
                static readonly ReaderWriterLockSlim rw = new();
                static int counter;
                static void Work()
                {
                    rw.EnterWriteLock();
                    rw.ExitWriteLock();
                    rw.EnterReadLock();
                    [|counter++|];
                    rw.ExitReadLock();
                }
                static void Main() => Parallel.For(0, 10, _ => Work());
            }
            """);

        yield return new(Rule, "EnterUpgradeableReadLock_does_not_exclude_a_reader_that_writes", """
            class Program
            {
                static readonly ReaderWriterLockSlim rw = new();
                static int version;
                static void Migrate()
                {
                    rw.EnterUpgradeableReadLock();
                    try { [|version++|]; } finally { rw.ExitUpgradeableReadLock(); }
                }
                static void Touch()
                {
                    rw.EnterReadLock();
                    try { [|version++|]; } finally { rw.ExitReadLock(); }
                }
                static void Main() => Task.WaitAll(Task.Run(Migrate), Task.Run(Touch));
            }
            """);

        yield return new(Rule, "safe_EnterUpgradeableReadLock_excludes_other_upgradeable_holders", """
            class Program
            {
                static readonly ReaderWriterLockSlim rw = new();
                static int counter;
                static void Work()
                {
                    rw.EnterUpgradeableReadLock();
                    try { counter++; } finally { rw.ExitUpgradeableReadLock(); }
                }
                static void Main() => Parallel.For(0, 10, _ => Work());
            }
            """);

        yield return new(Rule, "safe_SemaphoreSlim_WaitAsync", """
            class Program
            {
                static readonly SemaphoreSlim semaphore = new(1, 1);
                static int counter;
                static async Task Work()
                {
                    await semaphore.WaitAsync();
                    try { counter++; } finally { semaphore.Release(); }
                }
                static void Main() => Task.Run(Work);
            }
            """);

        yield return new(Rule, "safe_MethodImpl_Synchronized", """
            class Program
            {
                static int counter;
                [MethodImpl(MethodImplOptions.Synchronized)]
                static void Work() { counter++; }
                static void Main() => Parallel.For(0, 10, _ => Work());
            }
            """);

        yield return new(Rule, "safe_lambda_given_to_ForEach_inside_a_lock", """
            class Program
            {
                static readonly object gate = new();
                static int total;
                static void Main()
                {
                    var items = new List<int> { 1, 2, 3 };
                    Parallel.For(0, 10, _ =>
                    {
                        lock (gate) items.ForEach(x => total += x);
                    });
                }
            }
            """);

        // x ??= y reads x and writes it back: two threads that both see null both write (issue 12 §1).
        yield return new(Rule, "coalescing_assignment_in_a_Parallel_For_body", """
            class Program
            {
                static object? cache;
                static void Main() => Parallel.For(0, 10, _ => [|cache ??= new object()|]);
            }
            """);

        yield return new(Rule, "safe_assignment_from_another_variable_is_not_a_read_modify_write", """
            class Program
            {
                static int last, current;
                static void Main() => Parallel.For(0, 3, i => { last = current + 1; current = i * 2; });
            }
            """);

        yield return new(Rule, "safe_Parallel_For_body_takes_a_lock", """
            class Program
            {
                static readonly object gate = new();
                static long sum;
                static void Main()
                {
                    Parallel.For(0, 100, i =>
                    {
                        lock (gate) sum += i;
                    });
                }
            }
            """);

        // ---- Storage behind properties and in arrays ----

        yield return new(Rule, "auto_property_incremented_by_tasks", """
            class Job { public int Attempts { get; set; } }
            class Program
            {
                static void Main()
                {
                    var job = new Job();
                    Parallel.For(0, 4, _ => [|job.Attempts++|]);
                }
            }
            """);

        yield return new(Rule, "static_auto_property_from_timer", """
            static class Clock { public static int Ticks { get; set; } }
            class Program
            {
                static void Main()
                {
                    using var t = new Timer(_ => [|Clock.Ticks += 1|], null, 0, 1);
                }
            }
            """);

        yield return new(Rule, "property_backed_by_one_field_from_two_threads", """
            class Account
            {
                private decimal _balance;
                public decimal Balance { get { return _balance; } set { _balance = value; } }
            }
            class Program
            {
                static void Main()
                {
                    var account = new Account();
                    var a = new Thread(() => [|account.Balance += 10|]);
                    var b = new Thread(() => [|account.Balance -= 10|]);
                    a.Start(); b.Start();
                }
            }
            """);

        yield return new(Rule, "auto_property_assigned_from_itself", """
            class Meter
            {
                public long Received { get; private set; }
                public void Add(long size) { [|Received = Received + size|]; }
            }
            class Program
            {
                static readonly Meter meter = new();
                static void Main() => Parallel.For(0, 10, i => meter.Add(i));
            }
            """);

        yield return new(Rule, "safe_computed_property_is_not_storage", """
            class Scale
            {
                private int _raw;
                public int Doubled { get => _raw * 2; set => Console.WriteLine(value); }
            }
            class Program
            {
                static void Main()
                {
                    var scale = new Scale();
                    Parallel.For(0, 4, _ => scale.Doubled++);
                }
            }
            """);

        yield return new(Rule, "array_element_shared_by_Parallel_ForEach", """
            class Program
            {
                static void Main()
                {
                    var hist = new int[10];
                    Parallel.ForEach(new[] { 1, 2, 3 }, v => { [|hist[v % 10]++|]; });
                }
            }
            """);

        yield return new(Rule, "static_array_slot_two_dimensional_and_jagged", """
            class Program
            {
                static readonly int[] Slots = new int[4];
                static readonly int[,] Heat = new int[4, 4];
                static readonly int[][] Rows = { new int[4] };
                static void Main()
                {
                    for (int i = 0; i < 2; i++)
                    {
                        new Thread(() => [|Slots[0] += 5|]).Start();
                        new Thread(() => [|Heat[1, 2] += 1|]).Start();
                        new Thread(() => [|Rows[0][1] += 1|]).Start();
                    }
                }
            }
            """);

        yield return new(Rule, "field_of_a_struct_in_a_shared_array", """
            struct Bucket { public int Count; }
            class Program
            {
                static readonly Bucket[] Buckets = new Bucket[8];
                static void Main() => Parallel.For(0, 100, i => [|Buckets[i % 8].Count++|]);
            }
            """);

        yield return new(Rule, "safe_each_Parallel_For_iteration_owns_its_slot", """
            class Program
            {
                static void Main()
                {
                    var squares = new long[1000];
                    Parallel.For(0, squares.Length, i => { squares[i] = (long)i * i; squares[i]++; });
                }
            }
            """);

        yield return new(Rule, "safe_each_thread_owns_the_slot_of_its_loop_local", """
            class Program
            {
                static void Main()
                {
                    var counts = new long[4];
                    for (int t = 0; t < 4; t++)
                    {
                        int k = t;
                        new Thread(() => { for (int i = 0; i < 1000; i++) counts[k] += i; }).Start();
                    }
                    var sums = new long[4];
                    var ts = Enumerable.Range(0, 4).Select(k => Task.Run(() => { sums[k] += 1; })).ToArray();
                }
            }
            """);

        yield return new(Rule, "loop_variable_of_a_for_statement_is_shared_by_every_thread", """
            class Program
            {
                static void Main()
                {
                    var counts = new long[4];
                    for (int t = 0; t < 4; t++)
                        new Thread(() => [|counts[t] += 1|]).Start();
                }
            }
            """);

        // ---- Thread entries: continuations, wait registrations, finalizers ----

        yield return new(Rule, "ContinueWith_runs_alongside_the_code_that_attached_it", """
            class Program
            {
                static int total;
                static void Main()
                {
                    var pending = Task.Run(() => Thread.Sleep(5)).ContinueWith(t => { [|total += 10|]; });
                    for (int i = 0; i < 100; i++) [|total += 1|];
                    pending.Wait();
                }
            }
            """);

        yield return new(Rule, "awaiter_OnCompleted_callback_runs_on_the_pool", """
            class Program
            {
                static int completed;
                static void Main()
                {
                    for (int i = 0; i < 4; i++)
                        Task.Delay(1).GetAwaiter().OnCompleted(() => [|completed++|]);
                }
            }
            """);

        yield return new(Rule, "RegisterWaitForSingleObject_callback", """
            class Program
            {
                static int signals;
                static void OnSignal(object? state, bool timedOut) { [|signals++|]; }
                static void Main()
                {
                    var ev = new ManualResetEvent(false);
                    for (int i = 0; i < 4; i++) ThreadPool.RegisterWaitForSingleObject(ev, OnSignal, null, -1, true);
                    ev.Set();
                }
            }
            """);

        yield return new(Rule, "finalizer_runs_on_the_finalizer_thread", """
            class Resource
            {
                public static int Released;
                ~Resource() { [|Released++|]; }
            }
            class Program
            {
                static void Main() { for (int i = 0; i < 100; i++) new Resource(); }
            }
            """);

        yield return new(Rule, "safe_finalizer_touches_only_its_own_object", """
            class Resource
            {
                private int _closed;
                ~Resource() { _closed++; }
            }
            class Program
            {
                static void Main() { for (int i = 0; i < 100; i++) new Resource(); }
            }
            """);

        yield return new(Rule, "safe_ContinueWith_under_the_lock_every_access_takes", """
            class Program
            {
                static readonly object gate = new();
                static int total;
                static void Main()
                {
                    var pending = Task.Run(() => { }).ContinueWith(_ => { lock (gate) total += 10; });
                    lock (gate) total += 1;
                    pending.Wait();
                }
            }
            """);

        // ---- Code C# calls without a call written ----

        yield return new(Rule, "Dispose_at_the_end_of_using_on_pool_threads", """
            static class Pool { public static int InUse; }
            sealed class Lease : IDisposable
            {
                public Lease() { [|Pool.InUse++|]; }
                public void Dispose() { [|Pool.InUse--|]; }
            }
            class Program
            {
                static void Main() => Parallel.For(0, 100, i => { using (new Lease()) { } });
            }
            """);

        yield return new(Rule, "Deconstruct_behind_a_deconstruction", """
            sealed class Pair
            {
                public static int Reads;
                public void Deconstruct(out int a, out int b) { [|Reads++|]; a = 1; b = 2; }
            }
            class Program
            {
                static void Main()
                {
                    var p = new Pair();
                    Parallel.For(0, 4, _ => { var (x, y) = p; });
                }
            }
            """);

        yield return new(Rule, "user_defined_operator_and_conversion", """
            readonly struct Money
            {
                public static int Additions, Conversions;
                public readonly decimal Amount;
                public Money(decimal amount) { Amount = amount; }
                public static Money operator +(Money a, Money b) { [|Additions++|]; return new Money(a.Amount + b.Amount); }
                public static implicit operator Money(int value) { [|Conversions++|]; return new Money(value); }
            }
            class Program
            {
                static void Main() => Parallel.For(0, 4, k => { Money sum = 0; sum = sum + new Money(k); });
            }
            """);

        yield return new(Rule, "static_constructors_run_by_the_first_use_on_a_thread", """
            static class Registry { public static int Loaded; }
            static class PluginA { static PluginA() { [|Registry.Loaded++|]; } public static void Touch() { } }
            static class PluginB { static PluginB() { [|Registry.Loaded++|]; } public static void Touch() { } }
            class Program
            {
                static void Main() => Task.WaitAll(Task.Run(PluginA.Touch), Task.Run(PluginB.Touch));
            }
            """);

        yield return new(Rule, "safe_Dispose_on_the_main_thread_only", """
            static class Pool { public static int InUse; }
            sealed class Lease : IDisposable
            {
                public void Dispose() { Pool.InUse--; }
            }
            class Program
            {
                static void Main()
                {
                    using (new Lease()) { }
                    Task.Run(() => Console.WriteLine()).Wait();
                }
            }
            """);

        // ---- Which lock: a lock only protects what every other change also holds it for ----

        yield return new(Rule, "instance_lock_around_a_static_counter", """
            sealed class Account
            {
                public static int Operations;
                private readonly object _gate = new object();
                private int _balance;
                public void Deposit(int amount) { lock (_gate) { _balance += amount; [|Operations++|]; } }
            }
            class Program
            {
                static void Main()
                {
                    var accounts = new[] { new Account(), new Account() };
                    Parallel.For(0, 1000, i => accounts[i % 2].Deposit(i));
                }
            }
            """);

        yield return new(Rule, "a_fresh_lock_object_per_call_excludes_nobody", """
            class Program
            {
                static int events;
                static void Record() { var gate = new object(); lock (gate) { [|events++|]; } }
                static void Main() => Parallel.For(0, 1000, _ => Record());
            }
            """);

        yield return new(Rule, "two_different_locks_around_one_counter", """
            class Program
            {
                static readonly object ReadGate = new object(), WriteGate = new object();
                static int version;
                static void Publish() { lock (WriteGate) { [|version++|]; } }
                static void Refresh() { lock (ReadGate) { [|version += 10|]; } }
                static void Main()
                {
                    var a = Task.Run(() => { for (int i = 0; i < 100; i++) Publish(); });
                    var b = Task.Run(() => { for (int i = 0; i < 100; i++) Refresh(); });
                    Task.WaitAll(a, b);
                }
            }
            """);

        yield return new(Rule, "safe_one_static_lock_around_every_change", """
            sealed class Account
            {
                private static readonly object s_gate = new object();
                public static int Operations;
                public void Deposit() { lock (s_gate) Operations++; }
                public void Withdraw() { lock (s_gate) Operations += 2; }
            }
            class Program
            {
                static void Main()
                {
                    var account = new Account();
                    Parallel.Invoke(account.Deposit, account.Withdraw);
                }
            }
            """);

        yield return new(Rule, "safe_captured_lock_local_shared_by_the_lambdas", """
            class Program
            {
                static int total;
                static void Main()
                {
                    var gate = new object();
                    Parallel.For(0, 100, i => { lock (gate) total += i; });
                }
            }
            """);

        // ---- A lock taken through a small wrapper ----

        yield return new(Rule, "safe_TakeLock_wrapper_around_Monitor_Enter", """
            sealed class Buffer
            {
                private readonly object _gate = new object();
                private int _length;
                private void TakeLock(ref bool taken) { Monitor.Enter(_gate, ref taken); }
                public void Append(int n)
                {
                    bool taken = false;
                    try { TakeLock(ref taken); _length += n; }
                    finally { if (taken) Monitor.Exit(_gate); }
                }
            }
            class Program
            {
                static void Main() { var b = new Buffer(); Parallel.For(0, 100, i => b.Append(1)); }
            }
            """);

        yield return new(Rule, "safe_SpinLock_wrappers_for_enter_and_exit", """
            sealed class Counter
            {
                private SpinLock _spin = new SpinLock(false);
                private long _value;
                private void TakeLock(ref bool taken) => _spin.Enter(ref taken);
                private void ReleaseLock() => _spin.Exit();
                public void Add(long n)
                {
                    bool taken = false;
                    try { TakeLock(ref taken); _value += n; }
                    finally { if (taken) ReleaseLock(); }
                }
            }
            class Program
            {
                static void Main() { var c = new Counter(); Parallel.For(0, 100, i => c.Add(i)); }
            }
            """);

        yield return new(Rule, "wrapper_with_a_timed_TryEnter_whose_failure_is_ignored", """
            sealed class Cache
            {
                private readonly object _gate = new object();
                private int _misses;
                private void TakeLock(ref bool taken) { Monitor.TryEnter(_gate, 1, ref taken); }
                public void Miss()
                {
                    bool taken = false;
                    try { TakeLock(ref taken); [|_misses++|]; }
                    finally { if (taken) Monitor.Exit(_gate); }
                }
            }
            class Program
            {
                static void Main() { var c = new Cache(); Parallel.For(0, 100, _ => c.Miss()); }
            }
            """);

        yield return new(Rule, "safe_thread_started_only_under_a_false_constant", """
            class Program
            {
                const bool UseBackgroundFlush = false;
                static int flushes;
                static void Flush() { flushes++; }
                static void Main()
                {
                    if (UseBackgroundFlush) new Thread(Flush).Start();
                    for (int i = 0; i < 10; i++) Flush();
                }
            }
            """);

        // ---- Issue 12 §1, second round: the finalizer against the rest of the program ----

        yield return new(Rule, "finalizer_races_the_constructor_that_changes_the_same_static", """
            class Handle
            {
                public static int Live;
                public Handle() { [|Live++|]; }
                ~Handle() { [|Live--|]; }
            }
            class Program
            {
                static void Main() { for (int i = 0; i < 100; i++) new Handle(); }
            }
            """);

        yield return new(Rule, "safe_finalizer_and_constructor_under_one_lock", """
            class Handle
            {
                static readonly object Gate = new();
                public static int Live;
                public Handle() { lock (Gate) Live++; }
                ~Handle() { lock (Gate) Live--; }
            }
            class Program
            {
                static void Main() { for (int i = 0; i < 100; i++) new Handle(); }
            }
            """);

        // ---- ref locals and ref returns alias the storage they point to ----

        yield return new(Rule, "ref_local_aliasing_an_instance_field", """
            class Gauge
            {
                private int _level;
                public void Raise()
                {
                    ref int level = ref _level;
                    [|level += 3|];
                }
            }
            class Program
            {
                static void Main() { var g = new Gauge(); Parallel.For(0, 100, _ => g.Raise()); }
            }
            """);

        yield return new(Rule, "ref_local_aliasing_an_element_of_a_static_array", """
            class Program
            {
                static readonly int[] Counts = new int[3];
                static void Work()
                {
                    ref int slot = ref Counts[2];
                    for (int i = 0; i < 1000; i++) [|slot++|];
                }
                static void Main() { Task.WaitAll(Task.Run(Work), Task.Run(Work)); }
            }
            """);

        yield return new(Rule, "ref_return_of_a_static_array_element", """
            class Program
            {
                static readonly int[] Slots = new int[8];
                static ref int Slot(int i) => ref Slots[i % Slots.Length];
                static void Main() { Parallel.For(0, 1000, i => { [|Slot(i)++|]; }); }
            }
            """);

        yield return new(Rule, "safe_ref_local_aliasing_a_local_of_the_thread", """
            class Program
            {
                static void Work()
                {
                    int own = 0;
                    ref int slot = ref own;
                    for (int i = 0; i < 1000; i++) slot++;
                    Console.WriteLine(own);
                }
                static void Main() { Task.WaitAll(Task.Run(Work), Task.Run(Work)); }
            }
            """);

        yield return new(Rule, "safe_ref_local_to_a_static_under_a_lock", """
            class Program
            {
                static readonly object Gate = new();
                static int total;
                static void Work()
                {
                    ref int slot = ref total;
                    for (int i = 0; i < 1000; i++) lock (Gate) slot++;
                }
                static void Main() { Task.WaitAll(Task.Run(Work), Task.Run(Work)); }
            }
            """);

        // ---- the state object a thread entry API hands to its delegate ----

        yield return new(Rule, "state_object_passed_to_QueueUserWorkItem_in_a_loop", """
            class Tally { public int Value; }
            class Program
            {
                static void Count(object? state)
                {
                    var tally = (Tally)state!;
                    [|tally.Value += 3|];
                }
                static void Main()
                {
                    var tally = new Tally();
                    for (int i = 0; i < 8; i++) ThreadPool.UnsafeQueueUserWorkItem(Count, tally);
                    Thread.Sleep(200);
                }
            }
            """);

        yield return new(Rule, "state_object_passed_to_StartNew_and_to_Thread_Start", """
            class Box { public int N; }
            class Program
            {
                static void Sample(object? state)
                {
                    var box = state as Box;
                    [|box!.N++|];
                }
                static void Main()
                {
                    var box = new Box();
                    var tasks = new Task[3];
                    for (int i = 0; i < tasks.Length; i++)
                        tasks[i] = Task.Factory.StartNew(s => { var b = (Box)s!; [|b.N++|]; }, box);
                    Task.WaitAll(tasks);
                    var a = new Thread(Sample);
                    var c = new Thread(Sample);
                    a.Start(box);
                    c.Start(box);
                    a.Join(); c.Join();
                }
            }
            """);

        yield return new(Rule, "safe_each_work_item_gets_its_own_state_object", """
            class Tally { public int Value; }
            class Program
            {
                static void Count(object? state)
                {
                    var tally = (Tally)state!;
                    tally.Value += 3;
                }
                static void Main()
                {
                    for (int i = 0; i < 8; i++)
                    {
                        var tally = new Tally();
                        ThreadPool.QueueUserWorkItem(Count, tally);
                    }
                    var box = new Tally();
                    var t = new Thread(Count);
                    t.Start(box);
                    t.Join();
                    box.Value++;
                }
            }
            """);

        // ---- the rest of an async method after its first await runs on the thread pool ----

        yield return new(Rule, "async_method_after_await_called_for_each_element", """
            class Program
            {
                static int handled;
                static async Task HandleAsync(int id)
                {
                    await Task.Yield();
                    [|handled++|];
                }
                static void Main() { Task.WaitAll(Enumerable.Range(0, 10).Select(HandleAsync).ToArray()); }
            }
            """);

        yield return new(Rule, "stored_async_lambda_called_three_times_before_the_wait", """
            class Program
            {
                static int n;
                static void Main()
                {
                    Func<Task> step = async () =>
                    {
                        await Task.Delay(1);
                        [|n += 2|];
                    };
                    Task.WaitAll(step(), step(), step());
                }
            }
            """);

        yield return new(Rule, "lock_around_the_call_does_not_cover_the_code_after_the_await", """
            class Journal
            {
                private readonly object _gate = new();
                private int _saved;
                private async Task SaveAsync(int n)
                {
                    await Task.Delay(1);
                    [|_saved += n|];
                }
                public void Save(int n) { lock (_gate) { _ = SaveAsync(n); } }
            }
            class Program
            {
                static void Main() { var j = new Journal(); Parallel.For(0, 20, j.Save); }
            }
            """);

        yield return new(Rule, "safe_async_calls_awaited_one_after_the_other", """
            class Program
            {
                static int fetched;
                static async Task FetchAsync()
                {
                    await Task.Delay(1);
                    fetched++;
                }
                static async Task MainAsync()
                {
                    for (int i = 0; i < 3; i++) await FetchAsync();
                    await Task.Run(() => fetched += 10);
                    fetched++;
                }
                static void Main() { MainAsync().GetAwaiter().GetResult(); }
            }
            """);

        yield return new(Rule, "safe_async_call_awaited_before_the_loop_that_repeats_it_is_started", """
            class Monitor2
            {
                private int _failures;
                private Task? _loop;
                private async ValueTask<bool> CheckAsync()
                {
                    try
                    {
                        await Task.Delay(1).ConfigureAwait(false);
                        _failures = 0;
                        return true;
                    }
                    catch (Exception)
                    {
                        _failures++;
                        return false;
                    }
                }
                private async Task RunAsync()
                {
                    while (await CheckAsync()) await Task.Delay(10);
                }
                public async Task StartAsync()
                {
                    await CheckAsync().ConfigureAwait(false);
                    _loop = Task.Factory.StartNew(() => RunAsync(), TaskCreationOptions.LongRunning).Unwrap();
                }
            }
            class Program
            {
                static void Main() { new Monitor2().StartAsync().GetAwaiter().GetResult(); }
            }
            """);

        yield return new(Rule, "safe_async_loop_called_inside_the_started_lambda_after_an_awaited_first_call", """
            class Heartbeat
            {
                private readonly CancellationTokenSource _stop = new();
                private Task _loop = Task.CompletedTask;
                private int _misses;
                public async Task StartAsync()
                {
                    await BeatAsync().ConfigureAwait(false);
                    _loop = Task.Factory.StartNew(() => LoopAsync(_stop.Token), _stop.Token, TaskCreationOptions.HideScheduler, TaskScheduler.Default).Unwrap();
                }
                private async ValueTask<bool> BeatAsync()
                {
                    try
                    {
                        await Task.Delay(1).ConfigureAwait(false);
                        _misses = 0;
                        return true;
                    }
                    catch (Exception)
                    {
                        _misses++;
                        return false;
                    }
                }
                private async Task LoopAsync(CancellationToken token)
                {
                    while (!token.IsCancellationRequested)
                    {
                        await Task.Delay(10, token).ConfigureAwait(false);
                        await BeatAsync().ConfigureAwait(false);
                    }
                }
            }
            class Program
            {
                static void Main() { new Heartbeat().StartAsync().GetAwaiter().GetResult(); }
            }
            """);

        yield return new(Rule, "async_loop_called_inside_two_started_lambdas", """
            class Heartbeat
            {
                private int _misses;
                private async Task BeatAsync()
                {
                    await Task.Delay(1);
                    [|_misses++|];
                }
                private async Task LoopAsync()
                {
                    for (int i = 0; i < 3; i++) await BeatAsync();
                }
                public void Start()
                {
                    _ = Task.Run(() => LoopAsync());
                    _ = Task.Run(() => LoopAsync());
                }
            }
            class Program
            {
                static void Main() { new Heartbeat().Start(); Thread.Sleep(100); }
            }
            """);

        yield return new(Rule, "safe_await_of_a_completed_task_stays_inside_the_callers_lock", """
            class Tally
            {
                private readonly object _gate = new();
                private int _count;
                private async Task BumpAsync()
                {
                    await Task.CompletedTask;
                    _count++;
                }
                public void Bump() { lock (_gate) { BumpAsync().GetAwaiter().GetResult(); } }
            }
            class Program
            {
                static void Main() { var t = new Tally(); Parallel.For(0, 100, _ => t.Bump()); }
            }
            """);

        yield return new(Rule, "safe_async_method_after_await_under_its_own_lock", """
            class Program
            {
                static readonly object Gate = new();
                static int handled;
                static async Task HandleAsync(int id)
                {
                    await Task.Yield();
                    lock (Gate) handled++;
                }
                static void Main() { Task.WaitAll(Enumerable.Range(0, 10).Select(HandleAsync).ToArray()); }
            }
            """);

        // ---- locks the analysis did not see: an Interlocked flag, a TakeLock that returns whether it got the lock, a disposable releaser ----

        yield return new(Rule, "safe_Interlocked_CompareExchange_admits_one_winner", """
            class Service
            {
                private int _started;
                public int Starts;
                public void EnsureStarted()
                {
                    if (Interlocked.CompareExchange(ref _started, 1, 0) == 0) Starts++;
                }
            }
            class Program
            {
                static void Main() { var s = new Service(); Parallel.For(0, 32, _ => s.EnsureStarted()); }
            }
            """);

        yield return new(Rule, "safe_Interlocked_Exchange_reentrancy_guard_of_a_timer", """
            class Poller
            {
                private int _busy;
                private int _polls;
                public void OnTick(object? state)
                {
                    if (Interlocked.Exchange(ref _busy, 1) != 0) return;
                    try { _polls++; }
                    finally { Volatile.Write(ref _busy, 0); }
                }
            }
            class Program
            {
                static void Main() { var p = new Poller(); using (new Timer(p.OnTick, null, 0, 1)) Thread.Sleep(50); }
            }
            """);

        yield return new(Rule, "Interlocked_flag_guards_one_writer_but_another_skips_it", """
            class Service
            {
                private int _started;
                public int Starts;
                public void EnsureStarted()
                {
                    if (Interlocked.CompareExchange(ref _started, 1, 0) == 0) [|Starts++|];
                }
                public void Restart() { [|Starts++|]; }
            }
            class Program
            {
                static void Main() { var s = new Service(); Parallel.For(0, 32, _ => { s.EnsureStarted(); s.Restart(); }); }
            }
            """);

        yield return new(Rule, "safe_TakeLock_returning_whether_a_timed_TryEnter_got_the_lock", """
            class Cache
            {
                private readonly object _gate = new();
                private int _misses;
                private bool TakeLock(ref bool taken)
                {
                    Monitor.TryEnter(_gate, 1, ref taken);
                    return taken;
                }
                public void Miss()
                {
                    bool taken = false;
                    try
                    {
                        if (!TakeLock(ref taken)) return;
                        _misses++;
                    }
                    finally { if (taken) Monitor.Exit(_gate); }
                }
            }
            class Program
            {
                static void Main() { var c = new Cache(); Parallel.For(0, 1000, _ => c.Miss()); }
            }
            """);

        yield return new(Rule, "safe_using_a_TakeLock_that_returns_a_releaser", """
            class Ledger
            {
                private readonly object _gate = new();
                private decimal _balance;
                private readonly struct Releaser : IDisposable
                {
                    private readonly object _gate;
                    public Releaser(object gate) { _gate = gate; }
                    public void Dispose() => Monitor.Exit(_gate);
                }
                private Releaser TakeLock()
                {
                    Monitor.Enter(_gate);
                    return new Releaser(_gate);
                }
                public void Post(decimal amount) { using (TakeLock()) { _balance += amount; } }
            }
            class Program
            {
                static void Main() { var l = new Ledger(); Parallel.For(0, 100, i => l.Post(i)); }
            }
            """);

        yield return new(Rule, "TakeLock_result_ignored_after_a_timed_TryEnter", """
            class Cache
            {
                private readonly object _gate = new();
                private int _misses;
                private bool TakeLock(ref bool taken)
                {
                    Monitor.TryEnter(_gate, 1, ref taken);
                    return taken;
                }
                public void Miss()
                {
                    bool taken = false;
                    try
                    {
                        TakeLock(ref taken);
                        [|_misses++|];
                    }
                    finally { if (taken) Monitor.Exit(_gate); }
                }
            }
            class Program
            {
                static void Main() { var c = new Cache(); Parallel.For(0, 1000, _ => c.Miss()); }
            }
            """);

        yield return new(Rule, "SemaphoreSlim_with_three_permits_admits_three_writers", """
            class Program
            {
                static readonly SemaphoreSlim Slots = new SemaphoreSlim(3, 3);
                static int served;
                static void Serve()
                {
                    Slots.Wait();
                    try { [|served++|]; }
                    finally { Slots.Release(); }
                }
                static void Main() { Parallel.For(0, 100, _ => Serve()); }
            }
            """);

        yield return new(Rule, "safe_SemaphoreSlim_with_one_permit_is_a_lock", """
            class Program
            {
                static readonly SemaphoreSlim Slots = new SemaphoreSlim(1, 3);
                static int served;
                static void Serve()
                {
                    Slots.Wait();
                    try { served++; }
                    finally { Slots.Release(); }
                }
                static void Main() { Parallel.For(0, 100, _ => Serve()); }
            }
            """);

        yield return new(Rule, "ref_parameter_that_every_call_passes_a_static_field", """
            class Program
            {
                static int s_hits;
                static void Add(ref int into, int n) { [|into += n|]; }
                static void Main()
                {
                    Parallel.For(0, 100, i => Add(ref s_hits, i));
                }
            }
            """);

        yield return new(Rule, "ref_parameter_written_through_Volatile_Write_of_a_Volatile_Read", """
            class Program
            {
                static int s_seen;
                static void Touch(ref int slot) { [|Volatile.Write(ref slot, Volatile.Read(ref slot) + 1)|]; }
                static void Main()
                {
                    var a = new Thread(() => Touch(ref s_seen));
                    var b = new Thread(() => Touch(ref s_seen));
                    a.Start(); b.Start();
                }
            }
            """);

        yield return new(Rule, "safe_ref_parameter_passed_a_local_of_each_thread", """
            class Program
            {
                static void Add(ref int into, int n) { into += n; }
                static void Main()
                {
                    Parallel.For(0, 100, i => { int mine = 0; Add(ref mine, i); });
                }
            }
            """);

        yield return new(Rule, "Interlocked_Exchange_of_a_value_read_before_it", """
            class Program
            {
                static long s_next;
                static long Take() => [|Interlocked.Exchange(ref s_next, s_next + 1)|];
                static void Main() { Parallel.For(0, 100, _ => Take()); }
            }
            """);

        yield return new(Rule, "safe_Interlocked_Exchange_of_a_value_not_read_from_it", """
            class Program
            {
                static long s_last;
                static void Mark(long stamp) => Interlocked.Exchange(ref s_last, stamp + 1);
                static void Main() { Parallel.For(0, 100, i => Mark(i)); }
            }
            """);

        yield return new(Rule, "auto_property_of_an_object_in_an_auto_property_of_this", """
            class Meter { public int Ticks { get; set; } }
            class Clock
            {
                public Meter Meter { get; } = new Meter();
                public void Tick() { [|Meter.Ticks++|]; }
            }
            class Program
            {
                static void Main()
                {
                    var clock = new Clock();
                    Parallel.For(0, 100, _ => clock.Tick());
                }
            }
            """);

        yield return new(Rule, "safe_auto_property_of_an_object_each_thread_makes", """
            class Meter { public int Ticks { get; set; } }
            class Clock
            {
                public Meter Meter { get; } = new Meter();
                public void Tick() { Meter.Ticks++; }
            }
            class Program
            {
                static void Main()
                {
                    Parallel.For(0, 100, _ => { var own = new Clock(); own.Tick(); });
                }
            }
            """);

        // ---- What runs alongside a thread: using-held timers, starts in other members, repeated starts (issue 12) ----

        yield return new(Rule, "starter_increments_inside_the_using_that_holds_a_timer_whose_callback_increments", """
            class Meter
            {
                double rate;
                public void Decay(object? state) { [|rate = rate * 0.5|]; }
                public void Mark() { [|rate += 1|]; }
            }
            class Program
            {
                static void Main()
                {
                    var meter = new Meter();
                    using (new Timer(meter.Decay, null, 0, 1))
                    {
                        for (int i = 0; i < 100; i++) meter.Mark();
                    }
                }
            }
            """);

        yield return new(Rule, "safe_increment_after_the_using_that_disposes_a_timer_firing_once", """
            class Program
            {
                static int ticks;
                static void Main()
                {
                    using (new Timer(_ => ticks++, null, 0, Timeout.Infinite)) Thread.Sleep(10);
                    ticks += 10;
                }
            }
            """);

        yield return new(Rule, "safe_increment_after_the_block_of_a_using_declared_timer", """
            class Program
            {
                static int ticks;
                static void Main()
                {
                    {
                        using var timer = new Timer(_ => ticks++, null, 0, Timeout.Infinite);
                        Thread.Sleep(10);
                    }
                    ticks += 10;
                }
            }
            """);

        yield return new(Rule, "timer_field_subscribed_in_the_constructor_and_started_in_another_method", """
            class Heartbeat
            {
                int beats;
                readonly System.Timers.Timer timer = new(1);
                public Heartbeat() { timer.Elapsed += (s, e) => [|beats++|]; }
                public int Observe()
                {
                    beats += 3;
                    timer.Start();
                    [|beats += 5|];
                    timer.Stop();
                    beats += 7;
                    return beats;
                }
            }
            class Program
            {
                static void Main() => Console.WriteLine(new Heartbeat().Observe());
            }
            """);

        yield return new(Rule, "safe_timer_field_started_in_another_method_whose_handler_only_stores", """
            class Heartbeat
            {
                int beats;
                DateTime last;
                readonly System.Timers.Timer timer = new(1);
                public Heartbeat() { timer.Elapsed += (s, e) => last = e.SignalTime; }
                public int Observe()
                {
                    beats += 3;
                    timer.Start();
                    Thread.Sleep(5);
                    timer.Stop();
                    beats += 7;
                    return beats;
                }
            }
            class Program
            {
                static void Main() => Console.WriteLine(new Heartbeat().Observe());
            }
            """);

        yield return new(Rule, "timer_started_by_a_local_function_runs_alongside_the_callers_using_body", """
            class Program
            {
                static int ticks;
                static void Main()
                {
                    using (var timer = StartTicking())
                    {
                        [|ticks += 100|];
                    }
                    ticks += 1;

                    static Timer StartTicking() => new Timer(_ => [|ticks++|], null, 0, 1);
                }
            }
            """);

        yield return new(Rule, "task_started_by_a_local_function_runs_until_the_caller_waits", """
            class Program
            {
                static int done;
                static void Main()
                {
                    var task = Work();
                    [|done++|];
                    task.Wait();
                    done++;

                    static Task Work() => Task.Run(() => [|done++|]);
                }
            }
            """);

        yield return new(Rule, "safe_task_started_by_a_local_function_and_awaited_at_once", """
            class Program
            {
                static int done;
                static async Task Main()
                {
                    await Work();
                    done++;

                    static Task Work() => Task.Run(() => done++);
                }
            }
            """);

        yield return new(Rule, "statement_before_a_start_in_a_loop_runs_alongside_the_threads_of_earlier_iterations", """
            class Program
            {
                static int seen;
                static void Main()
                {
                    var threads = new List<Thread>();
                    for (int i = 0; i < 4; i++)
                    {
                        [|seen++|];
                        var t = new Thread(() => [|seen += 10|]);
                        t.Start();
                        threads.Add(t);
                    }
                    foreach (var t in threads) t.Join();
                    seen++;
                }
            }
            """);

        yield return new(Rule, "safe_statement_before_a_start_in_a_loop_that_joins_each_thread", """
            class Program
            {
                static int seen;
                static void Main()
                {
                    for (int i = 0; i < 4; i++)
                    {
                        seen++;
                        var t = new Thread(() => seen += 10);
                        t.Start();
                        t.Join();
                    }
                }
            }
            """);

        yield return new(Rule, "waiting_for_the_variable_that_holds_only_the_last_task_started_in_a_loop", """
            class Program
            {
                static int count;
                static void Main()
                {
                    Task? last = null;
                    for (int i = 0; i < 4; i++) last = Task.Run(() => [|count++|]);
                    last!.Wait();
                    [|count++|];
                }
            }
            """);

        yield return new(Rule, "waiting_for_the_last_element_of_the_tasks_started_in_a_loop", """
            class Program
            {
                static int count;
                static void Main()
                {
                    var tasks = new Task[4];
                    for (int i = 0; i < tasks.Length; i++) tasks[i] = Task.Run(() => [|count++|]);
                    tasks[^1].Wait();
                    [|count++|];
                }
            }
            """);

        yield return new(Rule, "safe_task_variable_assigned_and_waited_in_each_iteration", """
            class Program
            {
                static int count;
                static void Main()
                {
                    Task? last = null;
                    for (int i = 0; i < 4; i++)
                    {
                        last = Task.Run(() => count++);
                        last.Wait();
                    }
                    count++;
                }
            }
            """);

        // ---- A constructor's call of a hook on the object it builds (issue 12, template method) ----

        yield return new(Rule, "safe_virtual_hook_called_by_the_constructor_without_the_lock_every_other_caller_holds", """
            class Connection
            {
                protected readonly object Sync = new();
                protected int Opened;
                public Connection() { Open(); }
                public void Reopen() { lock (Sync) Open(); }
                protected virtual void Open() { Opened++; }
            }
            sealed class SecureConnection : Connection
            {
                protected override void Open() { Opened += 2; }
            }
            class Program
            {
                static void Main()
                {
                    var c = new SecureConnection();
                    Parallel.For(0, 4, _ => c.Reopen());
                }
            }
            """);

        yield return new(Rule, "hook_called_from_a_task_the_constructor_starts_is_not_construction", """
            class Connection
            {
                protected readonly object Sync = new();
                protected int Opened;
                public Connection() { Task.Run(() => Open()); }
                public void Reopen() { lock (Sync) Open(); }
                protected virtual void Open() { [|Opened++|]; }
            }
            class Program
            {
                static void Main()
                {
                    var c = new Connection();
                    Parallel.For(0, 4, _ => c.Reopen());
                }
            }
            """);

        // ---- Delegates stored in an event or a field and invoked later by threads (issue 12) ----

        yield return new(Rule, "event_handler_bound_to_a_local_runs_where_the_event_is_raised_by_Parallel_For", """
            class Bus
            {
                public event Action<int>? Published;
                public void Publish(int n) => Published?.Invoke(n);
            }
            class Listener
            {
                public long Sum;
                public void OnPublished(int n) { [|Sum += n|]; }
            }
            class Program
            {
                static void Main()
                {
                    var bus = new Bus();
                    var listener = new Listener();
                    bus.Published += listener.OnPublished;
                    Parallel.For(0, 100, bus.Publish);
                }
            }
            """);

        yield return new(Rule, "lambda_added_to_a_handler_table_runs_on_the_tasks_that_look_it_up", """
            class Program
            {
                static int saves;
                static readonly Dictionary<string, Action> Handlers = new();
                static void Main()
                {
                    Handlers.Add("save", () => [|saves++|]);
                    var tasks = new[] { "save", "save" }.Select(c => Task.Run(() => Handlers[c]())).ToArray();
                    Task.WaitAll(tasks);
                }
            }
            """);

        yield return new(Rule, "lambda_assigned_to_a_delegate_field_runs_on_the_threads_that_invoke_the_field", """
            class Program
            {
                static int ticks;
                static Action? onTick;
                static void Main()
                {
                    onTick = () => [|ticks++|];
                    var a = new Thread(() => onTick!());
                    var b = new Thread(() => onTick!());
                    a.Start();
                    b.Start();
                    a.Join();
                    b.Join();
                }
            }
            """);

        yield return new(Rule, "safe_event_raised_under_the_lock_of_the_object_that_raises_it", """
            class Bus
            {
                readonly object gate = new();
                public event Action<int>? Published;
                public void Publish(int n) { lock (gate) Published?.Invoke(n); }
            }
            class Listener
            {
                public long Sum;
                public void OnPublished(int n) { Sum += n; }
            }
            class Program
            {
                static void Main()
                {
                    var bus = new Bus();
                    var listener = new Listener();
                    bus.Published += listener.OnPublished;
                    Parallel.For(0, 100, bus.Publish);
                }
            }
            """);

        yield return new(Rule, "safe_handler_table_invoked_only_by_the_main_thread", """
            class Program
            {
                static int saves;
                static readonly Dictionary<string, Action> Handlers = new() { ["save"] = () => saves++ };
                static void Main()
                {
                    Parallel.For(0, 10, _ => Console.WriteLine(Handlers.Count));
                    Handlers["save"]();
                }
            }
            """);

        // ---- A using's Dispose runs at its end: after the awaits inside it, on the thread pool (issue 12) ----

        yield return new(Rule, "Dispose_of_a_using_declaration_runs_after_the_await_below_it", """
            class Lease : IDisposable
            {
                public static int Returned;
                public void Dispose() { [|Returned++|]; }
            }
            class Program
            {
                static async Task WorkAsync()
                {
                    using var lease = new Lease();
                    await Task.Delay(1);
                }
                static void Main() => Task.WaitAll(WorkAsync(), WorkAsync());
            }
            """);

        yield return new(Rule, "DisposeAsync_of_an_await_using_whose_body_awaits", """
            class Pool : IAsyncDisposable
            {
                public static int Released;
                public ValueTask DisposeAsync() { [|Released++|]; return default; }
            }
            class Program
            {
                static async Task BorrowAsync()
                {
                    await using (var item = new Pool()) { await Task.Yield(); }
                }
                static void Main() => Task.WaitAll(BorrowAsync(), BorrowAsync());
            }
            """);

        yield return new(Rule, "safe_Dispose_of_a_using_that_ends_before_the_first_await", """
            class Lease : IDisposable
            {
                public static int Returned;
                public void Dispose() { Returned++; }
            }
            class Program
            {
                static async Task WorkAsync()
                {
                    using (new Lease()) { Console.WriteLine("held"); }
                    await Task.Delay(1);
                }
                static void Main() => Task.WaitAll(WorkAsync(), WorkAsync());
            }
            """);

        // ---- A read-modify-write split over two lock statements (issue 12) ----

        yield return new(Rule, "value_read_under_one_lock_statement_and_written_back_under_another", """
            class Gauge
            {
                readonly object gate = new();
                long level;
                public void Raise(long by)
                {
                    long before;
                    lock (gate) before = level;
                    lock (gate) { [|level = before + by|]; }
                }
            }
            class Program
            {
                static void Main()
                {
                    var g = new Gauge();
                    Parallel.For(0, 100, i => g.Raise(i));
                }
            }
            """);

        yield return new(Rule, "safe_value_read_and_written_back_inside_one_lock_statement", """
            class Gauge
            {
                readonly object gate = new();
                long level;
                public void Raise(long by)
                {
                    lock (gate)
                    {
                        var before = level;
                        level = before + by;
                    }
                }
            }
            class Program
            {
                static void Main()
                {
                    var g = new Gauge();
                    Parallel.For(0, 100, i => g.Raise(i));
                }
            }
            """);

        yield return new(Rule, "ConcurrentDictionary_indexer_increment_from_several_threads", """
            class Program
            {
                static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Hits = new();
                static void Main()
                {
                    Hits["a"] = 0;
                    Parallel.For(0, 100, _ => { [|Hits["a"] += 1|]; });
                }
            }
            """);

        yield return new(Rule, "safe_ConcurrentDictionary_AddOrUpdate_and_an_indexer_increment_on_one_thread", """
            class Program
            {
                static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Hits = new();
                static void Main()
                {
                    Parallel.For(0, 100, _ => Hits.AddOrUpdate("a", 1, (_, v) => v + 1));
                    var local = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
                    local["b"] = 0;
                    local["b"]++;
                }
            }
            """);
    }
}
