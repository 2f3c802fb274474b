// group: reader lock (EnterReadLock is not exclusive)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C009;

public static class Program
{
    static readonly ReaderWriterLockSlim Rw = new ReaderWriterLockSlim();
    static int _version;

    static void Migrate()
    {
        Rw.EnterUpgradeableReadLock();
        try { _version++; } // expect: GIL2001
        finally { Rw.ExitUpgradeableReadLock(); }
    }

    static void Touch()
    {
        Rw.EnterReadLock();
        try { _version++; } // expect: GIL2001
        finally { Rw.ExitReadLock(); }
    }

    public static void Run()
    {
        var a = Task.Run(() => { for (int i = 0; i < 100; i++) Migrate(); });
        var b = Task.Run(() => { for (int i = 0; i < 100; i++) Touch(); });
        Task.WaitAll(a, b);
        Console.WriteLine(_version);
    }
}
