using System.Threading.Tasks;
using GilGen.Analyzers.Tests.Infrastructure;
using GilGen.CodeFixes.CSharp;

namespace GilGen.Analyzers.Tests.CSharp.CodeFixes;

/// <summary>
/// Fix All for GIL2001/GIL2002, with each equivalence key. The library checks Fix All in document, project
/// and solution scope against the fixed code, and fixing one diagnostic at a time must give the same text.
/// </summary>
public sealed class FixAllTests
{
    private static Task VerifyAsync(string source, string expected, string? equivalenceKey = null) =>
        CodeFixVerifier.VerifyAsync(new ReadModifyWriteTestAnalyzer(), new ReadModifyWriteCodeFixProvider(), source, expected,
            equivalenceKey: equivalenceKey);

    [Fact]
    public Task Three_Interlocked_fixes_in_one_document_add_one_using() => VerifyAsync("""
        using System;

        class Totals
        {
            private static int hits;
            private static long bytes;
            private static volatile uint slots;

            public static void Record(int size)
            {
                {|GIL2001:hits++|};
                {|GIL2001:bytes += size|};
                {|GIL2002:slots -= 2|};
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
    public Task Two_lock_fixes_of_one_field_share_one_new_gate() => VerifyAsync("""
        class Stats
        {
            private static double total;

            public static void Add(double value)
            {
                {|GIL2001:total += value|};
            }

            public static void Halve()
            {
                {|GIL2001:total /= 2|};
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
    public Task Each_field_gets_one_gate_and_each_type_its_own() => VerifyAsync("""
        class Stats
        {
            private static double total;
            private static double peak;

            public static void Add(double value)
            {
                {|GIL2001:total += value|};
                {|GIL2001:peak *= 1.5|};
                {|GIL2001:total -= value / 2|};
                {|GIL2001:peak *= 0.5|};
            }
        }

        class Other
        {
            private static double total;

            public static void Add(double value) => {|GIL2001:total += value|};
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
        """, ReadModifyWriteEquivalenceKeys.WrapInLock);

    [Fact]
    public Task Fix_All_with_the_lock_key_locks_Interlocked_candidates_too() => VerifyAsync("""
        class Mixed
        {
            private static int hits;
            private static double total;

            public static void Record(double value)
            {
                {|GIL2001:hits++|};
                {|GIL2001:total += value|};
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
        """, ReadModifyWriteEquivalenceKeys.WrapInLock);

    [Fact]
    public Task Fix_All_with_the_Interlocked_key_leaves_what_Interlocked_cannot_do() => VerifyAsync("""
        class Mixed
        {
            private static int hits;
            private static double total;

            public static void Record(double value)
            {
                {|GIL2001:hits++|};
                {|GIL2001:total += value|};
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
                {|GIL2001:total += value|};
            }
        }
        """, ReadModifyWriteEquivalenceKeys.UseInterlocked);

    [Fact]
    public Task A_lock_site_inside_another_is_wrapped_inside_the_outer_lock() => VerifyAsync("""
        using System;

        class Nested
        {
            private static double total;
            private static double inner;

            public static void Run(Func<Func<double>, double> evaluate)
            {
                {|GIL2001:total *= evaluate(() =>
                {
                    {|GIL2001:inner *= 3|};
                    return 1;
                })|};
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
        """, ReadModifyWriteEquivalenceKeys.WrapInLock);
}
