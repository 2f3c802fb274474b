// group: ordering: Join/Wait/await/Result
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C065;

public static class Program
{
    public static void Run()
    {
        int produced = 0;
        var producer = new Thread(() =>
        {
            for (int i = 0; i < 100; i++) produced++;
        });
        producer.Start();
        producer.Join();
        produced += 1000;
        Console.WriteLine(produced);
    }
}
