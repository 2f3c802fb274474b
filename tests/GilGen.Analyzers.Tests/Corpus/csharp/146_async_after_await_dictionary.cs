// group: thread entry: async method after await
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C146;

public sealed class Crawler
{
    private readonly Dictionary<string, int> _sizes = new Dictionary<string, int>();

    private async Task FetchAsync(string url)
    {
        await Task.Delay(1);
        _sizes[url] = url.Length * 100; // expect: GIL2006
    }

    public int CrawlAll(string[] urls)
    {
        Task.WhenAll(urls.Select(FetchAsync)).Wait();
        return _sizes.Count;
    }
}

public static class Program
{
    public static void Run() =>
        Console.WriteLine(new Crawler().CrawlAll(new[] { "/a", "/b", "/c", "/d" }));
}
