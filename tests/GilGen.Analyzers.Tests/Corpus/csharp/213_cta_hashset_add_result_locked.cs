// group: check-then-act: ContainsKey/Add
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C213;

public static class Program
{
    static readonly object Gate = new object();
    static readonly HashSet<string> Seen = new HashSet<string>();
    static int _unique;

    static void Visit(string url)
    {
        lock (Gate)
        {
            if (Seen.Add(url)) _unique++;
        }
    }

    public static void Run()
    {
        var urls = new[] { "/a", "/b", "/a", "/c", "/a", "/b" };
        Parallel.ForEach(urls, Visit);
        Console.WriteLine(_unique);
    }
}
