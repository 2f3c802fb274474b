// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C224;

public sealed class Registry
{
    private readonly Dictionary<Guid, string> _byId = new Dictionary<Guid, string>();

    public void Register(string name)
    {
        _byId.Add(Guid.NewGuid(), name); // expect: GIL2006
    }

    public int Count => _byId.Count;
}

public static class Program
{
    public static void Run()
    {
        var reg = new Registry();
        using (var done = new CountdownEvent(10))
        {
            for (int i = 0; i < 10; i++)
            {
                string name = "svc" + i;
                ThreadPool.QueueUserWorkItem(_ => { reg.Register(name); done.Signal(); });
            }
            done.Wait();
        }
        Console.WriteLine(reg.Count);
    }
}
