using System.Collections.Generic;

namespace GilGen.Analyzers.Tests.CSharp;

/// <summary>GIL2004 cases: fields written with a lock in one place and without it in another, in code run on threads.</summary>
public static class Gil2004Cases
{
    private const string Rule = "GIL2004";

    /// <summary>Every GIL2004 case.</summary>
    public static IEnumerable<RuleCase> All()
    {
        yield return new(Rule, "unlocked_reset_of_a_field_written_under_a_lock", """
            class Account
            {
                readonly object gate = new();
                int balance;
                public void Deposit(int amount) { lock (gate) {|GIL2001:balance += amount|}; }
                public void Reset() { [|balance = 0|]; }
            }
            class Program
            {
                static void Main()
                {
                    var account = new Account();
                    Parallel.Invoke(() => account.Deposit(1), () => account.Reset());
                }
            }
            """);

        yield return new(Rule, "unlocked_increment_without_evidence_for_GIL2001", """
            class Meter
            {
                readonly object gate = new();
                int reads;
                public void Locked() { lock (gate) reads++; }
                public void Run() { [|reads++|]; }
            }
            class Program
            {
                static void Main()
                {
                    var m = new Meter();
                    m.Locked();
                    new Thread(m.Run).Start();
                }
            }
            """);

        yield return new(Rule, "locked_with_System_Threading_Lock_elsewhere", """
            class Program
            {
                static readonly Lock gate = new();
                static bool done;
                static void Finish() { using (gate.EnterScope()) done = true; }
                static void Work() { [|done = false|]; }
                static void Main()
                {
                    Finish();
                    Task.Run(Work);
                }
            }
            """);

        yield return new(Rule, "coalescing_assignment_without_the_lock", """
            class Program
            {
                static readonly object gate = new();
                static object? cache;
                static void Clear() { lock (gate) cache = null; }
                static void Main()
                {
                    Clear();
                    // x ??= y reads and writes back: GIL2001's, which GIL2004 does not repeat.
                    Parallel.For(0, 4, _ => {|GIL2001:cache ??= new object()|});
                }
            }
            """);

        yield return new(Rule, "unlocked_increment_reported_by_GIL2001_is_not_also_GIL2004", """
            class Program
            {
                static readonly object gate = new();
                static int counter;
                // The unlocked one skips the lock, so the locked one is no safer (issue 12 §1: inconsistent locking).
                static void Locked() { lock (gate) {|GIL2001:counter++|}; }
                static void Unlocked() { {|GIL2001:counter++|}; }
                static void Main()
                {
                    new Thread(Locked).Start();
                    new Thread(Unlocked).Start();
                }
            }
            """);

        yield return new(Rule, "unlocked_write_in_the_starter_while_the_thread_runs", """
            class Program
            {
                static readonly object gate = new();
                static int counter;
                // The reset can land between the locked increment's read and write.
                static void Work() { lock (gate) {|GIL2001:counter++|}; }
                static void Main()
                {
                    var t = new Thread(Work);
                    t.Start();
                    [|counter = 0|];
                    t.Join();
                    counter = 1;
                }
            }
            """);

        yield return new(Rule, "safe_unlocked_write_only_before_the_threads_start", """
            class Program
            {
                static readonly object gate = new();
                static int counter;
                static void Work() { lock (gate) counter++; }
                static void Main()
                {
                    counter = 0;
                    Parallel.For(0, 4, _ => Work());
                }
            }
            """);

        yield return new(Rule, "safe_every_write_under_the_lock", """
            class Account
            {
                readonly object gate = new();
                int balance;
                public void Deposit(int amount) { lock (gate) balance += amount; }
                public void Reset() { lock (gate) balance = 0; }
            }
            class Program
            {
                static void Main()
                {
                    var account = new Account();
                    Parallel.Invoke(() => account.Deposit(1), () => account.Reset());
                }
            }
            """);

        yield return new(Rule, "safe_constructor_write", """
            class Account
            {
                readonly object gate = new();
                int balance;
                public Account() { balance = 10; }
                public void Deposit(int amount) { lock (gate) balance += amount; }
            }
            class Program
            {
                static void Main() => Parallel.For(0, 4, _ => new Account().Deposit(1));
            }
            """);

        yield return new(Rule, "safe_volatile_flag_written_without_the_lock", """
            class Worker
            {
                readonly object gate = new();
                volatile bool stop;
                public void Stop() { lock (gate) stop = true; }
                public void Run() { stop = false; }
            }
            class Program
            {
                static void Main()
                {
                    var w = new Worker();
                    new Thread(w.Run).Start();
                    w.Stop();
                }
            }
            """);

        yield return new(Rule, "safe_private_helper_only_called_under_the_lock", """
            class Account
            {
                readonly object gate = new();
                int balance;
                public void Deposit(int amount) { lock (gate) balance += amount; }
                public void Reset() { lock (gate) Clear(); }
                private void Clear() { balance = 0; }
            }
            class Program
            {
                static void Main()
                {
                    var account = new Account();
                    Parallel.Invoke(() => account.Deposit(1), () => account.Reset());
                }
            }
            """);

        yield return new(Rule, "safe_no_write_under_any_lock", """
            class Program
            {
                static bool done;
                static void Main() => Task.Run(() => done = true);
            }
            """);
    }
}
