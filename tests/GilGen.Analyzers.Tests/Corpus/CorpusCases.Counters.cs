using System.Collections.Generic;

namespace GilGen.Analyzers.Tests.Corpus;

internal static partial class CorpusCases
{
    /// <summary>Static counters and totals, every kind of thread entry, and their safe versions.</summary>
    public static readonly IReadOnlyList<CorpusCase> Counters =
    [
        new("ThreadCounter", """
            using System;
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
                    var threads = new Thread[4];
                    for (int t = 0; t < threads.Length; t++)
                    {
                        threads[t] = new Thread(Work);
                        threads[t].Start();
                    }
                    foreach (var thread in threads) thread.Join();
                    Console.WriteLine(counter);
                }
            }
            """),

        new("ThreadCounterInterlocked", """
            using System;
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
                    var threads = new Thread[4];
                    for (int t = 0; t < threads.Length; t++) (threads[t] = new Thread(Work)).Start();
                    foreach (var thread in threads) thread.Join();
                    Console.WriteLine(Volatile.Read(ref counter));
                }
            }
            """),

        new("ThreadCounterLocked", """
            using System;
            using System.Threading;

            static class Program
            {
                static readonly object gate = new();
                static long counter;

                static void Work()
                {
                    for (int i = 0; i < 100000; i++)
                    {
                        lock (gate)
                        {
                            counter++;
                            counter += 2;
                        }
                    }
                }

                static void Main()
                {
                    var a = new Thread(Work);
                    var b = new Thread(Work);
                    a.Start(); b.Start();
                    a.Join(); b.Join();
                    Console.WriteLine(counter);
                }
            }
            """),

        new("TaskRunTotal", """
            using System.Threading.Tasks;

            static class Totals
            {
                static long total;

                public static long Sum(int[] values)
                {
                    var half = values.Length / 2;
                    var first = Task.Run(() => { for (var i = 0; i < half; i++) {|GIL2001:total += values[i]|}; });
                    var second = Task.Run(() => { for (var i = half; i < values.Length; i++) {|GIL2001:total += values[i]|}; });
                    Task.WaitAll(first, second);
                    return total;
                }
            }
            """),

        new("ParallelForSqrt", """
            using System;
            using System.Threading.Tasks;

            static class Numeric
            {
                static double sum;

                public static double SumOfRoots(int n)
                {
                    sum = 0;
                    Parallel.For(0, n, i => {|GIL2001:sum += Math.Sqrt(i)|});
                    return sum;
                }
            }
            """),

        new("ThreadStaticDepth", """
            using System;
            using System.Threading;

            static class Tracer
            {
                [ThreadStatic] private static int t_depth;
                [ThreadStatic] private static long t_calls;

                public static void Enter() { t_depth++; t_calls += 1; }
                public static void Leave() => t_depth--;

                static void Work()
                {
                    for (var i = 0; i < 1000; i++) { Enter(); Leave(); }
                    Console.WriteLine(t_calls);
                }

                static void Main()
                {
                    var threads = new[] { new Thread(Work), new Thread(Work), new Thread(Work) };
                    foreach (var t in threads) t.Start();
                    foreach (var t in threads) t.Join();
                }
            }
            """, "[ThreadStatic]: every thread has its own t_depth and t_calls."),

        new("ThreadLocalCalls", """
            using System;
            using System.Threading;
            using System.Threading.Tasks;

            static class Metrics
            {
                private static readonly ThreadLocal<int> s_calls = new(() => 0, trackAllValues: true);

                static void Handle(int request)
                {
                    s_calls.Value++;
                    s_calls.Value += request % 2;
                }

                public static int Run()
                {
                    Parallel.For(0, 1000, Handle);
                    var total = 0;
                    foreach (var v in s_calls.Values) total += v;
                    return total;
                }
            }
            """, "ThreadLocal<T>.Value is per thread; the total is summed after Parallel.For returns."),

        new("ConstructorInit", """
            using System;
            using System.Threading.Tasks;

            sealed class Histogram
            {
                private readonly int[] _buckets;
                private int _size;
                private static int s_created;

                static Histogram() { s_created += 0; }

                public Histogram(int n)
                {
                    _buckets = new int[n];
                    for (var i = 0; i < n; i++) _size++;
                    _size += 0;
                }

                public int Size => _size;

                public static void Build()
                {
                    Parallel.For(1, 5, i => Console.WriteLine(new Histogram(i).Size));
                }
            }
            """, "Instance constructors run before the object is shared; the static constructor runs once, under the runtime's type-initialization lock."),

        new("PreStartInit", """
            using System;
            using System.Linq;
            using System.Threading;

            static class Server
            {
                static int s_workers;
                static int s_port;

                static void Main(string[] args)
                {
                    s_port = 8080;
                    s_workers += args.Length;
                    for (var i = 0; i < args.Length; i++) s_workers++;
                    var threads = Enumerable.Range(0, s_workers + 1).Select(_ => new Thread(Serve)).ToList();
                    foreach (var t in threads) t.Start();
                    foreach (var t in threads) t.Join();
                }

                static void Serve() => Console.WriteLine(s_port + s_workers);
            }
            """, "Written only before the threads start; the threads only read."),

        new("ParallelLocalFinallyInterlocked", """
            using System.Threading;
            using System.Threading.Tasks;

            static class Sums
            {
                static long s_total;

                public static long Total(int n)
                {
                    Parallel.For(0, n, () => 0L, (i, state, subtotal) => subtotal + i, subtotal => Interlocked.Add(ref s_total, subtotal));
                    return Interlocked.Read(ref s_total);
                }
            }
            """),

        new("ParallelLocalFinallyRace", """
            using System.Threading.Tasks;

            static class Sums
            {
                static long s_total;

                public static long Total(int n)
                {
                    Parallel.For(0, n, () => 0L, (i, state, subtotal) => subtotal + i, subtotal => {|GIL2001:s_total += subtotal|});
                    return s_total;
                }
            }
            """, "localFinally runs once per worker, and the workers finish concurrently."),

        new("SingleThreadedTally", """
            using System;
            using System.Collections.Generic;

            static class WordCount
            {
                static int s_words;
                static int s_lines;

                static void Main()
                {
                    var lines = new List<string> { "a b", "c d e" };
                    foreach (var line in lines)
                    {
                        s_lines++;
                        s_words += line.Split(' ').Length;
                    }
                    Console.WriteLine($"{s_lines} {s_words}");
                }
            }
            """, "No thread is ever started."),

        new("TimerTicks", """
            using System;
            using System.Threading;

            static class Heartbeat
            {
                static int s_ticks;

                static void Main()
                {
                    using var timer = new Timer(_ => {|GIL2001:s_ticks++|}, null, 0, 10);
                    Thread.Sleep(200);
                    Console.WriteLine(s_ticks);
                }
            }
            """, "Timer callbacks run on pool threads and may overlap."),

        new("QueueUserWorkItem", """
            using System;
            using System.Threading;

            static class Jobs
            {
                static int s_processed;

                static void Main()
                {
                    using var done = new CountdownEvent(10);
                    for (var i = 0; i < 10; i++)
                    {
                        ThreadPool.QueueUserWorkItem(_ =>
                        {
                            Process();
                            done.Signal();
                        });
                    }
                    done.Wait();
                    Console.WriteLine(s_processed);
                }

                static void Process()
                {
                    {|GIL2001:s_processed++|};
                }
            }
            """),

        new("StartNewCallChain", """
            using System.Threading.Tasks;

            static class Pipeline
            {
                static int s_steps;

                public static int Run()
                {
                    var tasks = new Task[3];
                    for (var i = 0; i < tasks.Length; i++) tasks[i] = Task.Factory.StartNew(() => Step());
                    Task.WaitAll(tasks);
                    return s_steps;
                }

                static void Step()
                {
                    for (var i = 0; i < 100; i++) Record();
                }

                static void Record() => {|GIL2001:s_steps += 2|};
            }
            """, "Reached through two calls from the task body."),

        new("PlinqForAll", """
            using System.Linq;

            static class Aggregates
            {
                static long s_total;

                public static long Sum(int[] values)
                {
                    values.AsParallel().ForAll(v => {|GIL2001:s_total += v|});
                    return s_total;
                }
            }
            """),

        new("ParallelInvoke", """
            using System.Threading.Tasks;

            static class Balance
            {
                static int s_a;

                public static int Run()
                {
                    Parallel.Invoke(
                        () => { for (var i = 0; i < 1000; i++) {|GIL2001:s_a++|}; },
                        () => { for (var i = 0; i < 1000; i++) {|GIL2001:s_a--|}; });
                    return s_a;
                }
            }
            """),

        new("ProducerConsumerTwoConsumers", """
            using System;
            using System.Collections.Concurrent;
            using System.Threading;

            static class Pipeline
            {
                static int s_consumed;

                static void Main()
                {
                    using var queue = new BlockingCollection<int>(100);
                    var consumers = new[] { new Thread(() => Consume(queue)), new Thread(() => Consume(queue)) };
                    foreach (var c in consumers) c.Start();
                    for (var i = 0; i < 1000; i++) queue.Add(i);
                    queue.CompleteAdding();
                    foreach (var c in consumers) c.Join();
                    Console.WriteLine(s_consumed);
                }

                static void Consume(BlockingCollection<int> queue)
                {
                    foreach (var item in queue.GetConsumingEnumerable()) {|GIL2001:s_consumed++|};
                }
            }
            """),

        new("ProducerConsumerSingleConsumer", """
            using System;
            using System.Collections.Concurrent;
            using System.Threading;

            static class Pipeline
            {
                static int s_consumed;

                static void Main()
                {
                    using var queue = new BlockingCollection<int>(100);
                    var consumer = new Thread(() =>
                    {
                        foreach (var item in queue.GetConsumingEnumerable()) s_consumed++;
                    });
                    consumer.Start();
                    for (var i = 0; i < 1000; i++) queue.Add(i);
                    queue.CompleteAdding();
                    consumer.Join();
                    Console.WriteLine(s_consumed);
                }
            }
            """, "One consumer thread is the only writer; Main reads after Join. Not a race (a precision probe)."),

        new("SystemThreadingLockCounter", """
            using System.Threading;
            using System.Threading.Tasks;

            static class Counters
            {
                static readonly Lock s_lock = new();
                static int s_n;
                static int s_m;

                public static void Run()
                {
                    Parallel.For(0, 1000, i =>
                    {
                        lock (s_lock) s_n++;
                        using (s_lock.EnterScope()) { s_m += i; }
                    });
                }
            }
            """),

        new("MonitorEnterExit", """
            using System.Threading;
            using System.Threading.Tasks;

            static class Ledger
            {
                static readonly object s_gate = new();
                static decimal s_balance;

                static void Deposit(decimal amount)
                {
                    Monitor.Enter(s_gate);
                    try { s_balance += amount; }
                    finally { Monitor.Exit(s_gate); }
                }

                public static decimal Run()
                {
                    Task.WaitAll(Task.Run(() => Deposit(10)), Task.Run(() => Deposit(20)));
                    return s_balance;
                }
            }
            """),

        new("InterlockedMixed", """
            using System.IO;
            using System.Threading;
            using System.Threading.Tasks;

            static class Copier
            {
                static long s_bytes;
                static int s_files;

                public static void CopyAll(string[] paths)
                {
                    Parallel.ForEach(paths, path =>
                    {
                        var length = new FileInfo(path).Length;
                        Interlocked.Add(ref s_bytes, length);
                        {|GIL2001:s_files++|};
                    });
                }
            }
            """, "Half fixed: the byte count uses Interlocked, the file count does not."),

        new("XEqualsXPlusY", """
            using System.Threading.Tasks;

            static class Accumulator
            {
                static int s_total;

                public static int Run(int[] xs)
                {
                    var tasks = new Task[4];
                    for (var t = 0; t < tasks.Length; t++)
                    {
                        tasks[t] = Task.Run(() =>
                        {
                            foreach (var x in xs) {|GIL2001:s_total = s_total + x|};
                        });
                    }
                    Task.WaitAll(tasks);
                    return s_total;
                }
            }
            """),

        new("StringLogAppend", """
            using System.Collections.Generic;
            using System.Threading.Tasks;

            static class Log
            {
                static string s_log = "";

                public static string Collect(IEnumerable<string> lines)
                {
                    Parallel.ForEach(lines, line => {|GIL2001:s_log += line + "\n"|});
                    return s_log;
                }
            }
            """, "A compound assignment of a reference: two threads read the same string and one append is lost."),

        new("ReadOnlySharedConfig", """
            using System;
            using System.Threading.Tasks;

            static class Settings
            {
                static readonly int s_retries = 3;
                static int s_timeout = 30;

                public static void Run()
                {
                    Parallel.For(0, 10, i => Console.WriteLine(s_retries * s_timeout + i));
                }
            }
            """),

        new("SemaphoreSlimMutex", """
            using System.Threading;
            using System.Threading.Tasks;

            static class Throttle
            {
                static readonly SemaphoreSlim s_mutex = new(1, 1);
                static int s_inFlight;

                public static void Run()
                {
                    Parallel.For(0, 100, i =>
                    {
                        s_mutex.Wait();
                        try { s_inFlight++; s_inFlight--; }
                        finally { s_mutex.Release(); }
                    });
                }
            }
            """, "SemaphoreSlim(1, 1) is a mutex: no race, though the rule knows only lock/Monitor/Lock (a precision probe)."),

        new("AsyncContinuationCounter", """
            using System.Linq;
            using System.Threading.Tasks;

            static class Downloader
            {
                static int s_completed;

                public static async Task<int> DownloadAll(string[] urls)
                {
                    await Task.WhenAll(urls.Select(DownloadOne));
                    return s_completed;
                }

                static async Task DownloadOne(string url)
                {
                    await Task.Delay(url.Length);
                    {|GIL2001:s_completed++|};
                }
            }
            """, "After the await the continuations run on pool threads, concurrently. No thread entry of the rule's list is involved: a likely miss."),

        new("HelperCalledWithAndWithoutLock", """
            using System.Threading;
            using System.Threading.Tasks;

            static class Counter
            {
                static readonly object s_gate = new();
                static int s_n;

                static void Increment() => {|GIL2001/GIL2004:s_n++|};

                public static void Run()
                {
                    Task.WaitAll(
                        Task.Run(() => { lock (s_gate) Increment(); }),
                        Task.Run(() => Increment()));
                }
            }
            """, "One caller holds the lock, the other does not."),

        new("HelperCalledOnlyUnderLock", """
            using System.Threading.Tasks;

            static class Counter
            {
                static readonly object s_gate = new();
                static int s_n;

                static void Increment() => s_n++;

                public static void Run()
                {
                    Parallel.For(0, 100, i =>
                    {
                        lock (s_gate) Increment();
                    });
                }
            }
            """, "Every caller holds the lock: not a race (a precision probe for code that is not syntactically inside the lock)."),
    ];
}
