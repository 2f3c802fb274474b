using System.Linq;
using System.Threading.Tasks;
using GilGen.Analyzers.Tests.Infrastructure;
using GilGen.CodeFixes.CSharp;

namespace GilGen.Analyzers.Tests.CSharp.CodeFixes;

/// <summary>GIL2001/GIL2002 → one Interlocked call, for int, long, uint and ulong fields.</summary>
public sealed class InterlockedFixTests
{
    private static Task VerifyAsync(string source, string expected) =>
        CodeFixVerifier.VerifyAsync(new ReadModifyWriteTestAnalyzer(), new ReadModifyWriteCodeFixProvider(), source, expected);

    // GilGenCodeFixTest fails on any compiler warning the fixed code does not mark: CS0420 included.
    private static Task VerifyNoNewWarningsAsync(string source, string expected) =>
        CodeFixVerifier.VerifyAsync(new ReadModifyWriteTestAnalyzer(), new ReadModifyWriteCodeFixProvider(), source, expected,
            equivalenceKey: ReadModifyWriteEquivalenceKeys.UseInterlocked);

    [Fact]
    public Task Postfix_increment_statement_becomes_Increment_and_the_using_is_added() => VerifyAsync("""
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

            public static void Hit()
            {
                Interlocked.Increment(ref counter);
            }
        }
        """);

    [Fact]
    public Task Decrements_become_Decrement() => VerifyAsync("""
        using System.Threading;

        class Counter
        {
            private static int counter;

            public static void Drop()
            {
                {|GIL2001:counter--|};
                {|GIL2001:--counter|};
            }
        }
        """, """
        using System.Threading;

        class Counter
        {
            private static int counter;

            public static void Drop()
            {
                Interlocked.Decrement(ref counter);
                Interlocked.Decrement(ref counter);
            }
        }
        """);

    [Fact]
    public Task Long_compound_addition_becomes_Add() => VerifyAsync("""
        using System.Threading;

        class Bytes
        {
            private static long total;

            public static void Received(int count)
            {
                {|GIL2001:total += count|};
                {|GIL2001:total += 1|};
            }
        }
        """, """
        using System.Threading;

        class Bytes
        {
            private static long total;

            public static void Received(int count)
            {
                Interlocked.Add(ref total, count);
                Interlocked.Increment(ref total);
            }
        }
        """);

    [Fact]
    public Task Compound_subtraction_adds_the_negated_delta() => VerifyAsync("""
        using System.Threading;

        class Budget
        {
            private static int left;
            private static long spent;

            public static void Spend(int a, int b, long c)
            {
                {|GIL2001:left -= a|};
                {|GIL2001:left -= a + b|};
                {|GIL2001:left -= -a|};
                {|GIL2001:left -= 5|};
                {|GIL2001:left -= 1|};
                {|GIL2001:spent -= a|};
                {|GIL2001:spent -= c|};
                {|GIL2001:spent -= 5|};
            }
        }
        """, """
        using System.Threading;

        class Budget
        {
            private static int left;
            private static long spent;

            public static void Spend(int a, int b, long c)
            {
                Interlocked.Add(ref left, -a);
                Interlocked.Add(ref left, -(a + b));
                Interlocked.Add(ref left, -(-a));
                Interlocked.Add(ref left, -5);
                Interlocked.Decrement(ref left);
                Interlocked.Add(ref spent, -(long)a);
                Interlocked.Add(ref spent, -c);
                Interlocked.Add(ref spent, -5);
            }
        }
        """);

