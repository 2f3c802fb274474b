// group: shared collection mutated from several threads
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C137;

public sealed class Roster
{
    private readonly List<string> _members = new List<string> { "ann", "bob", "cy" };

    public void Join(string name) => _members.Add(name); // expect: GIL2006

    public void Leave(string name) => _members.Remove(name); // expect: GIL2006
}

public static class Program
{
    public static void Run()
    {
        var roster = new Roster();
        var joiner = new Thread(() => { for (int i = 0; i < 200; i++) roster.Join("guest" + i); });
        var leaver = new Thread(() => { for (int i = 0; i < 200; i++) roster.Leave("guest" + i); });
        joiner.Start(); leaver.Start();
        joiner.Join(); leaver.Join();
        Console.WriteLine("done");
    }
}
