// group: implicit: Dispose from using
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C169;

public sealed class Scope : IDisposable
{
    public static int Depth;
    public static int Closed;

    public Scope() { Depth++; }

    public void Dispose()
    {
        Depth--;
        Closed++;
    }
}

public static class Program
{
    public static void Run()
    {
        // Only this thread creates and disposes scopes.
        for (int i = 0; i < 10; i++)
        {
            using (new Scope())
            using (new Scope())
            {
            }
        }
        var t = Task.Run(() => 1 + 1);
        Console.WriteLine(Scope.Closed + t.Result);
    }
}
