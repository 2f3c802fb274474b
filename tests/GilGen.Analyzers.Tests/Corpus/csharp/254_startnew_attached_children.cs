// group: thread entry: Task.Factory.StartNew
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C254;

public sealed class Crawl
{
    public int Pages;
}

public static class Program
{
    public static void Run()
    {
        var crawl = new Crawl();
        var parent = Task.Factory.StartNew(() =>
        {
            for (int i = 0; i < 4; i++)
            {
                Task.Factory.StartNew(() =>
                {
                    crawl.Pages += 1; // expect: GIL2001
                }, TaskCreationOptions.AttachedToParent);
            }
        });
        parent.Wait();
        Console.WriteLine(crawl.Pages);
    }
}
