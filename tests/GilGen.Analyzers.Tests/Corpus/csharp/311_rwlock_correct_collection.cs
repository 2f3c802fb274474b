// group: reader lock (EnterReadLock is not exclusive)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C311;

public sealed class Directory2
{
    private readonly ReaderWriterLockSlim _rw = new ReaderWriterLockSlim();
    private readonly Dictionary<string, string> _entries = new Dictionary<string, string>();

    public void Put(string k, string v)
    {
        _rw.EnterWriteLock();
        try { _entries[k] = v; }
        finally { _rw.ExitWriteLock(); }
    }

    public string Get(string k)
    {
        _rw.EnterReadLock();
        try { return _entries.TryGetValue(k, out var v) ? v : null; }
        finally { _rw.ExitReadLock(); }
    }
}

public static class Program
{
    public static void Run()
    {
        var d = new Directory2();
        Parallel.For(0, 100, i => { if (i % 3 == 0) d.Put("k" + (i % 10), "v" + i); else d.Get("k" + (i % 10)); });
        Console.WriteLine(d.Get("k0") != null);
    }
}
