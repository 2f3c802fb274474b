// group: check-then-act: bounded counter (if (count < max) count++)
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C307;

public static class Program
{
    static readonly ConcurrentDictionary<int, string> Active = new ConcurrentDictionary<int, string>();

    static void Admit(int user)
    {
        if (Active.Count < 3) // expect: GIL2005
            Active.TryAdd(user, "user" + user);
    }

    public static void Run()
    {
        Parallel.For(0, 50, Admit);
        Console.WriteLine(Active.Count);
    }
}
