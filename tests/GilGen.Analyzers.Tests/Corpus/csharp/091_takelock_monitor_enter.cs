// group: precision: lock taken through a TakeLock(ref taken) wrapper
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C091;

public sealed class Buffer
{
    private readonly object _gate = new object();
    private int _length;

    private void TakeLock(ref bool taken)
    {
        Monitor.Enter(_gate, ref taken);
    }

    public void Append(int n)
    {
        bool taken = false;
        try
        {
            TakeLock(ref taken);
            _length += n;
        }
        finally
        {
            if (taken) Monitor.Exit(_gate);
        }
    }

    public int Length => _length;
}

public static class Program
{
    public static void Run()
    {
        var buffer = new Buffer();
        Parallel.For(0, 1000, i => buffer.Append(1));
        Console.WriteLine(buffer.Length);
    }
}
