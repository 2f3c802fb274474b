// group: precision: template method (lock held by every caller of a virtual)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C089;

public abstract class Target
{
    protected readonly object SyncRoot = new object();
    protected int Writes;

    public void Write(string line)
    {
        lock (SyncRoot) { WriteCore(line); }
    }

    public void WriteFast(string line)
    {
        WriteCore(line); // skips the lock
    }

    protected virtual void WriteCore(string line)
    {
        Writes++; // expect: GIL2001
    }
}

public sealed class ConsoleTarget : Target { }

public static class Program
{
    public static void Run()
    {
        var target = new ConsoleTarget();
        Parallel.Invoke(
            () => { for (int i = 0; i < 100; i++) target.Write("a"); },
            () => { for (int i = 0; i < 100; i++) target.WriteFast("b"); });
        Console.WriteLine("done");
    }
}