    [Fact]
    public Task Unsigned_addition_and_subtraction() => VerifyAsync("""
        using System.Threading;

        class Unsigned
        {
            private static uint small;
            private static ulong large;

            public static void Move(uint k, ulong m)
            {
                {|GIL2001:small += k|};
                {|GIL2001:small -= k|};
                {|GIL2001:small -= 7|};
                {|GIL2001:large += m|};
                {|GIL2001:large -= m|};
                {|GIL2001:large -= k|};
            }
        }
        """, """
        using System.Threading;

        class Unsigned
        {
            private static uint small;
            private static ulong large;

            public static void Move(uint k, ulong m)
            {
                Interlocked.Add(ref small, k);
                Interlocked.Add(ref small, unchecked(0U - k));
                Interlocked.Add(ref small, unchecked(0U - 7));
                Interlocked.Add(ref large, m);
                Interlocked.Add(ref large, unchecked(0UL - m));
                Interlocked.Add(ref large, unchecked(0UL - k));
            }
        }
        """);

    [Fact]
    public Task Assignment_of_the_field_plus_or_minus_a_delta_becomes_Add() => VerifyAsync("""
        using System.Threading;

        class Counter
        {
            private static int counter;

            public static void Step(int k)
            {
                {|GIL2001:counter = counter + 1|};
                {|GIL2001:counter = counter + k|};
                {|GIL2001:counter = k + counter|};
                {|GIL2001:counter = counter - k|};
                {|GIL2001:counter = (counter - 1)|};
            }
        }
        """, """
        using System.Threading;

        class Counter
        {
            private static int counter;

            public static void Step(int k)
            {
                Interlocked.Increment(ref counter);
                Interlocked.Add(ref counter, k);
                Interlocked.Add(ref counter, k);
                Interlocked.Add(ref counter, -k);
                Interlocked.Decrement(ref counter);
            }
        }
        """);

    [Fact]
    public Task A_used_value_keeps_its_meaning() => VerifyAsync("""
        using System.Threading;

        class Ids
        {
            private static int next;
            private static long seen;

            public static int Values(int k)
            {
                var before = {|GIL2001:next++|};
                var after = {|GIL2001:++next|};
                var old = {|GIL2001:next--|};
                var sum = {|GIL2001:seen += k|};
                Use({|GIL2001:next++|} * 2);
                return {|GIL2001:next += k|};
            }

            private static void Use(int value) { }
        }
        """, """
        using System.Threading;

        class Ids
        {
            private static int next;
            private static long seen;

            public static int Values(int k)
            {
                var before = Interlocked.Increment(ref next) - 1;
                var after = Interlocked.Increment(ref next);
                var old = Interlocked.Decrement(ref next) + 1;
                var sum = Interlocked.Add(ref seen, k);
                Use((Interlocked.Increment(ref next) - 1) * 2);
                return Interlocked.Add(ref next, k);
            }

            private static void Use(int value) { }
        }
        """);

    [Fact]
    public Task Instance_and_qualified_fields_are_passed_by_ref_as_written() => VerifyAsync("""
        using System.Threading;

        class Node
        {
            public static int Created;
            private int n;

            public void Touch(Node other)
            {
                {|GIL2001:this.n++|};
                {|GIL2001:n++|};
                {|GIL2001:other.n++|};
                {|GIL2001:Node.Created++|};
            }
        }
        """, """
        using System.Threading;

        class Node
        {
            public static int Created;
            private int n;

            public void Touch(Node other)
            {
                Interlocked.Increment(ref this.n);
                Interlocked.Increment(ref n);
                Interlocked.Increment(ref other.n);
                Interlocked.Increment(ref Node.Created);
            }
        }
        """);

    [Fact]
    public Task Volatile_field_GIL2002_becomes_Interlocked_without_CS0420() => VerifyNoNewWarningsAsync("""
        class Flags
        {
            private static volatile int pending;

            public static int Run()
            {
                {|GIL2002:pending++|};
                {|GIL2002:pending -= 3|};
                return {|GIL2002:pending += 2|};
            }
        }
        """, """
        using System.Threading;

        class Flags
        {
            private static volatile int pending;

            public static int Run()
            {
                Interlocked.Increment(ref pending);
                Interlocked.Add(ref pending, -3);
                return Interlocked.Add(ref pending, 2);
            }
        }
        """);

