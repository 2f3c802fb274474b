// group: reader lock (EnterReadLock is not exclusive)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C005;

public static class Program
{
    static readonly ReaderWriterLockSlim Rw = new ReaderWriterLockSlim();
    static int _total;

    static void Record()
    {
        Rw.EnterReadLock();
        try
        {
            _total++; // expect: GIL2001
        }
        finally
        {
            Rw.ExitReadLock();
        }
    }

    public static void Run()
    {
        Parallel.For(0, 10, _ => Record());
        Console.WriteLine(_total);
    }
}
