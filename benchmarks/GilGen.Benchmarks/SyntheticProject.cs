using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace GilGen.Benchmarks;

/// <summary>
/// A large, deterministic C# project for measuring what GilGen's analyzers cost a build: one file
/// per class, each a small threaded service — static and instance counters, a lock, a
/// <c>[ThreadStatic]</c>, <c>volatile</c> fields, <c>[GuardedBy]</c> fields, threads, tasks,
/// <c>Parallel</c> loops, the thread pool and timers — plus a helper class of ordinary code (parsing,
/// formatting, LINQ, loops over locals) so that, as in a real project, most of the code is not
/// about threads. Some classes hold the bugs the rules report (GIL2001–GIL2004) and every tenth a
/// <c>[GilModule]</c> with a threaded Python snippet (GIL1001). 200 classes are about 50,000 lines.
/// </summary>
public static class SyntheticProject
{
    /// <summary>The files (relative path, text) of a project with <paramref name="classes"/> service classes.</summary>
    public static IReadOnlyList<(string Path, string Text)> Generate(int classes)
    {
        var files = new List<(string, string)>(classes * 2);
        for (var i = 0; i < classes; i++)
        {
            files.Add(($"Module{i / 20}/Service{i}.cs", Service(i)));
            files.Add(($"Module{i / 20}/Helpers{i}.cs", Helpers(i)));
        }
        files.Add(("Program.cs", Program(classes)));
        return files;
    }

