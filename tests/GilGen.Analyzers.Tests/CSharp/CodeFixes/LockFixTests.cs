using System.Threading.Tasks;
using GilGen.Analyzers.Tests.Infrastructure;
using GilGen.CodeFixes.CSharp;
using Microsoft.CodeAnalysis.CSharp;

namespace GilGen.Analyzers.Tests.CSharp.CodeFixes;

/// <summary>GIL2001/GIL2002 → <c>lock (gate) { … }</c> with a static gate field in the member's type.</summary>
public sealed class LockFixTests
{
    private const string WrapInLock = ReadModifyWriteEquivalenceKeys.WrapInLock;

    private static Task VerifyAsync(string source, string expected, string? equivalenceKey = null, LanguageVersion languageVersion = LanguageVersion.Latest) =>
        CodeFixVerifier.VerifyAsync(new ReadModifyWriteTestAnalyzer(), new ReadModifyWriteCodeFixProvider(), source, expected,
            equivalenceKey: equivalenceKey, languageVersion: languageVersion);

    [Fact]
    public Task Double_compound_addition_is_locked_on_a_new_Lock_gate() => VerifyAsync("""
        class Stats
        {
            private static double total;

            public static void Add(double value)
            {
                {|GIL2001:total += value|};
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
        }
        """);

    [Fact]
    public Task Int_multiplication_is_locked_Interlocked_has_no_multiply() => VerifyAsync("""
        using System.Threading;

        class Growth
        {
            private static int size = 1;

            public static void Grow()
            {
                {|GIL2001:size *= 2|};
                {|GIL2001:size <<= 1|};
                {|GIL2001:size = size * 3|};
            }
        }
        """, """
        using System.Threading;

        class Growth
        {
            private static int size = 1;
            private static readonly Lock s_sizeGate = new();

            public static void Grow()
            {
                lock (s_sizeGate)
                {
                    size *= 2;
                }
                lock (s_sizeGate)
                {
                    size <<= 1;
                }
                lock (s_sizeGate)
                {
                    size = size * 3;
                }
            }
        }
        """);

    [Fact]
    public Task The_lock_fix_is_also_offered_where_Interlocked_applies() => VerifyAsync("""
        class Counter
        {
            private static int counter;

            public static void Hit()
            {
                {|GIL2001:counter++|};
            }
        }
        """, """
        using System.Threading;

        class Counter
        {
            private static int counter;
            private static readonly Lock s_counterGate = new();

            public static void Hit()
            {
                lock (s_counterGate)
                {
                    counter++;
                }
            }
        }
        """, WrapInLock);

    [Fact]
    public Task Without_CSharp_13_the_gate_is_an_object() => VerifyAsync("""
        class Stats
        {
            private static double total;

            public static void Add(double value)
            {
                {|GIL2001:total += value|};
            }
        }
        """, """
        class Stats
        {
            private static double total;
            private static readonly object s_totalGate = new();

            public static void Add(double value)
            {
                lock (s_totalGate)
                {
                    total += value;
                }
            }
        }
        """, WrapInLock, languageVersion: LanguageVersion.CSharp12);

    [Fact]
    public Task Before_CSharp_9_the_gate_is_created_with_its_type_named() => VerifyAsync("""
        class Stats
        {
            private static double total;

            public static void Add(double value)
            {
                {|GIL2001:total += value|};
            }
        }
        """, """
        class Stats
        {
            private static double total;
            private static readonly object s_totalGate = new object();

            public static void Add(double value)
            {
                lock (s_totalGate)
                {
                    total += value;
                }
            }
        }
        """, WrapInLock, languageVersion: LanguageVersion.CSharp8);

