// group: reader lock (EnterReadLock is not exclusive)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C010;

public static class Program
{
    static readonly ReaderWriterLockSlim Rw = new ReaderWriterLockSlim();
    static int _version;

    // Upgradeable read mode admits one holder at a time, so these increments exclude each other.
    static void Migrate()
    {
        Rw.EnterUpgradeableReadLock();
        try { _version++; }
        finally { Rw.ExitUpgradeableReadLock(); }
    }

    public static void Run()
    {
        var a = Task.Run(() => { for (int i = 0; i < 100; i++) Migrate(); });
        var b = Task.Run(() => { for (int i = 0; i < 100; i++) Migrate(); });
        Task.WaitAll(a, b);
        Console.WriteLine(_version);
    }
}
