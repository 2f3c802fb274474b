// group: implicit: property/indexer accessor
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace Corpus.C288;

public sealed class Sensor
{
    private readonly List<int> _readLog = new List<int>();
    private int _value = 21;

    public int Value
    {
        get
        {
            _readLog.Add(Environment.CurrentManagedThreadId); // expect: GIL2006
            return _value;
        }
    }
}

public static class Program
{
    public static void Run()
    {
        var sensor = new Sensor();
        long total = 0;
        Parallel.For(0, 200, _ => Interlocked.Add(ref total, sensor.Value));
        Console.WriteLine(total);
    }
}
