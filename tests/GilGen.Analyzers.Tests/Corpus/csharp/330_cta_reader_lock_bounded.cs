// group: reader lock (EnterReadLock is not exclusive)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C330;

public sealed class Buffer
{
    private const int Capacity = 16;
    private readonly ReaderWriterLockSlim _rw = new ReaderWriterLockSlim();
    private int _size;

    public bool Reserve()
    {
        _rw.EnterReadLock();
        try
        {
            if (_size < Capacity) { _size++; return true; } // expect: GIL2005
            return false;
        }
        finally { _rw.ExitReadLock(); }
    }
}

public static class Program
{
    public static void Run()
    {
        var b = new Buffer();
        int reserved = 0;
        Parallel.For(0, 100, _ => { if (b.Reserve()) Interlocked.Increment(ref reserved); });
        Console.WriteLine(reserved);
    }
}
