// group: ordering: Join/Wait/await/Result
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C147;

public sealed class Crawler
{
    private readonly Dictionary<string, int> _sizes = new Dictionary<string, int>();
    private int _fetched;

    private async Task FetchAsync(string url)
    {
        await Task.Delay(1);
        _sizes[url] = url.Length * 100;
        _fetched++;
    }

    public async Task<int> CrawlAllAsync(string[] urls)
    {
        foreach (var url in urls)
            await FetchAsync(url); // one at a time: each finishes before the next starts
        return _fetched;
    }
}

public static class Program
{
    public static void Run() =>
        Console.WriteLine(new Crawler().CrawlAllAsync(new[] { "/a", "/b", "/c" }).GetAwaiter().GetResult());
}
