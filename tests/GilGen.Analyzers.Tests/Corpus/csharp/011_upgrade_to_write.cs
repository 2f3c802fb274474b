// group: reader lock (EnterReadLock is not exclusive)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C011;

public static class Program
{
    static readonly ReaderWriterLockSlim Rw = new ReaderWriterLockSlim();
    static readonly Dictionary<string, int> Counts = new Dictionary<string, int>();

    static void Count(string word)
    {
        Rw.EnterUpgradeableReadLock();
        try
        {
            Rw.EnterWriteLock();
            try
            {
                Counts.TryGetValue(word, out int n);
                Counts[word] = n + 1;
            }
            finally { Rw.ExitWriteLock(); }
        }
        finally { Rw.ExitUpgradeableReadLock(); }
    }

    public static void Run()
    {
        var words = new[] { "a", "b", "a", "c", "b", "a" };
        Parallel.ForEach(words, Count);
        Console.WriteLine(Counts["a"]);
    }
}
