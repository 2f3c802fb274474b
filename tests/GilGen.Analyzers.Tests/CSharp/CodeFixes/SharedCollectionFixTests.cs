using System.Threading.Tasks;
using GilGen.Analyzers.CSharp;
using GilGen.Analyzers.Tests.Infrastructure;
using GilGen.CodeFixes.CSharp;

namespace GilGen.Analyzers.Tests.CSharp.CodeFixes;

/// <summary>GIL2006's code fixes end to end with the real analyzer: the matching concurrent collection, or a lock.</summary>
public sealed class SharedCollectionFixTests
{
    [Fact]
    public Task A_List_filled_in_Parallel_For_becomes_a_ConcurrentBag() => CodeFixVerifier.VerifyAsync(
        new SharedFieldRaceAnalyzer(), new SharedCollectionCodeFixProvider(), """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;

        static class Program
        {
            static void Main()
            {
                var squares = new List<int>();
                Parallel.For(0, 1000, i => {|GIL2006:squares.Add(i * i)|});
                Console.WriteLine(squares.Count + " " + squares.Sum());
            }
        }
        """, """
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading.Tasks;

        static class Program
        {
            static void Main()
            {
                var squares = new ConcurrentBag<int>();
                Parallel.For(0, 1000, i => squares.Add(i * i));
                Console.WriteLine(squares.Count + " " + squares.Sum());
            }
        }
        """);

    [Fact]
    public Task Fix_All_makes_a_Dictionary_field_a_ConcurrentDictionary_with_TryAdd_and_TryRemove() => CodeFixVerifier.VerifyAsync(
        new SharedFieldRaceAnalyzer(), new SharedCollectionCodeFixProvider(), """
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class Sessions
        {
            private readonly Dictionary<int, string> _open = new Dictionary<int, string>();

            public void Run(int[] ids)
            {
                Parallel.ForEach(ids, id =>
                {
                    {|GIL2006:_open.Add(id, "user" + id)|};
                    {|GIL2006:_open[id] = "renamed"|};
                    {|GIL2006:_open.Remove(id)|};
                });
            }
        }
        """, """
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Threading.Tasks;

        class Sessions
        {
            private readonly ConcurrentDictionary<int, string> _open = new ConcurrentDictionary<int, string>();

            public void Run(int[] ids)
            {
                Parallel.ForEach(ids, id =>
                {
                    _open.TryAdd(id, "user" + id);
                    _open[id] = "renamed";
                    _open.TryRemove(id, out _);
                });
            }
        }
        """);

    [Fact]
    public Task A_List_read_by_index_is_put_under_a_lock_instead() => CodeFixVerifier.VerifyAsync(
        new SharedFieldRaceAnalyzer(), new SharedCollectionCodeFixProvider(), """
        using System;
        using System.Collections.Generic;
        using System.Threading.Tasks;

        static class Program
        {
            static readonly List<int> s_log = new();

            static void Main()
            {
                Parallel.For(0, 10, i =>
                {
                    {|GIL2006:s_log.Add(i)|};
                });
                Console.WriteLine(s_log[0]);
            }
        }
        """, """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        static class Program
        {
            static readonly List<int> s_log = new();
            private static readonly Lock s_logGate = new();

            static void Main()
            {
                Parallel.For(0, 10, i =>
                {
                    lock (s_logGate)
                    {
                        s_log.Add(i);
                    }
                });
                Console.WriteLine(s_log[0]);
            }
        }
        """);

    [Fact]
    public Task The_lock_fix_is_offered_beside_the_concurrent_type() => CodeFixVerifier.VerifyAsync(
        new SharedFieldRaceAnalyzer(), new SharedCollectionCodeFixProvider(), """
        using System.Collections.Generic;
        using System.Threading;

        class Log
        {
            static readonly Queue<string> s_lines = new();

            static void Write(object? state)
            {
                {|GIL2006:s_lines.Enqueue((string)state!)|};
            }

            static void Main()
            {
                for (int i = 0; i < 4; i++) ThreadPool.QueueUserWorkItem(Write, "line " + i);
            }
        }
        """, """
        using System.Collections.Generic;
        using System.Threading;

        class Log
        {
            static readonly Queue<string> s_lines = new();
            private static readonly Lock s_linesGate = new();

            static void Write(object? state)
            {
                lock (s_linesGate)
                {
                    s_lines.Enqueue((string)state!);
                }
            }

            static void Main()
            {
                for (int i = 0; i < 4; i++) ThreadPool.QueueUserWorkItem(Write, "line " + i);
            }
        }
        """, equivalenceKey: FixAllByKind<SharedCollectionFixKind>.KeyOf(SharedCollectionFixKind.WrapInLock));

    [Fact]
    public Task A_captured_HashSet_has_no_concurrent_twin_and_gets_a_lock() => CodeFixVerifier.VerifyAsync(
        new SharedFieldRaceAnalyzer(), new SharedCollectionCodeFixProvider(), """
        using System.Collections.Generic;
        using System.Threading.Tasks;

        static class Program
        {
            static int Distinct(int[] values)
            {
                var seen = new HashSet<int>();
                Parallel.ForEach(values, v =>
                {
                    {|GIL2006:seen.Add(v % 7)|};
                });
                return seen.Count;
            }
        }
        """, """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        static class Program
        {
            private static readonly Lock s_seenGate = new();

            static int Distinct(int[] values)
            {
                var seen = new HashSet<int>();
                Parallel.ForEach(values, v =>
                {
                    lock (s_seenGate)
                    {
                        seen.Add(v % 7);
                    }
                });
                return seen.Count;
            }
        }
        """);
}
