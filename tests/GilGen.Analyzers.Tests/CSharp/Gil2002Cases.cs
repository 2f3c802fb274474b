using System.Collections.Generic;

namespace GilGen.Analyzers.Tests.CSharp;

/// <summary>GIL2002 cases: compound operations on volatile fields, wherever they are, and what a lock or construction excuses.</summary>
public static class Gil2002Cases
{
    private const string Rule = "GIL2002";

    /// <summary>Every GIL2002 case.</summary>
    public static IEnumerable<RuleCase> All()
    {
        yield return new(Rule, "increment_of_a_volatile_field_with_no_thread_in_sight", """
            class Counter
            {
                volatile int ticks;
                public void Tick() { [|ticks++|]; }
            }
            """);

        yield return new(Rule, "prefix_decrement_and_compound_assignment_and_x_equals_x_plus_1", """
            class Counter
            {
                volatile int pending;
                public void Update()
                {
                    [|--pending|];
                    [|pending += 2|];
                    [|pending = pending + 1|];
                    [|pending = 3 * pending|];
                }
            }
            """);

        yield return new(Rule, "on_a_thread_it_is_GIL2002_only_never_also_GIL2001", """
            class Program
            {
                static volatile int hits;
                static void Main() => Parallel.For(0, 10, _ => [|hits++|]);
            }
            """);

        yield return new(Rule, "volatile_field_of_another_object", """
            class Flag { public volatile int Version; }
            class Program
            {
                static void Bump(Flag flag) { [|flag.Version++|]; }
            }
            """);

        yield return new(Rule, "private_helper_also_called_without_the_lock_is_reported", """
            class Flags
            {
                readonly object gate = new();
                volatile int version;
                public void Bump() { lock (gate) Increment(); }
                public void Unsafe() => Increment();
                private void Increment() { [|version++|]; }
            }
            """);

        yield return new(Rule, "lambda_given_to_Task_Run_inside_a_lock_does_not_hold_it", """
            class Program
            {
                static readonly object gate = new();
                static volatile int total;
                static void Main()
                {
                    lock (gate)
                    {
                        Task.Run(() => [|total++|]);
                    }
                }
            }
            """);

        yield return new(Rule, "nested_type_is_reported_once", """
            class Outer
            {
                class Inner
                {
                    volatile int ticks;
                    public void Tick() { [|ticks++|]; }
                }
            }
            """);

        yield return new(Rule, "safe_under_a_lock", """
            class Counter
            {
                readonly object gate = new();
                volatile int ticks;
                public void Tick() { lock (gate) ticks++; }
            }
            """);

        yield return new(Rule, "safe_under_System_Threading_Lock_EnterScope", """
            class Counter
            {
                readonly Lock gate = new();
                volatile int ticks;
                public void Tick()
                {
                    using (gate.EnterScope()) ticks++;
                }
            }
            """);

        yield return new(Rule, "safe_plain_reads_and_writes", """
            class Worker
            {
                volatile bool stop;
                volatile int last;
                public void Stop() => stop = true;
                public void Run()
                {
                    while (!stop) last = Environment.TickCount;
                }
            }
            """);

        yield return new(Rule, "safe_Interlocked_on_a_volatile_field", """
            class Counter
            {
                volatile int ticks;
            #pragma warning disable CS0420 // a reference to a volatile field: Interlocked is atomic anyway
                public void Tick() => Interlocked.Increment(ref ticks);
            #pragma warning restore CS0420
            }
            """);

        yield return new(Rule, "safe_constructor_and_static_constructor", """
            class Counter
            {
                static volatile int s_instances;
                volatile int ticks;
                static Counter() { s_instances += 0; }
                public Counter() { ticks++; this.ticks += 2; }
            }
            """);

        yield return new(Rule, "safe_private_helper_only_called_under_a_lock", """
            class Flags
            {
                readonly object gate = new();
                volatile int version;
                public void Bump() { lock (gate) Increment(); }
                private void Increment() { version++; }
            }
            """);

        yield return new(Rule, "safe_lambda_given_to_ForEach_inside_a_lock", """
            class Program
            {
                static readonly object gate = new();
                static volatile int total;
                static void Add(List<int> items)
                {
                    lock (gate) items.ForEach(x => total += x);
                }
            }
            """);

        yield return new(Rule, "safe_non_volatile_field_outside_threads", """
            class Counter
            {
                int ticks;
                public void Tick() { ticks++; }
            }
            """);
    }
}