    [Fact]
    public async Task CS0420_is_reported_for_a_volatile_field_by_ref_to_another_method()
    {
        // The control for the test above: the check would see CS0420 if the compiler reported it.
        var project = TestProject.Create([("Test0.cs", """
            class Flags
            {
                private static volatile int pending;
                private static void Take(ref int value) { }
                public static void Run()
                {
                    Take(ref pending);
                    System.Threading.Interlocked.Increment(ref pending);
                }
            }
            """)]);
        var compilation = (await project.GetCompilationAsync())!;
        var cs0420 = Assert.Single(compilation.GetDiagnostics(), d => d.Id == "CS0420");
        var line = cs0420.Location.GetLineSpan().StartLinePosition.Line;
        Assert.Contains("Take(ref pending)", (await project.Documents.Single().GetTextAsync()).Lines[line].ToString());
    }

    [Fact]
    public Task Existing_using_is_not_duplicated_and_a_new_one_is_sorted_in() => VerifyAsync("""
        using System;
        using System.Collections.Generic;

        class Counter
        {
            private static int counter;
            private static List<int> log = new();

            public static void Hit()
            {
                {|GIL2001:counter++|};
                Console.WriteLine(log.Count);
            }
        }
        """, """
        using System;
        using System.Collections.Generic;
        using System.Threading;

        class Counter
        {
            private static int counter;
            private static List<int> log = new();

            public static void Hit()
            {
                Interlocked.Increment(ref counter);
                Console.WriteLine(log.Count);
            }
        }
        """);

    [Fact]
    public Task A_discarded_value_takes_the_plain_call_in_for_incrementors_and_void_lambdas() => VerifyAsync("""
        using System;
        using System.Threading;

        class Loops
        {
            private static int i;

            public static Action Run()
            {
                for (i = 0; i < 10; {|GIL2001:i++|}) { }
                return () => {|GIL2001:i++|};
            }
        }
        """, """
        using System;
        using System.Threading;

        class Loops
        {
            private static int i;

            public static Action Run()
            {
                for (i = 0; i < 10; Interlocked.Increment(ref i)) { }
                return () => Interlocked.Increment(ref i);
            }
        }
        """);

    [Fact]
    public Task Nested_read_modify_writes_are_both_rewritten() => VerifyAsync("""
        using System.Threading;

        class Pair
        {
            private static int a;
            private static int b;

            public static void Run()
            {
                {|GIL2001:a += {|GIL2001:b++|}|};
            }
        }
        """, """
        using System.Threading;

        class Pair
        {
            private static int a;
            private static int b;

            public static void Run()
            {
                Interlocked.Add(ref a, Interlocked.Increment(ref b) - 1);
            }
        }
        """);

    [Fact]
    public Task In_a_checked_context_the_recovered_old_value_cannot_overflow() => VerifyAsync("""
        using System.Threading;

        class Ids
        {
            private static int next;

            public static int Take(int k)
            {
                checked
                {
                    {|GIL2001:next -= k|};
                    return {|GIL2001:next++|};
                }
            }
        }
        """, """
        using System.Threading;

        class Ids
        {
            private static int next;

            public static int Take(int k)
            {
                checked
                {
                    Interlocked.Add(ref next, unchecked(-k));
                    return unchecked(Interlocked.Increment(ref next) - 1);
                }
            }
        }
        """);

    [Fact]
    public Task A_conflicting_Interlocked_name_keeps_the_qualified_name() => VerifyAsync("""
        class Interlocked { }

        class Counter
        {
            private static int counter;

            public static void Hit()
            {
                {|GIL2001:counter++|};
            }
        }
        """, """
        class Interlocked { }

        class Counter
        {
            private static int counter;

            public static void Hit()
            {
                System.Threading.Interlocked.Increment(ref counter);
            }
        }
        """);
}
