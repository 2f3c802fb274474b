// group: thread entry: stored delegate started later
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C156;

public sealed class Loader
{
    private int _loaded;
    private readonly ThreadStart _entry;

    public Loader() { _entry = Load; }

    private void Load()
    {
        for (int i = 0; i < 10; i++) _loaded++;
    }

    public int LoadInBackground()
    {
        var t = new Thread(_entry);
        t.Start();
        t.Join();
        return ++_loaded;
    }
}

public static class Program
{
    public static void Run() => Console.WriteLine(new Loader().LoadInBackground());
}
