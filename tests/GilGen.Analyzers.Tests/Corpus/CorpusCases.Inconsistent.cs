using System.Collections.Generic;

namespace GilGen.Analyzers.Tests.Corpus;

internal static partial class CorpusCases
{
    /// <summary>Fields written under a lock in one place and without it in another.</summary>
    public static readonly IReadOnlyList<CorpusCase> Inconsistent =
    [
        new("InconsistentMeterReset", """
            using System.Threading.Tasks;

            sealed class Meter
            {
                private readonly object _gate = new();
                private long _total;

                public void Start()
                {
                    Task.Run(() => { for (var i = 0; i < 1000; i++) Add(5); });
                    Task.Run(Reset);
                }

                private void Add(long n)
                {
                    lock (_gate) _total += n;
                }

                private void Reset() => {|GIL2004:_total = 0|};
            }
            """),

        new("ConsistentMeter", """
            using System.Threading.Tasks;

            sealed class Meter
            {
                private readonly object _gate = new();
                private long _total;

                public void Start()
                {
                    Task.Run(() => { for (var i = 0; i < 1000; i++) Add(5); });
                    Task.Run(Reset);
                }

                private void Add(long n)
                {
                    lock (_gate) _total += n;
                }

                private void Reset()
                {
                    lock (_gate) _total = 0;
                }
            }
            """),

        new("InconsistentConstructorOnly", """
            using System.Collections.Generic;
            using System.Threading.Tasks;

            sealed class Queue
            {
                private readonly object _gate = new();
                private List<int> _items;
                private int _version;

                public Queue()
                {
                    _items = new List<int>();
                    _version = 1;
                }

                public void Push(int item)
                {
                    lock (_gate)
                    {
                        _items.Add(item);
                        _version++;
                    }
                }

                public void Replace(List<int> items)
                {
                    lock (_gate) _items = items;
                }

                public static void Run(Queue q) => Parallel.For(0, 10, q.Push);
            }
            """, "The unlocked writes are in the constructor."),

        new("InconsistentPreStart", """
            using System;
            using System.Threading;

            static class Limits
            {
                private static readonly object s_gate = new();
                private static int s_limit;

                static void Main()
                {
                    s_limit = 10;
                    var threads = new[] { new Thread(Lower), new Thread(Lower) };
                    foreach (var t in threads) t.Start();
                    foreach (var t in threads) t.Join();
                    Console.WriteLine(s_limit);
                }

                static void Lower()
                {
                    lock (s_gate) s_limit = Math.Max(0, s_limit - 1);
                }
            }
            """, "The unlocked write happens before any thread starts."),

        new("InconsistentStopFlag", """
            using System;
            using System.Threading;

            sealed class Service : IDisposable
            {
                private readonly object _gate = new();
                private bool _running;
                private readonly Timer _watchdog;

                public Service()
                {
                    _watchdog = new Timer(_ => CheckHealth(), null, 1000, 1000);
                }

                public void Start()
                {
                    lock (_gate) _running = true;
                }

                private void CheckHealth()
                {
                    if (Environment.TickCount64 < 0) Stop();
                }

                private void Stop() => {|GIL2004:_running = false|};

                public void Dispose() => _watchdog.Dispose();
            }
            """, "The timer thread writes the flag without the lock Start takes."),

        new("InconsistentLastError", """
            using System;
            using System.Threading.Tasks;

            sealed class Uploader
            {
                private readonly object _gate = new();
                private string? _lastError;
                private int _failures;

                public void UploadAll(string[] files)
                {
                    Parallel.ForEach(files, file =>
                    {
                        try
                        {
                            Upload(file);
                            {|GIL2004:_lastError = null|};
                        }
                        catch (Exception e)
                        {
                            lock (_gate)
                            {
                                _lastError = e.Message;
                                _failures++;
                            }
                        }
                    });
                }

                private static void Upload(string file) { }
            }
            """),

        new("ReadsOutsideLockOnly", """
            using System.Threading.Tasks;

            sealed class Progress
            {
                private readonly object _gate = new();
                private int _done;

                public void Step()
                {
                    lock (_gate) _done++;
                }

                public int Snapshot() => _done;

                public static void Run(Progress p) => Parallel.For(0, 100, i => { p.Step(); System.GC.KeepAlive(p.Snapshot()); });
            }
            """, "Only reads are unlocked: a monitoring snapshot of an int, not a lost write."),
    ];
}
