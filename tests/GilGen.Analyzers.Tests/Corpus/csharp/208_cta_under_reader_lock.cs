// group: reader lock (EnterReadLock is not exclusive)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C208;

public static class Program
{
    static readonly ReaderWriterLockSlim Rw = new ReaderWriterLockSlim();
    static readonly Dictionary<string, int> Ids = new Dictionary<string, int>();

    static void Intern(string name)
    {
        Rw.EnterReadLock();
        try
        {
            if (!Ids.ContainsKey(name)) Ids.Add(name, Ids.Count); // expect: GIL2005, GIL2006
        }
        finally { Rw.ExitReadLock(); }
    }

    public static void Run()
    {
        var names = new[] { "a", "b", "c", "a", "b", "d" };
        Parallel.ForEach(names, Intern);
        Console.WriteLine(Ids.Count);
    }
}
