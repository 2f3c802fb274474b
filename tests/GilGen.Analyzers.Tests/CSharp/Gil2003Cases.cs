using System.Collections.Generic;

namespace GilGen.Analyzers.Tests.CSharp;

/// <summary>GIL2003 cases: [GuardedBy] members used with and without their lock.</summary>
public static class Gil2003Cases
{
    private const string Rule = "GIL2003";

    /// <summary>Every GIL2003 case.</summary>
    public static IEnumerable<RuleCase> All()
    {
        yield return new(Rule, "read_without_the_lock", """
            class Account
            {
                readonly object gate = new();
                [GuardedBy(nameof(gate))] int balance;
                public void Deposit(int amount) { lock (gate) balance += amount; }
                public int Balance() => [|balance|];
            }
            """);

        yield return new(Rule, "write_without_the_lock", """
            class Account
            {
                readonly object gate = new();
                [GuardedBy(nameof(gate))] int balance;
                public void Reset() { [|this.balance|] = 0; }
            }
            """);

        yield return new(Rule, "read_and_write_of_x_equals_x_plus_1_are_two_uses", """
            class Account
            {
                readonly object gate = new();
                [GuardedBy(nameof(gate))] int balance;
                public void Add() { [|balance|] = [|balance|] + 1; }
            }
            """);

        yield return new(Rule, "string_literal_lock_name", """
            class Account
            {
                readonly object gate = new();
                [GuardedBy("gate")] int balance;
                public void Add() { [|balance|]++; }
            }
            """);

        yield return new(Rule, "a_different_lock_is_held", """
            class Account
            {
                readonly object gate = new();
                readonly object other = new();
                [GuardedBy(nameof(gate))] int balance;
                public void Add() { lock (other) { [|balance|]++; } }
            }
            """);

        yield return new(Rule, "lambda_written_inside_the_lock_runs_without_it", """
            class Account
            {
                readonly object gate = new();
                [GuardedBy(nameof(gate))] int balance;
                public void Later(List<int> items)
                {
                    lock (gate)
                    {
                        Task.Run(() => [|balance|]++);
                        items.ForEach(x => [|balance|] += x);
                    }
                }
            }
            """);

        yield return new(Rule, "local_function_used_as_a_delegate_must_take_the_lock", """
            class Account
            {
                readonly object gate = new();
                [GuardedBy(nameof(gate))] int balance;
                public Func<int> Reader()
                {
                    lock (gate)
                    {
                        return Read;
                    }
                    int Read() => [|balance|];
                }
            }
            """);

        yield return new(Rule, "private_helper_called_once_without_the_lock", """
            class Account
            {
                readonly object gate = new();
                [GuardedBy(nameof(gate))] int balance;
                public void Deposit(int x) { lock (gate) Apply(x); }
                public void Unsafe(int x) => Apply(x);
                private void Apply(int x) { [|balance|] += x; }
            }
            """);

        yield return new(Rule, "guarded_property", """
            class Queue
            {
                readonly object gate = new();
                [GuardedBy(nameof(gate))] public int Count { get; private set; }
                public void Add() { [|Count|]++; }
                public void SafeAdd() { lock (gate) Count++; }
            }
            """);

        yield return new(Rule, "static_field_guarded_by_a_static_lock", """
            static class Totals
            {
                static readonly object s_gate = new();
                [GuardedBy(nameof(s_gate))] static int s_total;
                public static void Add(int x) { lock (s_gate) s_total += x; }
                public static int Peek() => [|s_total|];
            }
            """);

        yield return new(Rule, "users_own_GuardedByAttribute_in_another_namespace", """
            namespace MyCompany.Threading
            {
                [AttributeUsage(AttributeTargets.Field)]
                sealed class GuardedByAttribute : Attribute
                {
                    public GuardedByAttribute(string lockName) { }
                }
            }
            namespace App
            {
                using MyCompany.Threading;
                class Cache
                {
                    readonly object sync = new();
                    [GuardedBy("sync")] int entries;
                    public int Entries() => [|entries|];
                    public void Add() { lock (sync) entries++; }
                }
            }
            """);

        yield return new(Rule, "guarded_by_this", """
            class Meter
            {
                [GuardedBy("this")] int hits;
                public void Hit() { lock (this) hits++; }
                public int Read() => [|hits|];
            }
            """);

        yield return new(Rule, "nested_type_is_reported_once", """
            class Outer
            {
                class Inner
                {
                    readonly object gate = new();
                    [GuardedBy(nameof(gate))] int count;
                    public int Count() => [|count|];
                    public void Add() { lock (gate) count++; }
                }
            }
            """);

        yield return new(Rule, "generic_type_and_access_through_another_instance", """
            class Box<T>
            {
                readonly object gate = new();
                [GuardedBy(nameof(gate))] T? value;
                public T? Get() { lock (gate) return value; }
                public static T? Peek(Box<T> other) => [|other.value|];
            }
            """);

        yield return new(Rule, "safe_inside_the_lock_statement", """
            class Account
            {
                readonly object gate = new();
                [GuardedBy(nameof(gate))] int balance;
                public int Balance() { lock (gate) return balance; }
                public void Deposit(int x) { lock (gate) { balance += x; } }
            }
            """);

        yield return new(Rule, "safe_between_Monitor_Enter_and_Exit", """
            class Account
            {
                readonly object gate = new();
                [GuardedBy(nameof(gate))] int balance;
                public void Deposit(int x)
                {
                    Monitor.Enter(gate);
                    try { balance += x; }
                    finally { Monitor.Exit(gate); }
                }
            }
            """);

        yield return new(Rule, "safe_System_Threading_Lock_scopes", """
            class Account
            {
                readonly Lock gate = new();
                [GuardedBy(nameof(gate))] int balance;
                public void A() { lock (gate) balance++; }
                public void B() { using (gate.EnterScope()) balance++; }
                public void C() { using var scope = gate.EnterScope(); balance++; }
                public void D() { gate.Enter(); try { balance++; } finally { gate.Exit(); } }
            }
            """);

        yield return new(Rule, "safe_lambda_that_takes_the_lock_itself", """
            class Account
            {
                readonly object gate = new();
                [GuardedBy(nameof(gate))] int balance;
                public Task Later() => Task.Run(() => { lock (gate) balance++; });
            }
            """);

        yield return new(Rule, "safe_local_function_called_inside_the_lock", """
            class Account
            {
                readonly object gate = new();
                [GuardedBy(nameof(gate))] int balance;
                public void Set(int v)
                {
                    lock (gate) Store();
                    void Store() => balance = v;
                }
            }
            """);

        yield return new(Rule, "safe_private_helper_only_called_inside_the_lock", """
            class Account
            {
                readonly object gate = new();
                [GuardedBy(nameof(gate))] int balance;
                public void Deposit(int x) { lock (gate) Apply(x); }
                public void Withdraw(int x) { lock (gate) Apply(-x); }
                private void Apply(int x) { balance += x; }
            }
            """);

        yield return new(Rule, "safe_constructor_and_object_initializer", """
            class Account
            {
                readonly object gate = new();
                [GuardedBy(nameof(gate))] int balance;
                [GuardedBy(nameof(gate))] public int Limit { get; set; }
                public Account(int opening) { balance = opening; this.balance += 1; }
                public static Account Open() => new Account(0) { Limit = 100 };
            }
            """);

        yield return new(Rule, "write_under_a_read_lock", """
            class Account
            {
                readonly ReaderWriterLockSlim rw = new();
                [GuardedBy(nameof(rw))] int balance;
                public void Add()
                {
                    rw.EnterReadLock();
                    try { [|balance|]++; } finally { rw.ExitReadLock(); }
                }
            }
            """);

        yield return new(Rule, "safe_read_under_a_read_lock_write_under_the_write_lock", """
            class Account
            {
                readonly ReaderWriterLockSlim rw = new();
                [GuardedBy(nameof(rw))] int balance;
                public int Balance()
                {
                    rw.EnterReadLock();
                    try { return balance; } finally { rw.ExitReadLock(); }
                }
                public void Add()
                {
                    rw.EnterWriteLock();
                    try { balance++; } finally { rw.ExitWriteLock(); }
                }
            }
            """);

        yield return new(Rule, "safe_nameof_the_guarded_field", """
            class Account
            {
                readonly object gate = new();
                [GuardedBy(nameof(gate))] int balance;
                public string Name() => nameof(balance);
            }
            """);

        yield return new(Rule, "safe_GuardedBy_naming_a_field_that_does_not_exist", """
            class Account
            {
                [GuardedBy("missing")] int balance;
                public int Balance() => balance;
                public void Add() => balance++;
            }
            """);
    }
}
