// group: storage: auto-property / field-backed property
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C261;

public sealed class Download
{
    public long Received { get; private set; }

    public void OnChunk(int size)
    {
        Received = Received + size; // expect: GIL2001
    }
}

public static class Program
{
    public static void Run()
    {
        var d = new Download();
        var chunks = Enumerable.Range(1, 100).ToArray();
        Parallel.ForEach(chunks, d.OnChunk);
        Console.WriteLine(d.Received);
    }
}
