// group: precision: thread started from a local function
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C238;

public sealed class Indexer
{
    private int _indexed;

    public int IndexAll(string[] docs)
    {
        Fan(docs.Length);
        return _indexed;

        void Fan(int n) => Parallel.For(0, n, i =>
        {
            _indexed += docs[i].Length; // expect: GIL2001
        });
    }
}

public static class Program
{
    public static void Run() => Console.WriteLine(new Indexer().IndexAll(new[] { "ab", "cde", "f", "ghij" }));
}
