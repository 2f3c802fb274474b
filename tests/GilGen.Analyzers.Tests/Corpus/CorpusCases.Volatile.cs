using System.Collections.Generic;

namespace GilGen.Analyzers.Tests.Corpus;

internal static partial class CorpusCases
{
    /// <summary>volatile fields: flags (fine), counters (GIL2002), and the fixed versions.</summary>
    public static readonly IReadOnlyList<CorpusCase> Volatile =
    [
        new("VolatileStopFlag", """
            using System.Threading;

            sealed class Pump
            {
                private volatile bool _stop;
                private Thread? _thread;

                public void Start()
                {
                    _thread = new Thread(Loop);
                    _thread.Start();
                }

                public void Stop()
                {
                    _stop = true;
                    _thread?.Join();
                }

                private void Loop()
                {
                    while (!_stop) Thread.SpinWait(10);
                }
            }
            """, "A flag: plain reads and writes are what volatile is for."),

        new("VolatilePendingCountdown", """
            using System.Threading;

            static class Batch
            {
                private static volatile int s_pending;

                static void Work()
                {
                    Thread.Sleep(1);
                    {|GIL2002/GIL2001:s_pending--|};
                }

                static void Main()
                {
                    s_pending = 8;
                    for (var i = 0; i < 8; i++) new Thread(Work).Start();
                    while (s_pending > 0) Thread.Sleep(1);
                }
            }
            """),

        new("VolatileVersionNoThreads", """
            sealed class Document
            {
                private volatile int _version;
                private string _text = "";

                public void Edit(string text)
                {
                    _text = text;
                    {|GIL2002:_version++|};
                }

                public int Version => _version;
                public string Text => _text;
            }
            """, "No thread in sight, but the field is volatile: the declaration says other threads use it."),

        new("VolatileInLock", """
            using System.Threading.Tasks;

            sealed class Gauge
            {
                private readonly object _gate = new();
                private volatile int _value;

                public void Add(int delta)
                {
                    lock (_gate) _value += delta;
                }

                public int Value => _value;

                public static void Run(Gauge g) => Parallel.For(0, 10, i => g.Add(i));
            }
            """, "Writes under the lock, lock-free reads: the usual reason for volatile beside a lock."),

        new("VolatileInterlocked", """
            using System.Threading;
            using System.Threading.Tasks;

            sealed class Gauge
            {
                private volatile int _value;

                public void Add(int delta) => Interlocked.Add(ref _value, delta);

                public int Value => _value;

                public static void Run(Gauge g) => Parallel.For(0, 10, i => g.Add(i));
            }
            """),

        new("VolatileProgressFloat", """
            using System.Threading.Tasks;

            sealed class Job
            {
                private volatile float _progress;

                public float Progress => _progress;

                public void Run(int steps)
                {
                    Parallel.For(0, steps, i => {|GIL2002/GIL2001:_progress += 1f / steps|});
                }
            }
            """),

        new("VolatileRequestsPerSecond", """
            sealed class Stats
            {
                private volatile int _requests;
                private volatile bool _enabled = true;

                public void OnRequest()
                {
                    if (_enabled) {|GIL2002:_requests = _requests + 1|};
                }

                public void Disable() => _enabled = false;

                public int Requests => _requests;
            }
            """, "x = x + 1 on a volatile field is the same read-modify-write as ++."),
    ];
}
