// group: ordering: Join/Wait/await/Result
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C314;

public sealed class Crawler
{
    private readonly List<string> _log = new List<string>();
    private int _pages;

    private static async Task<int> FetchAsync(int i)
    {
        await Task.Delay(1);
        return i * 10;
    }

    public async Task<int> CrawlAsync()
    {
        var sizes = await Task.WhenAll(Enumerable.Range(0, 5).Select(FetchAsync));
        foreach (var s in sizes)
        {
            _pages++;
            _log.Add("size " + s);
        }
        return _pages;
    }
}

public static class Program
{
    public static void Run() => Console.WriteLine(new Crawler().CrawlAsync().GetAwaiter().GetResult());
}
