// group: precision: template method (lock held by every caller of a virtual)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C088;

public abstract class Target
{
    protected readonly object SyncRoot = new object();
    protected int InitCount;

    public void Initialize()
    {
        lock (SyncRoot)
        {
            InitializeTarget();
        }
    }

    protected virtual void InitializeTarget()
    {
        InitCount++;
    }
}

public sealed class FileTarget : Target
{
    public int Opened;

    protected override void InitializeTarget()
    {
        Opened++;
        base.InitializeTarget();
    }
}

public static class Program
{
    public static void Run()
    {
        var target = new FileTarget();
        Parallel.For(0, 8, _ => target.Initialize());
        Console.WriteLine(target.Opened);
    }
}
