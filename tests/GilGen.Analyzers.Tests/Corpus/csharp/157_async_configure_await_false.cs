// group: thread entry: async method after await
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C157;

public sealed class Downloader
{
    private long _bytes;

    public async Task DownloadAsync(int size)
    {
        await Task.Delay(1).ConfigureAwait(false);
        _bytes += size; // expect: GIL2001
    }

    public long Bytes => _bytes;
}

public static class Program
{
    public static void Run()
    {
        var d = new Downloader();
        Task.WhenAll(Enumerable.Range(1, 20).Select(d.DownloadAsync)).GetAwaiter().GetResult();
        Console.WriteLine(d.Bytes);
    }
}
