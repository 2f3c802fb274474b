// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C141;

public static class Program
{
    public static void Run()
    {
        using (var queue = new BlockingCollection<int>())
        {
            var producers = Enumerable.Range(0, 3).Select(p => Task.Run(() =>
            {
                for (int i = 0; i < 100; i++) queue.Add(p * 1000 + i);
            })).ToArray();
            var consumer = Task.Run(() => queue.GetConsumingEnumerable().Count());
            Task.WaitAll(producers);
            queue.CompleteAdding();
            Console.WriteLine(consumer.Result);
        }
    }
}
