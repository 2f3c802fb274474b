using System.Collections.Generic;

namespace GilGen.Analyzers.Tests.Corpus;

internal static partial class CorpusCases
{
    /// <summary>Instance fields: objects shared between threads, and objects each thread has to itself.</summary>
    public static readonly IReadOnlyList<CorpusCase> SharedObjects =
    [
        new("ParallelForEachSharedStats", """
            using System.Collections.Generic;
            using System.Threading.Tasks;

            sealed class WordStats
            {
                public int Words;
                public int Lines;
            }

            static class Counter
            {
                public static WordStats Count(IEnumerable<string> lines)
                {
                    var stats = new WordStats();
                    Parallel.ForEach(lines, line =>
                    {
                        {|GIL2001:stats.Lines++|};
                        {|GIL2001:stats.Words += line.Split(' ').Length|};
                    });
                    return stats;
                }
            }
            """, "One WordStats, captured by the loop body that every worker runs."),

        new("TimersElapsedPolls", """
            using System;

            sealed class Poller : IDisposable
            {
                private readonly System.Timers.Timer _timer = new(50);
                private int _polls;

                public Poller()
                {
                    _timer.Elapsed += OnElapsed;
                    _timer.Start();
                }

                private void OnElapsed(object? sender, System.Timers.ElapsedEventArgs e) => {|GIL2001:_polls++|};

                public int Polls => _polls;

                public void Dispose() => _timer.Dispose();
            }
            """, "Elapsed is raised on pool threads; a slow handler overlaps the next tick."),

        new("LockedCache", """
            using System;
            using System.Collections.Generic;
            using System.Threading.Tasks;

            sealed class Cache
            {
                private readonly Dictionary<string, int> _map = new();
                private readonly object _gate = new();
                private int _hits;
                private int _misses;

                public int Get(string key, Func<string, int> load)
                {
                    lock (_gate)
                    {
                        if (_map.TryGetValue(key, out var value))
                        {
                            _hits++;
                            return value;
                        }
                        _misses++;
                        value = load(key);
                        _map[key] = value;
                        return value;
                    }
                }

                public static void Warm(Cache cache, string[] keys) => Parallel.ForEach(keys, k => cache.Get(k, s => s.Length));
            }
            """),

        new("CacheStatsOutsideLock", """
            using System.Collections.Concurrent;
            using System.Threading.Tasks;

            sealed class Cache
            {
                private readonly ConcurrentDictionary<string, int> _map = new();
                private int _lookups;

                public int Get(string key)
                {
                    {|GIL2001:_lookups++|};
                    return _map.GetOrAdd(key, k => k.Length);
                }

                public int Lookups => _lookups;

                public static void Warm(Cache cache, string[] keys) => Parallel.ForEach(keys, k => cache.Get(k));
            }
            """, "The map is thread-safe; the statistics beside it are not."),

        new("DoubleCheckedLazy", """
            using System.Threading.Tasks;

            sealed class Config
            {
                private static volatile Config? s_instance;
                private static readonly object s_gate = new();
                private static int s_loads;

                public static Config Instance
                {
                    get
                    {
                        if (s_instance is null)
                        {
                            lock (s_gate)
                            {
                                if (s_instance is null)
                                {
                                    s_loads++;
                                    s_instance = new Config();
                                }
                            }
                        }
                        return s_instance;
                    }
                }

                public static int Touch()
                {
                    Parallel.For(0, 8, i => System.GC.KeepAlive(Instance));
                    return s_loads;
                }
            }
            """),

        new("LazyInitCheckThenAct", """
            using System.Collections.Generic;
            using System.Threading.Tasks;

            static class Lookup
            {
                private static Dictionary<int, string>? s_table;

                private static Dictionary<int, string> Build()
                {
                    var table = new Dictionary<int, string>();
                    for (var i = 0; i < 10; i++) table[i] = i.ToString();
                    return table;
                }

                public static void Run()
                {
                    Parallel.For(0, 10, i =>
                    {
                        if (s_table is null) s_table = Build();
                        _ = s_table[i];
                    });
                }
            }
            """, "A check-then-act (Build may run twice), but benign and not a read-modify-write: none of these rules."),

        new("RunningStatsShared", """
            using System.Threading.Tasks;

            sealed class RunningStats
            {
                private long _count;
                private double _sum;
                private double _max = double.MinValue;

                public void Add(double v)
                {
                    {|GIL2001:_count++|};
                    {|GIL2001:_sum += v|};
                    if (v > _max) _max = v;
                }

                public double Mean => _sum / _count;
                public double Max => _max;
            }

            static class Report
            {
                public static double Mean(double[] xs)
                {
                    var stats = new RunningStats();
                    Parallel.ForEach(xs, x => stats.Add(x));
                    return stats.Mean;
                }
            }
            """, "The max update is a check-then-act race too, but not a read-modify-write of these rules: unlabelled."),

        new("RunningStatsLocked", """
            using System.Threading.Tasks;

            sealed class RunningStats
            {
                private readonly object _gate = new();
                private long _count;
                private double _sum;

                public void Add(double v)
                {
                    lock (_gate)
                    {
                        _count++;
                        _sum += v;
                    }
                }

                public double Mean { get { lock (_gate) return _sum / _count; } }
            }

            static class Report
            {
                public static double Mean(double[] xs)
                {
                    var stats = new RunningStats();
                    Parallel.ForEach(xs, x => stats.Add(x));
                    return stats.Mean;
                }
            }
            """),

        new("CrawlerSharedInstance", """
            using System.Collections.Concurrent;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading;

            sealed class Crawler
            {
                private readonly ConcurrentQueue<string> _urls;
                private int _fetched;

                public Crawler(IEnumerable<string> urls) => _urls = new ConcurrentQueue<string>(urls);

                public void Run()
                {
                    while (_urls.TryDequeue(out var url))
                    {
                        Fetch(url);
                        {|GIL2001:_fetched++|};
                    }
                }

                private static void Fetch(string url) { }

                public int Crawl(int workers)
                {
                    var threads = Enumerable.Range(0, workers).Select(_ => new Thread(Run)).ToList();
                    foreach (var t in threads) t.Start();
                    foreach (var t in threads) t.Join();
                    return _fetched;
                }
            }
            """, "Several threads run this.Run."),

        new("ChunkPerThread", """
            using System.Linq;
            using System.Threading;

            sealed class Chunk
            {
                private readonly int[] _data;
                private long _sum;

                public Chunk(int[] data) => _data = data;

                public void Run()
                {
                    foreach (var v in _data) _sum += v;
                }

                public long Sum => _sum;

                public static long Total(int[][] parts)
                {
                    var chunks = parts.Select(p => new Chunk(p)).ToArray();
                    var threads = chunks.Select(c => new Thread(c.Run)).ToArray();
                    foreach (var t in threads) t.Start();
                    foreach (var t in threads) t.Join();
                    return chunks.Sum(c => c.Sum);
                }
            }
            """, "Each thread runs Run on its own Chunk: not shared, not a race (a precision probe)."),

        new("IndexerTasksCaptureThis", """
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading.Tasks;

            sealed class Indexer
            {
                private int _indexed;

                public int IndexAll(IReadOnlyList<string> documents)
                {
                    var tasks = documents.Select(d => Task.Run(() =>
                    {
                        Index(d);
                        {|GIL2001:_indexed++|};
                    })).ToArray();
                    Task.WaitAll(tasks);
                    return _indexed;
                }

                private static void Index(string document) { }
            }
            """, "One task per document, all on this."),

        new("ThreadPerRequestHandler", """
            using System.Threading;

            sealed class Server
            {
                private int _active;
                private int _served;
                private readonly object _gate = new();

                public void Accept(int requests)
                {
                    for (var i = 0; i < requests; i++)
                    {
                        new Thread(Handle).Start();
                    }
                }

                private void Handle()
                {
                    lock (_gate) _active++;
                    {|GIL2001:_served += 1|};
                    lock (_gate) _active--;
                }
            }
            """, "_served is never written under the lock, so it is GIL2001 alone."),
    ];
}
