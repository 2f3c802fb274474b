// group: reader lock (EnterReadLock is not exclusive)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C235;

public sealed class Cache
{
    private readonly ReaderWriterLockSlim _rw = new ReaderWriterLockSlim();
    private int _hits;

    private void TakeLock(ref bool taken)
    {
        _rw.EnterReadLock(); // a shared lock: other readers hold it at the same time
        taken = true;
    }

    public void Hit()
    {
        bool taken = false;
        try
        {
            TakeLock(ref taken);
            _hits++; // expect: GIL2001
        }
        finally
        {
            if (taken) _rw.ExitReadLock();
        }
    }

    public int Hits => _hits;
}

public static class Program
{
    public static void Run()
    {
        var c = new Cache();
        Parallel.For(0, 1000, _ => c.Hit());
        Console.WriteLine(c.Hits);
    }
}
