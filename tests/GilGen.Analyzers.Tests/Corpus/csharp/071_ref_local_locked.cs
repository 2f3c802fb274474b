// group: storage: ref local / ref parameter
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C071;

public sealed class Buckets
{
    private readonly object _gate = new object();
    private readonly long[] _sizes = new long[4];

    public void Add(int bucket, long bytes)
    {
        lock (_gate)
        {
            ref long size = ref _sizes[bucket];
            size += bytes;
        }
    }

    public long Total() { lock (_gate) return _sizes.Sum(); }
}

public static class Program
{
    public static void Run()
    {
        var b = new Buckets();
        Parallel.For(0, 1000, i => b.Add(i % 4, i));
        Console.WriteLine(b.Total());
    }
}
