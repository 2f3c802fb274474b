using System.Collections.Generic;

namespace GilGen.Analyzers.Tests.Corpus;

internal static partial class CorpusCases
{
    /// <summary>Less common shapes: nested entries, the wrong lock, struct fields, lock-free loops, mixed paths.</summary>
    public static readonly IReadOnlyList<CorpusCase> Harder =
    [
        new("NestedParallelInTask", """
            using System.Threading.Tasks;

            static class Nested
            {
                static long s_cells;

                public static Task Run(int rows, int columns) => Task.Run(() =>
                    Parallel.For(0, rows, r =>
                    {
                        for (var c = 0; c < columns; c++) {|GIL2001:s_cells++|};
                    }));
            }
            """),

        new("InstanceLockStaticField", """
            using System.Threading;

            sealed class Downloader
            {
                private static long s_totalBytes;
                private readonly object _gate = new();

                public void Download(int bytes)
                {
                    lock (_gate)
                    {
                        {|GIL2001:s_totalBytes += bytes|};
                    }
                }

                public static void Run()
                {
                    for (var i = 0; i < 4; i++)
                    {
                        var d = new Downloader();
                        new Thread(() => d.Download(100)).Start();
                    }
                }
            }
            """, "Each Downloader locks its own gate, so the static total is not protected: a lock that excludes no one. A likely miss (the rule trusts any lock)."),

        new("StaticStructMember", """
            using System.Threading.Tasks;

            struct Totals
            {
                public long Count;
                public double Sum;
            }

            static class Aggregate
            {
                static Totals s_totals;

                public static void Run(double[] xs)
                {
                    Parallel.ForEach(xs, x =>
                    {
                        {|GIL2001:s_totals.Count++|};
                        {|GIL2001:s_totals.Sum += x|};
                    });
                }
            }
            """, "The fields of a static struct are static storage too."),

        new("CompareExchangeLoop", """
            using System.Threading;
            using System.Threading.Tasks;

            static class Maximum
            {
                static long s_max = long.MinValue;

                static void Offer(long value)
                {
                    var seen = Volatile.Read(ref s_max);
                    while (value > seen)
                    {
                        var previous = Interlocked.CompareExchange(ref s_max, value, seen);
                        if (previous == seen) break;
                        seen = previous;
                    }
                }

                public static long Run(long[] values)
                {
                    Parallel.ForEach(values, Offer);
                    return Volatile.Read(ref s_max);
                }
            }
            """, "Lock-free and correct; the locals seen and previous are rewritten freely."),

        new("InterlockedOnOnePathOnly", """
            using System.Threading;
            using System.Threading.Tasks;

            static class Hits
            {
                static int s_hits;

                static void Hit() => Interlocked.Increment(ref s_hits);

                static void HitTwice()
                {
                    Hit();
                    {|GIL2001:s_hits++|};
                }

                public static int Run()
                {
                    Parallel.Invoke(Hit, HitTwice, Hit);
                    return s_hits;
                }
            }
            """, "One path was converted to Interlocked, the other was forgotten."),

        new("VolatileLockedAndUnlocked", """
            using System.Threading.Tasks;

            sealed class Queue
            {
                private readonly object _gate = new();
                private volatile int _count;

                public void Enqueue()
                {
                    lock (_gate) _count++;
                }

                public void Drop() => {|GIL2002/GIL2004:_count--|};

                public static void Run(Queue q) => Parallel.Invoke(q.Enqueue, q.Drop);
            }
            """, "The lock around Enqueue does not cover Drop."),

        new("GuardedConstructorInit", """
            using System.Collections.Generic;
            using GilGen;

            sealed class Registry
            {
                private readonly object _gate = new();
                [GuardedBy(nameof(_gate))] private readonly Dictionary<string, int> _ids;
                [GuardedBy(nameof(_gate))] private int _next;

                public Registry(int first)
                {
                    _ids = new Dictionary<string, int>();
                    _next = first;
                }

                public int Id(string name)
                {
                    lock (_gate)
                    {
                        if (!_ids.TryGetValue(name, out var id)) _ids[name] = id = _next++;
                        return id;
                    }
                }
            }
            """, "The constructor initialises the guarded fields before any other thread can see the object: not a race (a precision probe)."),

        new("ParallelForEachAsyncCounter", """
            using System.Threading.Tasks;

            static class Fetcher
            {
                static int s_fetched;

                public static async Task<int> FetchAll(string[] urls)
                {
                    await Parallel.ForEachAsync(urls, async (url, token) =>
                    {
                        await Task.Delay(url.Length, token);
                        {|GIL2001:s_fetched++|};
                    });
                    return s_fetched;
                }
            }
            """, "Parallel.ForEachAsync is not in the rule's list of entries: a likely miss."),
    ];
}
