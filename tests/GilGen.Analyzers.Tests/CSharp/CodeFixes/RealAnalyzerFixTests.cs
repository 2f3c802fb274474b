using System.Threading.Tasks;
using GilGen.Analyzers.CSharp;
using GilGen.Analyzers.Tests.Infrastructure;
using GilGen.CodeFixes.CSharp;

namespace GilGen.Analyzers.Tests.CSharp.CodeFixes;

/// <summary>
/// The code fix end to end with the real analyzers (the other fix tests use
/// <see cref="ReadModifyWriteTestAnalyzer"/> to pin the rewrite down case by case): the diagnostics of
/// GIL2001 and GIL2002 are located where the fix expects them, and after the fix they are gone.
/// </summary>
public sealed class RealAnalyzerFixTests
{
    [Fact]
    public Task The_seed_counter_run_by_new_Thread_becomes_Interlocked_Increment() => CodeFixVerifier.VerifyAsync(
        new SharedFieldRaceAnalyzer(), new ReadModifyWriteCodeFixProvider(), """
        using System.Threading;

        static class Program
        {
            static int counter;

            static void Work()
            {
                for (int i = 0; i < 100000; i++) {|GIL2001:counter++|};
            }

            static void Main()
            {
                var threads = new Thread[10];
                for (int i = 0; i < threads.Length; i++) { threads[i] = new Thread(Work); threads[i].Start(); }
                foreach (var t in threads) t.Join();
            }
        }
        """, """
        using System.Threading;

        static class Program
        {
            static int counter;

            static void Work()
            {
                for (int i = 0; i < 100000; i++) Interlocked.Increment(ref counter);
            }

            static void Main()
            {
                var threads = new Thread[10];
                for (int i = 0; i < threads.Length; i++) { threads[i] = new Thread(Work); threads[i].Start(); }
                foreach (var t in threads) t.Join();
            }
        }
        """);

    [Fact]
    public Task A_volatile_counter_becomes_Interlocked_without_CS0420() => CodeFixVerifier.VerifyAsync(
        new VolatileCompoundOperationAnalyzer(), new ReadModifyWriteCodeFixProvider(), """
        class Flags
        {
            private volatile int _pending;

            public void Enqueue() => [|_pending += 2|];
        }
        """, """
        using System.Threading;

        class Flags
        {
            private volatile int _pending;

            public void Enqueue() => Interlocked.Add(ref _pending, 2);
        }
        """);

    [Fact]
    public Task Fix_All_puts_two_double_updates_in_Parallel_For_under_one_new_gate() => CodeFixVerifier.VerifyAsync(
        new SharedFieldRaceAnalyzer(), new ReadModifyWriteCodeFixProvider(), """
        using System.Threading.Tasks;

        static class Stats
        {
            static double sum;

            public static void Run(double[] values)
            {
                Parallel.For(0, values.Length, i =>
                {
                    {|GIL2001:sum += values[i]|};
                    {|GIL2001:sum *= 0.5|};
                });
            }
        }
        """, """
        using System.Threading;
        using System.Threading.Tasks;

        static class Stats
        {
            static double sum;
            private static readonly Lock s_sumGate = new();

            public static void Run(double[] values)
            {
                Parallel.For(0, values.Length, i =>
                {
                    lock (s_sumGate)
                    {
                        sum += values[i];
                    }
                    lock (s_sumGate)
                    {
                        sum *= 0.5;
                    }
                });
            }
        }
        """);

    [Fact]
    public Task A_running_maximum_written_back_from_Math_Max_is_put_under_a_lock() => CodeFixVerifier.VerifyAsync(
        new SharedFieldRaceAnalyzer(), new ReadModifyWriteCodeFixProvider(), """
        using System;
        using System.Threading.Tasks;

        static class Stats
        {
            static int highest;

            public static void Run(int[] values)
            {
                Parallel.For(0, values.Length, i =>
                {
                    {|GIL2001:highest = Math.Max(highest, values[i])|};
                });
            }
        }
        """, """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        static class Stats
        {
            static int highest;
            private static readonly Lock s_highestGate = new();

            public static void Run(int[] values)
            {
                Parallel.For(0, values.Length, i =>
                {
                    lock (s_highestGate)
                    {
                        highest = Math.Max(highest, values[i]);
                    }
                });
            }
        }
        """);

    [Fact]
    public Task A_lazy_coalescing_assignment_run_by_Parallel_For_is_put_under_a_lock() => CodeFixVerifier.VerifyAsync(
        new SharedFieldRaceAnalyzer(), new ReadModifyWriteCodeFixProvider(), """
        using System.Collections.Generic;
        using System.Threading.Tasks;

        static class Names
        {
            static List<string>? cache;

            public static void Run()
            {
                Parallel.For(0, 4, i =>
                {
                    {|GIL2001:cache ??= new List<string>()|};
                });
            }
        }
        """, """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        static class Names
        {
            static List<string>? cache;
            private static readonly Lock s_cacheGate = new();

            public static void Run()
            {
                Parallel.For(0, 4, i =>
                {
                    lock (s_cacheGate)
                    {
                        cache ??= new List<string>();
                    }
                });
            }
        }
        """);
}
