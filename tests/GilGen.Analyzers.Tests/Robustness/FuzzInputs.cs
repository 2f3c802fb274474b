using System.Collections.Generic;

namespace GilGen.Analyzers.Tests.Robustness;

/// <summary>
/// The well-formed programs the fuzz test breaks: racy and safe C#, Python snippets in every kind of
/// C# string literal, and .py files. Small on purpose: one compilation each, 500 of them.
/// </summary>
internal static class FuzzInputs
{
    /// <summary>C# sources: well-formed C#, with snippets that use most of what GIL1001 looks at (some of it Python the emitter does not support yet, which is fine here).</summary>
    public static readonly IReadOnlyList<string> CSharp =
    [
        """
        using System.Threading;

        static class Program
        {
            static int counter;
            static readonly object gate = new();
            [System.ThreadStatic] static int mine;

            static void Work()
            {
                for (int i = 0; i < 1000; i++) { counter++; mine += 2; }
                lock (gate) { counter--; }
                Interlocked.Add(ref counter, 5);
            }

            static void Main()
            {
                counter = 1;
                var a = new Thread(Work); var b = new Thread(() => Work());
                a.Start(); b.Start(); a.Join(); b.Join();
            }
        }
        """,
        """
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        class Cache
        {
            static readonly Dictionary<int, string> s_names = new();
            static readonly ConcurrentDictionary<int, string> s_values = new();
            static readonly object s_gate = new();
            static Cache? s_shared;
            private readonly List<int> _items = new List<int>();
            private int _count;

            static Cache Shared()
            {
                if (s_shared == null) { lock (s_gate) { if (s_shared == null) s_shared = new Cache(); } }
                return s_shared;
            }

            public void Run(int[] ids)
            {
                Parallel.ForEach(ids, id =>
                {
                    if (!s_names.ContainsKey(id)) s_names[id] = id.ToString();
                    if (!s_values.ContainsKey(id)) s_values[id] = id.ToString();
                    if (_count < 10) _count++;
                    _items.Add(id);
                    var q = new Queue<int>(); q.Enqueue(id);
                });
            }
        }
        """,
        """
        using System;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class Stats
        {
            private volatile int _pending;
            private long _count;
            private double _sum;
            private readonly Lock _lock = new();

            public void Add(double v)
            {
                _pending++;
                using (_lock.EnterScope()) { _count++; }
                _sum = _sum + v;
                _pending -= 1;
            }

            public static void Run()
            {
                var s = new Stats();
                Parallel.For(0, 100, i => s.Add(i));
                Parallel.ForEach(Enumerable.Range(0, 10), v => s.Add(v));
                Enumerable.Range(0, 10).AsParallel().ForAll(v => s._sum *= 2);
                Task.Run(() => s._count += 3).Wait();
                Task.Factory.StartNew(() => { s._count <<= 1; }).Wait();
                Parallel.Invoke(() => s.Add(1), () => s.Add(2));
            }
        }
        """,
        """
        using System.Threading;
        using GilGen;

        sealed class Inventory
        {
            private readonly object _gate = new();
            [GuardedBy(nameof(_gate))] private int _count;
            [GuardedBy("_gate")] private string _name = "";

            public void Add() { lock (_gate) { _count++; _name += "x"; } }
            public int Count => _count;
            public void Reset()
            {
                Monitor.Enter(_gate);
                try { _count = 0; } finally { Monitor.Exit(_gate); }
                lock (_gate) { ThreadPool.QueueUserWorkItem(_ => _count = 0); }
                void Local() { _count--; }
                Local();
            }
        }
        """,
        """
        using System;
        using System.Threading;
        using System.Threading.Tasks;

        sealed class Meter
        {
            private readonly object _gate = new();
            private long _total;
            private bool _running;
            private System.Threading.Timer? _timer;
            private readonly System.Timers.Timer _timers = new(100);

            public Meter() { _total = 0; }

            public void Start()
            {
                lock (_gate) { _running = true; }
                _timer = new System.Threading.Timer(_ => Tick(), null, 0, 100);
                _timers.Elapsed += (s, e) => { _total++; };
                Task.Run(() => { for (var i = 0; i < 1000; i++) Add(5); });
                Task.Run(Reset);
                ThreadPool.QueueUserWorkItem(static m => ((Meter)m!).Stop(), this);
            }

            private void Tick() => _total = _total * 2;
            private void Add(long n) { lock (_gate) _total += n; }
            private void Reset() => _total = 0;
            private void Stop() { _running = false; _timer?.Dispose(); }
        }
        """,
        // Python in a regular literal: escapes everywhere.
        """
        using GilGen;

        [GilModule("import threading\n\ncounter = 0\n\ndef bump():\n    global counter\n    counter += 1\n\nt = threading.Thread(target=bump)\nt.start()\nt.join()\nprint(\"done\\t\", counter)\n")]
        public static partial class Regular;
        """,
        // Python in a verbatim literal: doubled quotes.
        """
        using GilGen;

        [GilModule(@"import threading
        lock = threading.Lock()
        totals = {}

        def add(key, n):
            with lock:
                totals[key] = totals.get(key, 0) + n
            totals[key] += 1

        threading.Timer(0.01, add, args=(""a"", 1)).start()
        ")]
        public static partial class Verbatim;
        """,
        // Python in a raw literal, a [GilFunction] and a [GilModule].
        """"
        using GilGen;

        public static partial class Raw
        {
            [GilFunction("""
                def count_down(n):
                    while n > 0:
                        n -= 1
                    return n
                """)]
            public static partial long CountDown(long n);
        }

        [GilModule("""
            import threading
            import concurrent.futures

            class Box:
                def __init__(self):
                    self.n = 0

            box = Box()

            def outer():
                hits = 0
                def inner():
                    nonlocal hits
                    hits += 1
                    box.n = box.n + 1
                return inner

            class Worker(threading.Thread):
                def run(self):
                    box.n -= 1

            with concurrent.futures.ThreadPoolExecutor(max_workers=2) as ex:
                ex.submit(outer())
                list(ex.map(lambda k: k, range(3)))
            Worker().start()
            """)]
        public static partial class RawModule;
        """",
    ];

