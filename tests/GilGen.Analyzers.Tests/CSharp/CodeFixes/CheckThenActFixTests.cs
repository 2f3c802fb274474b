using System.Threading.Tasks;
using GilGen.Analyzers.CSharp;
using GilGen.Analyzers.Tests.Infrastructure;
using GilGen.CodeFixes.CSharp;

namespace GilGen.Analyzers.Tests.CSharp.CodeFixes;

/// <summary>GIL2005's code fixes end to end with the real analyzer: ConcurrentDictionary calls, Lazy&lt;T&gt;, and a lock across the check and the change.</summary>
public sealed class CheckThenActFixTests
{
    [Fact]
    public Task ContainsKey_then_indexer_set_on_a_ConcurrentDictionary_becomes_TryAdd_or_GetOrAdd() => CodeFixVerifier.VerifyAsync(
        new SharedFieldRaceAnalyzer(), new CheckThenActCodeFixProvider(), """
        using System.Collections.Concurrent;
        using System.Threading.Tasks;

        static class Cache
        {
            static readonly ConcurrentDictionary<int, string> s_values = new();
            static readonly ConcurrentDictionary<int, int> s_hits = new();

            static string Compute(int key) => key.ToString();

            public static void Run()
            {
                Parallel.For(0, 100, i =>
                {
                    var key = i % 10;
                    if ({|GIL2005:!s_values.ContainsKey(key)|}) s_values[key] = Compute(key);
                    if ({|GIL2005:!s_hits.ContainsKey(key)|})
                    {
                        s_hits[key] = i;
                    }
                });
            }
        }
        """, """
        using System.Collections.Concurrent;
        using System.Threading.Tasks;

        static class Cache
        {
            static readonly ConcurrentDictionary<int, string> s_values = new();
            static readonly ConcurrentDictionary<int, int> s_hits = new();

            static string Compute(int key) => key.ToString();

            public static void Run()
            {
                Parallel.For(0, 100, i =>
                {
                    var key = i % 10;
                    s_values.GetOrAdd(key, _ => Compute(key));
                    s_hits.TryAdd(key, i);
                });
            }
        }
        """);

    // Double-checked initialization: each fix below rewrites this same program.
    private const string DoubleCheckedConnection = """
        using System.Threading.Tasks;

        class Connection
        {
            static readonly object s_gate = new();
            static Connection? s_shared;

            static Connection Shared()
            {
                if ({|GIL2005:s_shared == null|})
                {
                    lock (s_gate)
                    {
                        if (s_shared == null) s_shared = new Connection();
                    }
                }
                return s_shared;
            }

            static void Main() => Parallel.For(0, 4, _ => Shared());
        }
        """;

    [Fact]
    public Task Double_checked_initialization_becomes_Lazy_T() => CodeFixVerifier.VerifyAsync(
        new SharedFieldRaceAnalyzer(), new CheckThenActCodeFixProvider(), DoubleCheckedConnection, """
        using System;
        using System.Threading.Tasks;

        class Connection
        {
            static readonly object s_gate = new();
            static readonly Lazy<Connection> s_shared = new Lazy<Connection>(() => new Connection());

            static Connection Shared()
            {
                return s_shared.Value;
            }

            static void Main() => Parallel.For(0, 4, _ => Shared());
        }
        """);

    [Fact]
    public Task Double_checked_initialization_under_a_lock_drops_the_unlocked_test() => CodeFixVerifier.VerifyAsync(
        new SharedFieldRaceAnalyzer(), new CheckThenActCodeFixProvider(), DoubleCheckedConnection, """
        using System.Threading.Tasks;

        class Connection
        {
            static readonly object s_gate = new();
            static Connection? s_shared;

            static Connection Shared()
            {
                lock (s_gate)
                {
                    if (s_shared == null) s_shared = new Connection();
                }
                return s_shared;
            }

            static void Main() => Parallel.For(0, 4, _ => Shared());
        }
        """, equivalenceKey: FixAllByKind<CheckThenActFixKind>.KeyOf(CheckThenActFixKind.WrapInLock));

