// group: thread entry: finalizer
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C260;

public sealed class Temp
{
    public static long Bytes;
    private readonly int _size;

    public Temp(int size) { _size = size; }

    ~Temp()
    {
        Bytes -= _size; // expect: GIL2001
    }
}

public static class Program
{
    public static void Run()
    {
        var producer = Task.Run(() =>
        {
            for (int i = 0; i < 10000; i++)
            {
                Temp.Bytes += 64; // expect: GIL2001
                new Temp(64);
            }
        });
        producer.Wait();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine(Temp.Bytes);
    }
}
