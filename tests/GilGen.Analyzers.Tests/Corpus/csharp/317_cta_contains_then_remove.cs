// group: check-then-act: ContainsKey/Add
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C317;

public sealed class Waitlist
{
    private readonly object _gate = new object();
    private readonly List<string> _names = new List<string> { "ann", "bob", "cy" };
    public int Promoted;

    private bool Has(string n) { lock (_gate) return _names.Contains(n); }

    private void Drop(string n) { lock (_gate) _names.Remove(n); }

    public void Promote(string n)
    {
        if (Has(n)) // expect: GIL2005
        {
            Drop(n);
            Interlocked.Increment(ref Promoted); // two threads can promote the same name
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var w = new Waitlist();
        Parallel.For(0, 30, i => w.Promote(new[] { "ann", "bob", "cy" }[i % 3]));
        Console.WriteLine(w.Promoted);
    }
}