    [Fact]
    public Task Fix_All_puts_the_counter_and_the_dictionary_check_then_acts_under_locks() => CodeFixVerifier.VerifyAsync(
        new SharedFieldRaceAnalyzer(), new CheckThenActCodeFixProvider(), """
        using System.Collections.Generic;
        using System.Threading.Tasks;

        static class Limiter
        {
            static int count;
            static readonly Dictionary<string, int> s_ids = new();

            static void Acquire(string name)
            {
                if ({|GIL2005:count < 10|}) count++;
                if ({|GIL2005:!s_ids.ContainsKey(name)|}) {|GIL2006:s_ids.Add(name, s_ids.Count)|};
                if ({|GIL2005:!s_ids.ContainsKey(name + "!")|})
                    {|GIL2006:s_ids[name + "!"] = 0|};
            }

            public static void Run() => Parallel.For(0, 20, i => Acquire("n" + i % 3));
        }
        """, """
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        static class Limiter
        {
            static int count;
            private static readonly Lock s_countGate = new();
            static readonly Dictionary<string, int> s_ids = new();
            private static readonly Lock s_idsGate = new();

            static void Acquire(string name)
            {
                lock (s_countGate)
                {
                    if (count < 10) count++;
                }
                lock (s_idsGate)
                {
                    if (!s_ids.ContainsKey(name)) s_ids.Add(name, s_ids.Count);
                }
                lock (s_idsGate)
                {
                    if (!s_ids.ContainsKey(name + "!"))
                        s_ids[name + "!"] = 0;
                }
            }

            public static void Run() => Parallel.For(0, 20, i => Acquire("n" + i % 3));
        }
        """);

    [Fact]
    public Task Lazy_is_not_offered_when_the_field_is_reset_elsewhere() => CodeFixVerifier.VerifyAsync(
        new SharedFieldRaceAnalyzer(), new CheckThenActCodeFixProvider(), """
        using System.Threading.Tasks;

        class Config
        {
            static Config? s_instance;

            static Config Instance()
            {
                if ({|GIL2005:s_instance == null|}) s_instance = new Config();
                return s_instance;
            }

            static void Reset() => s_instance = null;

            static void Main() => Parallel.For(0, 4, _ => Instance());
        }
        """, """
        using System.Threading;
        using System.Threading.Tasks;

        class Config
        {
            static Config? s_instance;
            private static readonly Lock s_instanceGate = new();

            static Config Instance()
            {
                lock (s_instanceGate)
                {
                    if (s_instance == null) s_instance = new Config();
                }
                return s_instance;
            }

            static void Reset() => s_instance = null;

            static void Main() => Parallel.For(0, 4, _ => Instance());
        }
        """);

    [Fact]
    public Task Lazy_initialization_without_a_lock_becomes_Lazy_T() => CodeFixVerifier.VerifyAsync(
        new SharedFieldRaceAnalyzer(), new CheckThenActCodeFixProvider(), """
        using System;
        using System.Threading.Tasks;

        class Config
        {
            private static Config? s_instance;

            public static Config Instance
            {
                get
                {
                    if ({|GIL2005:s_instance is null|}) s_instance = new Config();
                    return s_instance;
                }
            }

            static void Main() => Parallel.For(0, 4, _ => Console.WriteLine({|CS8602:Config.s_instance|}.GetHashCode() == Instance.GetHashCode()));
        }
        """, """
        using System;
        using System.Threading.Tasks;

        class Config
        {
            private static readonly Lazy<Config> s_instance = new Lazy<Config>(() => new Config());

            public static Config Instance
            {
                get
                {
                    return s_instance.Value;
                }
            }

            static void Main() => Parallel.For(0, 4, _ => Console.WriteLine(Config.s_instance.Value.GetHashCode() == Instance.GetHashCode()));
        }
        """);

    [Fact]
    public Task Lazy_is_not_offered_when_another_use_asks_whether_it_is_built() => CodeFixVerifier.VerifyAsync(
        new SharedFieldRaceAnalyzer(), new CheckThenActCodeFixProvider(), """
        using System.Threading.Tasks;

        class Config
        {
            static Config? s_instance;

            static Config Instance()
            {
                if ({|GIL2005:s_instance == null|}) s_instance = new Config();
                return s_instance;
            }

            static bool IsBuilt => s_instance is not null;

            static void Main() => Parallel.For(0, 4, _ => Instance());
        }
        """, """
        using System.Threading;
        using System.Threading.Tasks;

        class Config
        {
            static Config? s_instance;
            private static readonly Lock s_instanceGate = new();

            static Config Instance()
            {
                lock (s_instanceGate)
                {
                    if (s_instance == null) s_instance = new Config();
                }
                return s_instance;
            }

            static bool IsBuilt => s_instance is not null;

            static void Main() => Parallel.For(0, 4, _ => Instance());
        }
        """);
}
