// group: precision: lock taken through a TakeLock(ref taken) wrapper
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C233;

public sealed class Counter
{
    private SpinLock _spin = new SpinLock(enableThreadOwnerTracking: false);
    private long _value;

    private void TakeLock(ref bool taken) => _spin.Enter(ref taken);

    private void ReleaseLock() => _spin.Exit();

    public void Add(long n)
    {
        bool taken = false;
        try
        {
            TakeLock(ref taken);
            _value += n;
        }
        finally
        {
            if (taken) ReleaseLock();
        }
    }

    public long Value => _value;
}

public static class Program
{
    public static void Run()
    {
        var c = new Counter();
        Parallel.For(0, 1000, i => c.Add(i));
        Console.WriteLine(c.Value);
    }
}
