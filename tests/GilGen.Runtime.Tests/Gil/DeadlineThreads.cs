using System;
using System.Collections.Concurrent;
using System.Threading;

namespace GilGen.Runtime.Tests.Gil;

/// <summary>
/// Runs C# threads that must finish within a deadline, so a GIL bug fails a test instead of hanging the
/// run: the threads are background threads, a thread that overruns fails the test, and an exception
/// thrown on any thread is rethrown on the test's thread.
/// </summary>
internal sealed class DeadlineThreads
{
    /// <summary>Generous: these tests share two cores with other builds; nothing here should take a second.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private readonly ConcurrentQueue<Exception> _failures = new();
    private readonly ConcurrentQueue<Thread> _threads = new();

    /// <summary>Starts <paramref name="body"/> on a new background thread.</summary>
    public Thread Start(string name, Action body)
    {
        var t = new Thread(() =>
        {
            try { body(); }
            catch (Exception e) { _failures.Enqueue(e); }
        }) { IsBackground = true, Name = name };
        _threads.Enqueue(t);
        t.Start();
        return t;
    }

    /// <summary>Waits for every started thread; fails on overrun, rethrows the first failure.</summary>
    public void JoinAll()
    {
        DateTime end = DateTime.UtcNow + Deadline;
        foreach (var t in _threads)
        {
            TimeSpan left = end - DateTime.UtcNow;
            if (left < TimeSpan.Zero) left = TimeSpan.Zero;
            Assert.True(t.Join(left), $"thread {t.Name} did not finish within {Deadline.TotalSeconds} s (hang?)");
        }
        if (_failures.TryDequeue(out var e))
            throw new AggregateException($"a thread failed: {e.Message}", e);
    }
}
