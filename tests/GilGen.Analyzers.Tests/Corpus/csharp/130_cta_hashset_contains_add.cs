// group: check-then-act: ContainsKey/Add
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C130;

public static class Program
{
    static readonly object Gate = new object();
    static readonly HashSet<string> Seen = new HashSet<string>();
    static int _firstVisits;

    static bool Contains(string url) { lock (Gate) return Seen.Contains(url); }

    static void Add(string url) { lock (Gate) Seen.Add(url); }

    static void Visit(string url)
    {
        // Each step holds the lock, but not across the check and the act.
        if (!Contains(url)) // expect: GIL2005
        {
            Add(url);
            Interlocked.Increment(ref _firstVisits);
        }
    }

    public static void Run()
    {
        var urls = new[] { "/a", "/b", "/a", "/c", "/a", "/b" };
        Parallel.ForEach(urls, Visit);
        Console.WriteLine(_firstVisits);
    }
}