    /// <summary>Writes the files under <paramref name="directory"/>; returns how many lines they have.</summary>
    public static int WriteTo(string directory, int classes)
    {
        var lines = 0;
        foreach (var (path, text) in Generate(classes))
        {
            var full = Path.Combine(directory, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
            lines += text.Split('\n').Length;
        }
        return lines;
    }

    private static string Program(int classes)
    {
        var text = new StringBuilder();
        text.Append("namespace Synthetic;\n\npublic static class Program\n{\n    public static void Main()\n    {\n");
        for (var i = 0; i < classes; i++)
            text.Append(CultureInfo.InvariantCulture, $"        new Synthetic.Module{i / 20}.Service{i}().Start(2);\n");
        text.Append("    }\n}\n");
        return text.ToString();
    }

    private static string Service(int i)
    {
        // Which bugs this class has: a fixed pattern, so every run measures the same project.
        var racyStatic = i % 3 == 0;      // GIL2001
        var racyVolatile = i % 5 == 0;    // GIL2002
        var unguardedRead = i % 7 == 0;   // GIL2003
        var unlockedReset = i % 11 == 0;  // GIL2004
        var snippet = i % 10 == 0;        // GIL1001
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using GilGen;

            namespace Synthetic.Module{{i / 20}};

            /// <summary>Synthetic service {{i}}.</summary>
            public sealed class Service{{i}}
            {
                private static readonly object s_gate = new();
                private static int s_requests;
                private static long s_bytes;
                private static double s_latency;
                [ThreadStatic] private static int t_depth;
                private static volatile bool s_stopping;
                private static volatile int s_inflight;

                private readonly object _gate = new();
                [GuardedBy(nameof(_gate))] private readonly Dictionary<string, int> _cache = new();
                [GuardedBy(nameof(_gate))] private int _cacheHits;
                private readonly object _statsGate = new();
                private long _checksum;
                private int _processed;
                private readonly List<string> _log = new();
                private Timer? _timer;

                public Service{{i}}()
                {
                    _processed = 0;
                    _checksum = 17;
                }

                public void Start(int workers)
                {
                    s_stopping = false;
                    var threads = new List<Thread>();
                    for (var w = 0; w < workers; w++)
                    {
                        var thread = new Thread(Worker) { IsBackground = true, Name = "service{{i}}-" + w };
                        threads.Add(thread);
                        thread.Start(w);
                    }
                    var tasks = new[]
                    {
                        Task.Run(() => Batch(Enumerable.Range(0, 100).ToArray())),
                        Task.Factory.StartNew(() => Maintain(), TaskCreationOptions.LongRunning),
                    };
                    Parallel.For(0, 64, k => Handle("key" + (k % 8), k));
                    ThreadPool.QueueUserWorkItem(_ => Flush());
                    _timer = new Timer(_ => Tick(), null, 100, 100);
                    Task.WaitAll(tasks);
                    s_stopping = true;
                    foreach (var thread in threads) thread.Join();
                    _timer.Dispose();
                }

                private void Worker(object? state)
                {
                    var id = (int)state!;
                    var local = 0;
                    while (!s_stopping && local < 1000)
                    {
                        t_depth++;
                        local += Handle("worker" + id, local);
                        t_depth--;
                    }
                }

                private int Handle(string key, int value)
                {
                    Interlocked.Increment(ref s_requests);
                    int cached;
                    lock (_gate)
                    {
                        if (_cache.TryGetValue(key, out cached))
                        {
                            _cacheHits++;
                        }
                        else
                        {
                            cached = Helpers{{i}}.Score(key, value);
                            _cache[key] = cached;
                        }
                    }
                    lock (s_gate)
                    {
                        s_latency += 0.5;
                        s_bytes += key.Length;
                    }
                    lock (_statsGate)
                    {
                        _checksum = unchecked(_checksum * 31 + cached);
                        _processed++;
                    }

            """);
        if (racyStatic) s.Append("        s_requests += value % 2;\n");
        if (racyVolatile) s.Append("        s_inflight++;\n");
        s.Append(CultureInfo.InvariantCulture, $$"""
                    return cached % 7 + 1;
                }

                private void Batch(int[] items)
                {
                    var sum = 0L;
                    foreach (var item in items)
                    {
                        sum += Helpers{{i}}.Score("batch", item);
                    }
                    Interlocked.Add(ref s_bytes, sum);
                    lock (_statsGate) _log.Add("batch " + sum);
                }

                private void Maintain()
                {
                    for (var round = 0; round < 10; round++)
                    {
                        lock (_gate)
                        {
                            if (_cache.Count > 100) _cache.Clear();
                        }
                        Thread.Sleep(1);
                    }
                }

                private void Flush()
                {
                    string[] lines;
                    lock (_statsGate)
                    {
                        lines = _log.ToArray();
                        _log.Clear();
                    }
                    foreach (var line in lines) Helpers{{i}}.Describe(line.Length, "chars");
                }

                private void Tick()
                {
                    var hits = HitCount();

            """);
        if (unlockedReset) s.Append("        _checksum = 0;\n");
        s.Append(CultureInfo.InvariantCulture, $$"""
                    Helpers{{i}}.Describe(hits, "hits");
                }

                private int HitCount()
                {

            """);
        s.Append(unguardedRead ? "        return _cacheHits;\n" : "        lock (_gate) return _cacheHits;\n");
        s.Append("""
                }

                public long Checksum
                {
                    get { lock (_statsGate) return _checksum; }
                }

                public int Processed
                {
                    get { lock (_statsGate) return _processed; }
                }

                public static int Requests => Volatile.Read(ref s_requests);
            }

            """);
        if (snippet)
        {
            s.Append(CultureInfo.InvariantCulture, $$""""

                /// <summary>A Python module of service {{i}}.</summary>
                [GilModule("""
                    import threading

                    served = 0
                    lock = threading.Lock()

                    def serve(n):
                        global served
                        for _ in range(n):
                            served += 1

                    def serve_locked(n):
                        global served
                        for _ in range(n):
                            with lock:
                                served += 1

                    def main():
                        threads = []
                        for k in range(2):
                            t = threading.Thread(target=serve, args=(100,))
                            threads.append(t)
                            t.start()
                        for k in range(2):
                            t = threading.Thread(target=serve_locked, args=(100,))
                            threads.append(t)
                            t.start()
                        for t in threads:
                            t.join()
                        return served
                    """)]
                public static partial class Snippet{{i}};

                """");
        }
        return s.ToString();
    }

    /// <summary>
    /// The helper class of service <paramref name="i"/>: a file of ordinary single-threaded C# with no snippet and
    /// nothing the analyzers report (GeneratorEditBenchmarks edits one of its method bodies).
    /// </summary>
    internal static string Helpers(int i)
    {
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $$"""
            using System;
            using System.Collections.Generic;
            using System.Globalization;
            using System.Linq;
            using System.Text;

            namespace Synthetic.Module{{i / 20}};

            /// <summary>Ordinary single-threaded code of service {{i}}.</summary>
            public static class Helpers{{i}}
            {

            """);
        for (var j = 0; j < 2; j++)
        {
            s.Append(CultureInfo.InvariantCulture, $$"""
                    public static int Score{{(j == 0 ? "" : j.ToString(CultureInfo.InvariantCulture))}}(string key, int value)
                    {
                        var hash = 17;
                        foreach (var c in key)
                        {
                            hash = unchecked(hash * 31 + c);
                        }
                        hash ^= value << {{j + 1}};
                        var total = 0;
                        for (var k = 0; k < 8; k++)
                        {
                            total += (hash >> k) & 1;
                            total *= 2;
                            total -= k % 3;
                        }
                        return Math.Abs(total + hash % {{97 + j}});
                    }

                    public static string Describe{{(j == 0 ? "" : j.ToString(CultureInfo.InvariantCulture))}}(int value, string unit) => value switch
                    {
                        < 0 => "-" + Describe{{(j == 0 ? "" : j.ToString(CultureInfo.InvariantCulture))}}(-value, unit),
                        < 1000 => value.ToString(CultureInfo.InvariantCulture) + " " + unit,
                        < 1_000_000 => (value / 1000.0).ToString("F1", CultureInfo.InvariantCulture) + " k" + unit,
                        _ => (value / 1_000_000.0).ToString("F1", CultureInfo.InvariantCulture) + " M" + unit,
                    };

                    public static List<int> Primes{{j}}(int max)
                    {
                        var sieve = new bool[max + 1];
                        var primes = new List<int>();
                        for (var p = 2; p <= max; p++)
                        {
                            if (sieve[p]) continue;
                            primes.Add(p);
                            for (var m = p * 2; m <= max; m += p) sieve[m] = true;
                        }
                        return primes;
                    }

                    public static Dictionary<string, int> Histogram{{j}}(IEnumerable<string> words)
                    {
                        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                        foreach (var word in words)
                        {
                            counts.TryGetValue(word, out var n);
                            counts[word] = n + 1;
                        }
                        return counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take({{10 + j}}).ToDictionary(p => p.Key, p => p.Value);
                    }

                    public static string Render{{j}}(IReadOnlyList<(string Name, double Value)> rows)
                    {
                        var text = new StringBuilder();
                        var width = rows.Count == 0 ? 0 : rows.Max(r => r.Name.Length);
                        foreach (var (name, value) in rows)
                        {
                            text.Append(name.PadRight(width)).Append(" | ");
                            var bar = (int)Math.Round(Math.Clamp(value, 0, 1) * 40);
                            text.Append('#', bar).Append(' ', 40 - bar);
                            text.Append(" | ").Append(value.ToString("P1", CultureInfo.InvariantCulture)).Append('\n');
                        }
                        return text.ToString();
                    }

                    public static bool TryParse{{j}}(string text, out int hours, out int minutes)
                    {
                        hours = 0;
                        minutes = 0;
                        var parts = text.Split(':');
                        if (parts.Length != 2) return false;
                        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out hours)) return false;
                        if (!int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out minutes)) return false;
                        return hours is >= 0 and < 24 && minutes is >= 0 and < 60;
                    }


                """);
        }
        s.Append("}\n");
        return s.ToString();
    }
}
