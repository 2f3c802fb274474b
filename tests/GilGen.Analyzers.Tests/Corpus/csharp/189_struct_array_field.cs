// group: storage: array element
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C189;

public struct Bucket
{
    public int Count;
    public long Bytes;
}

public static class Program
{
    static readonly Bucket[] Buckets = new Bucket[4];

    static void Record(int size)
    {
        int b = size % Buckets.Length;
        Buckets[b].Count++; // expect: GIL2001
        Buckets[b].Bytes += size; // expect: GIL2001
    }

    public static void Run()
    {
        Parallel.For(0, 1000, Record);
        Console.WriteLine(Buckets.Sum(x => x.Count));
    }
}