    [Fact]
    public Task Updates_fixed_one_at_a_time_reuse_the_gate_the_first_declared() => VerifyAsync("""
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
    public Task A_clashing_name_is_avoided() => VerifyAsync("""
        class Stats
        {
            private static double total;
            private static int {|CS0649:s_totalGate|};
            private static decimal sum;

            public static void Add(double value, decimal s_sumGate)
            {
                {|GIL2001:total += value + s_totalGate|};
                {|GIL2001:sum += s_sumGate|};
            }
        }
        """, """
        using System.Threading;

        class Stats
        {
            private static double total;
            private static readonly Lock s_totalGate1 = new();
            private static int {|CS0649:s_totalGate|};
            private static decimal sum;
            private static readonly Lock s_sumGate1 = new();

            public static void Add(double value, decimal s_sumGate)
            {
                lock (s_totalGate1)
                {
                    total += value + s_totalGate;
                }
                lock (s_sumGate1)
                {
                    sum += s_sumGate;
                }
            }
        }
        """);

    [Fact]
    public Task A_parameter_of_an_expression_bodied_member_is_a_clash_too() => VerifyAsync("""
        class Stats
        {
            private static double total;

            public static void Scale(double s_totalGate) => {|GIL2001:total *= s_totalGate|};
        }
        """, """
        using System.Threading;

        class Stats
        {
            private static double total;
            private static readonly Lock s_totalGate1 = new();

            public static void Scale(double s_totalGate)
            {
                lock (s_totalGate1)
                {
                    total *= s_totalGate;
                }
            }
        }
        """);

    [Fact]
    public Task The_gate_follows_the_types_field_naming() => VerifyAsync("""
        class Account
        {
            private decimal _balance;

            public void Deposit(decimal amount)
            {
                {|GIL2001:this._balance += amount|};
            }
        }
        """, """
        using System.Threading;

        class Account
        {
            private decimal _balance;
            private static readonly Lock _balanceGate = new();

            public void Deposit(decimal amount)
            {
                lock (_balanceGate)
                {
                    this._balance += amount;
                }
            }
        }
        """);

    [Fact]
    public Task Expression_bodies_become_blocks() => VerifyAsync("""
        using System;
        using System.Threading;

        class Stats
        {
            private static double total;

            public static void Twice() => {|GIL2001:total *= 2|};

            public static double Doubled() => {|GIL2001:total *= 2|};

            public static double Next => {|GIL2001:total += 1|};

            public static Func<double> Take() => () => {|GIL2001:total -= 1|};

            public static Action Drop() => () => {|GIL2001:total -= 1|};
        }
        """, """
        using System;
        using System.Threading;

        class Stats
        {
            private static double total;
            private static readonly Lock s_totalGate = new();

            public static void Twice()
            {
                lock (s_totalGate)
                {
                    total *= 2;
                }
            }

            public static double Doubled()
            {
                lock (s_totalGate)
                {
                    return total *= 2;
                }
            }

            public static double Next
            {
                get
                {
                    lock (s_totalGate)
                    {
                        return total += 1;
                    }
                }
            }

            public static Func<double> Take() => () =>
            {
                lock (s_totalGate)
                {
                    return total -= 1;
                }
            };

            public static Action Drop() => () =>
            {
                lock (s_totalGate)
                {
                    total -= 1;
                }
            };
        }
        """);

    [Fact]
    public Task Returns_embedded_statements_and_comments() => VerifyAsync("""
        using System.Threading;

        class Stats
        {
            private static double total;

            public static double Scale(double factor, bool ready)
            {
                // scale first
                {|GIL2001:total *= factor|}; // may overflow to infinity
                if (ready) {|GIL2001:total += 1|};
                return {|GIL2001:total /= 2|};
            }
        }
        """, """
        using System.Threading;

        class Stats
        {
            private static double total;
            private static readonly Lock s_totalGate = new();

            public static double Scale(double factor, bool ready)
            {
                // scale first
                lock (s_totalGate)
                {
                    total *= factor; // may overflow to infinity
                }
                if (ready)
                    lock (s_totalGate)
                    {
                        total += 1;
                    }
                lock (s_totalGate)
                {
                    return total /= 2;
                }
            }
        }
        """);

    [Fact]
    public Task Properties_and_nested_types_lock_on_a_gate_of_the_declaring_type() => VerifyAsync("""
        using System.Threading;

        struct Meter
        {
            public static short Count { get; set; }

            class Probe
            {
                public void Tick() => {|GIL2001:Count++|};
            }
        }
        """, """
        using System.Threading;

        struct Meter
        {
            private static readonly Lock s_countGate = new();

            public static short Count { get; set; }

            class Probe
            {
                public void Tick()
                {
                    lock (s_countGate)
                    {
                        Count++;
                    }
                }
            }
        }
        """);

    // Which fix each update is offered: no lock where it would hold more than the update (a value used by
    // the enclosing expression, an await inside) or outside the field's type; no Interlocked for a
    // multiplication or a property (which cannot be passed by ref). Each key fixes only what it is offered for.
    private const string OfferedSource = """
        using System.Threading.Tasks;

        class Stats
        {
            public static double Total;
            private static int count;
            private static int Size { get; set; }

            public static async Task<double> Run(double k)
            {
                var doubled = {|GIL2001:Total *= 2|};
                System.Console.WriteLine({|GIL2001:Total += 1|});
                {|GIL2001:Total += await Task.FromResult(k)|};
                {|GIL2001:count *= 2|};
                {|GIL2001:count++|};
                var old = {|GIL2001:count++|};
                {|GIL2001:Size++|};
                return doubled;
            }
        }

        class Elsewhere
        {
            public static void Touch() => {|GIL2001:Stats.Total *= 3|};
        }
        """;

    [Fact]
    public Task The_lock_is_offered_only_for_statements_of_the_fields_type() => VerifyAsync(OfferedSource, """
        using System.Threading;
        using System.Threading.Tasks;

        class Stats
        {
            public static double Total;
            private static int count;
            private static readonly Lock s_countGate = new();
            private static readonly Lock s_sizeGate = new();

            private static int Size { get; set; }

            public static async Task<double> Run(double k)
            {
                var doubled = {|GIL2001:Total *= 2|};
                System.Console.WriteLine({|GIL2001:Total += 1|});
                {|GIL2001:Total += await Task.FromResult(k)|};
                lock (s_countGate)
                {
                    count *= 2;
                }
                lock (s_countGate)
                {
                    count++;
                }
                var old = {|GIL2001:count++|};
                lock (s_sizeGate)
                {
                    Size++;
                }
                return doubled;
            }
        }

        class Elsewhere
        {
            public static void Touch() => {|GIL2001:Stats.Total *= 3|};
        }
        """, WrapInLock);

    [Fact]
    public Task Interlocked_is_offered_only_for_fields_of_an_integer_type() => VerifyAsync(OfferedSource, """
        using System.Threading;
        using System.Threading.Tasks;

        class Stats
        {
            public static double Total;
            private static int count;
            private static int Size { get; set; }

            public static async Task<double> Run(double k)
            {
                var doubled = {|GIL2001:Total *= 2|};
                System.Console.WriteLine({|GIL2001:Total += 1|});
                {|GIL2001:Total += await Task.FromResult(k)|};
                {|GIL2001:count *= 2|};
                Interlocked.Increment(ref count);
                var old = Interlocked.Increment(ref count) - 1;
                {|GIL2001:Size++|};
                return doubled;
            }
        }

        class Elsewhere
        {
            public static void Touch() => {|GIL2001:Stats.Total *= 3|};
        }
        """, ReadModifyWriteEquivalenceKeys.UseInterlocked);
}
