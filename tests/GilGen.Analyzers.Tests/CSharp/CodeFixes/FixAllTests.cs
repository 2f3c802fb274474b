using System.Threading.Tasks;
using GilGen.Analyzers.Tests.Infrastructure;
using GilGen.CodeFixes.CSharp;

namespace GilGen.Analyzers.Tests.CSharp.CodeFixes;

/// <summary>Fix All (document scope) for GIL2001/GIL2002, with each equivalence key.</summary>
public sealed class FixAllTests
{
    [Fact]
    public Task Three_Interlocked_fixes_in_one_document_add_one_using() => CodeFixVerifier.VerifyFixAllAsync(
        new ReadModifyWriteTestAnalyzer(), new ReadModifyWriteCodeFixProvider(), """
        using System;

        class Totals
        {
            private static int hits;
            private static long bytes;
            private static volatile uint slots;

            public static void Record(int size)
            {
                hits++;
                bytes += size;
                slots -= 2;
                Console.WriteLine(hits);
            }
        }
        """, """
        using System;
        using System.Threading;

        class Totals
        {
            private static int hits;
            private static long bytes;
            private static volatile uint slots;

            public static void Record(int size)
            {
                Interlocked.Increment(ref hits);
                Interlocked.Add(ref bytes, size);
                Interlocked.Add(ref slots, unchecked(0U - 2));
                Console.WriteLine(hits);
            }
        }
        """);

    [Fact]
    public Task Two_lock_fixes_of_one_field_share_one_new_gate() => CodeFixVerifier.VerifyFixAllAsync(
        new ReadModifyWriteTestAnalyzer(), new ReadModifyWriteCodeFixProvider(), """
        class Stats
        {
            private static double total;

            public static void Add(double value)
            {
                total += value;
            }

            public static void Halve()
            {
                total /= 2;
            }
        }
        """, """
        using System.Threading;

        class Stats
        {
            private static double total;
            private static readonly Lock s_totalGate = new();

            public static void Add(double value)
            {
                lock (s_totalGate)
                {
                    total += value;
                }
            }

            public static void Halve()
            {
                lock (s_totalGate)
                {
                    total /= 2;
                }
            }
        }
        """);

    [Fact]
    public Task Each_field_gets_one_gate_and_each_type_its_own() => ReadModifyWriteFixHarness.VerifyAsync("""
        class Stats
        {
            private static double total;
            private static double peak;

            public static void Add(double value)
            {
                total += value;
                peak *= 1.5;
                total -= value / 2;
                peak *= 0.5;
            }
        }

        class Other
        {
            private static double total;

            public static void Add(double value) => total += value;
        }
        """, """
        using System.Threading;

        class Stats
        {
            private static double total;
            private static readonly Lock s_totalGate = new();
            private static double peak;
            private static readonly Lock s_peakGate = new();

            public static void Add(double value)
            {
                lock (s_totalGate)
                {
                    total += value;
                }
                lock (s_peakGate)
                {
                    peak *= 1.5;
                }
                lock (s_totalGate)
                {
                    total -= value / 2;
                }
                lock (s_peakGate)
                {
                    peak *= 0.5;
                }
            }
        }

        class Other
        {
            private static double total;
            private static readonly Lock s_totalGate = new();

            public static void Add(double value)
            {
                lock (s_totalGate)
                {
                    total += value;
                }
            }
        }
        """, ReadModifyWriteEquivalenceKeys.WrapInLock, fixAll: true);

    [Fact]
    public Task Fix_All_with_the_lock_key_locks_Interlocked_candidates_too() => ReadModifyWriteFixHarness.VerifyAsync("""
        class Mixed
        {
            private static int hits;
            private static double total;

            public static void Record(double value)
            {
                hits++;
                total += value;
            }
        }
        """, """
        using System.Threading;

        class Mixed
        {
            private static int hits;
            private static readonly Lock s_hitsGate = new();
            private static double total;
            private static readonly Lock s_totalGate = new();

            public static void Record(double value)
            {
                lock (s_hitsGate)
                {
                    hits++;
                }
                lock (s_totalGate)
                {
                    total += value;
                }
            }
        }
        """, ReadModifyWriteEquivalenceKeys.WrapInLock, fixAll: true);

    [Fact]
    public Task Fix_All_with_the_Interlocked_key_leaves_what_Interlocked_cannot_do() => ReadModifyWriteFixHarness.VerifyAsync("""
        class Mixed
        {
            private static int hits;
            private static double total;

            public static void Record(double value)
            {
                hits++;
                total += value;
            }
        }
        """, """
        using System.Threading;

        class Mixed
        {
            private static int hits;
            private static double total;

            public static void Record(double value)
            {
                Interlocked.Increment(ref hits);
                total += value;
            }
        }
        """, ReadModifyWriteEquivalenceKeys.UseInterlocked, fixAll: true, remaining: 1);

    [Fact]
    public Task A_lock_site_inside_another_is_wrapped_inside_the_outer_lock() => ReadModifyWriteFixHarness.VerifyAsync("""
        using System;

        class Nested
        {
            private static double total;
            private static double inner;

            public static void Run(Func<Func<double>, double> evaluate)
            {
                total *= evaluate(() =>
                {
                    inner *= 3;
                    return 1;
                });
            }
        }
        """, """
        using System;
        using System.Threading;

        class Nested
        {
            private static double total;
            private static readonly Lock s_totalGate = new();
            private static double inner;
            private static readonly Lock s_innerGate = new();

            public static void Run(Func<Func<double>, double> evaluate)
            {
                lock (s_totalGate)
                {
                    total *= evaluate(() =>
                    {
                        lock (s_innerGate)
                        {
                            inner *= 3;
                        }
                        return 1;
                    });
                }
            }
        }
        """, ReadModifyWriteEquivalenceKeys.WrapInLock, fixAll: true);
}