    /// <summary>Python sources: .py files, and embedded into each kind of C# literal.</summary>
    public static readonly IReadOnlyList<string> Python =
    [
        """
        import threading

        cache = {}
        items = []
        balance = 100

        def work(key):
            global balance
            if key not in cache:
                cache[key] = str(key)
            if len(items) < 10 and key in cache:
                items.append(key)
            if balance >= key:
                balance -= key
            else:
                del cache[key]

        threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
        """,
        """
        import threading

        counter = 0

        def increment():
            global counter
            for _ in range(1000):
                counter += 1

        threads = []
        for _ in range(4):
            thread = threading.Thread(target=increment)
            threads.append(thread)
            thread.start()
        for thread in threads:
            thread.join()
        print("Final counter value:", counter)
        """,
        """
        import threading

        counter = 0
        lock = threading.Lock()

        def increment():
            global counter
            for _ in range(1000):
                lock.acquire()
                try:
                    counter = counter + 1
                finally:
                    lock.release()

        t = threading.Thread(target=increment)
        t.start()
        with lock:
            counter -= 1
        t.join()
        """,
        """
        import concurrent.futures
        import multiprocessing

        stats = {"n": 0}

        def helper(k):
            stats["n"] += k

        def task(k):
            helper(k)
            return k * 2

        def cpu(n):
            global calls
            calls += 1
            return n

        calls = 0
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as executor:
            futures = [executor.submit(task, k) for k in range(8)]
        with multiprocessing.Pool(processes=2) as pool:
            pool.map(cpu, [1, 2])
        """,
    ];
}
