// group: reader lock (EnterReadLock is not exclusive)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C012;

public static class Program
{
    static readonly ReaderWriterLockSlim Rw = new ReaderWriterLockSlim();
    static readonly Dictionary<int, string> Names = new Dictionary<int, string>();

    static void Remember(int id)
    {
        Rw.EnterReadLock();
        try
        {
            Names[id % 16] = "item" + id; // expect: GIL2006
        }
        finally
        {
            Rw.ExitReadLock();
        }
    }

    public static void Run()
    {
        Parallel.For(0, 200, Remember);
        Console.WriteLine(Names.Count);
    }
}
