// group: precision: unreachable code
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C274;

public sealed class Audit
{
    private int _entries;

    public void Log(string line)
    {
        if (true) return;
        _entries++;
    }

    public int Entries => _entries;
}

public static class Program
{
    public static void Run()
    {
        var audit = new Audit();
        Parallel.For(0, 100, i => audit.Log("line " + i));
        Console.WriteLine(audit.Entries);
    }
}
