// group: precision: template method (lock held by every caller of a virtual)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C231;

public abstract class Sink
{
    private readonly object _lock = new object();
    public int Emitted;

    public void Emit(int e)
    {
        lock (_lock) { EmitCore(e); }
    }

    protected virtual void EmitCore(int e)
    {
        Emitted++; // expect: GIL2001
    }
}

public sealed class BatchSink : Sink
{
    public void EmitBatch(int[] events)
    {
        foreach (var e in events) EmitCore(e); // bypasses Emit and its lock
    }
}

public static class Program
{
    public static void Run()
    {
        var sink = new BatchSink();
        var a = Task.Run(() => { for (int i = 0; i < 100; i++) sink.Emit(i); });
        var b = Task.Run(() => sink.EmitBatch(Enumerable.Range(0, 100).ToArray()));
        Task.WaitAll(a, b);
        Console.WriteLine(sink.Emitted);
    }
}
