// group: storage: captured local
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C193;

public static class Program
{
    public static void Run()
    {
        int pages = 0;

        void Crawl()
        {
            for (int i = 0; i < 100; i++)
                pages++; // expect: GIL2001
        }

        var a = new Thread(Crawl);
        var b = new Thread(Crawl);
        a.Start(); b.Start();
        a.Join(); b.Join();
        Console.WriteLine(pages);
    }
}
