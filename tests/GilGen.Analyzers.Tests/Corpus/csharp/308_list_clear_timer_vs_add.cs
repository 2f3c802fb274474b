// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C308;

public sealed class Window
{
    private readonly List<double> _samples = new List<double>();

    public void Add(double v) => _samples.Add(v); // expect: GIL2006

    public void Reset(object state) => _samples.Clear(); // expect: GIL2006
}

public static class Program
{
    public static void Run()
    {
        var w = new Window();
        using (new Timer(w.Reset, null, 0, 2))
        {
            for (int i = 0; i < 2000; i++) w.Add(i);
        }
        Console.WriteLine("done");
    }
}
