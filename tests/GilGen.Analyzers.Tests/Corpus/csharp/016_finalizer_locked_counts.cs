// group: thread entry: finalizer
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C016;

public sealed class Connection
{
    private static readonly object Gate = new object();
    private static int _opened;
    private static int _leaked;

    public Connection()
    {
        lock (Gate) { _opened++; }
    }

    ~Connection()
    {
        lock (Gate) { _leaked++; }
    }

    public static string Report()
    {
        lock (Gate) { return _opened + "/" + _leaked; }
    }
}

public static class Program
{
    public static void Run()
    {
        for (int i = 0; i < 1000; i++) new Connection();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine(Connection.Report());
    }
}
