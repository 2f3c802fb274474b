// group: storage: auto-property / field-backed property
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C190;

public sealed class Stats
{
    public int Requests { get; set; }
}

public sealed class Server
{
    public Stats Stats { get; } = new Stats();

    public void Handle(int id)
    {
        Stats.Requests++; // expect: GIL2001
    }
}

public static class Program
{
    public static void Run()
    {
        var server = new Server();
        var workers = Enumerable.Range(0, 4).Select(w => new Thread(() => { for (int i = 0; i < 100; i++) server.Handle(i); })).ToList();
        workers.ForEach(t => t.Start());
        workers.ForEach(t => t.Join());
        Console.WriteLine(server.Stats.Requests);
    }
}
