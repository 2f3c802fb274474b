// group: precision: template method (lock held by every caller of a virtual)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C230;

public abstract class Appender
{
    private readonly object _lock = new object();

    public void Append(string message)
    {
        lock (_lock) { AppendCore(message); }
    }

    public void Flush()
    {
        lock (_lock) { FlushCore(); }
    }

    protected abstract void AppendCore(string message);
    protected abstract void FlushCore();
}

public sealed class MemoryAppender : Appender
{
    private readonly List<string> _lines = new List<string>();
    private int _flushes;

    protected override void AppendCore(string message) => _lines.Add(message);

    protected override void FlushCore() { _flushes++; _lines.Clear(); }
}

public static class Program
{
    public static void Run()
    {
        var app = new MemoryAppender();
        Parallel.For(0, 100, i => { app.Append("m" + i); if (i % 10 == 0) app.Flush(); });
        Console.WriteLine("done");
    }
}
